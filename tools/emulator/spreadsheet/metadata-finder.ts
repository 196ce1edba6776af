/**
 * createDeveloperMetadataFinder() on a spreadsheet, sheet or range. A range's finder sees only
 * metadata wholly inside it ('3:3' is not in A1:D5 but is in 1:5) unless onIntersectingLocations()
 * is called. The with* calls only narrow a local query; find() reads the document and is counted.
 * https://developers.google.com/apps-script/reference/spreadsheet/developer-metadata-finder
 */
import type { Doc, Target } from './doc';
import { DeveloperMetadata } from './metadata';
import type { SheetModel } from './sheet-model';
import type { MetadataSpec } from './specs';

export interface FinderScope {
  sheet?: SheetModel;
  range?: Target;
}

interface Query {
  id?: number;
  key?: string;
  value?: string;
  locationType?: string;
  visibility?: string;
  intersecting: boolean;
}

export class DeveloperMetadataFinder {
  private readonly query: Query = { intersecting: false };

  constructor(
    private readonly doc: Doc,
    private readonly scope: FinderScope,
  ) {}

  withId(id: number): this {
    this.query.id = id;
    return this;
  }
  withKey(key: string): this {
    this.query.key = key;
    return this;
  }
  withValue(value: string): this {
    this.query.value = value;
    return this;
  }
  withLocationType(locationType: string): this {
    this.query.locationType = String(locationType);
    return this;
  }
  withVisibility(visibility: string): this {
    this.query.visibility = String(visibility);
    return this;
  }
  onIntersectingLocations(): this {
    this.query.intersecting = true;
    return this;
  }

  find(): DeveloperMetadata[] {
    this.doc.rt.call('DeveloperMetadataFinder.find');
    return this.candidates()
      .filter(({ spec }) => this.matches(spec))
      .map(({ sheet, spec }) => new DeveloperMetadata(this.doc, sheet, spec));
  }

  private candidates(): { sheet: SheetModel | undefined; spec: MetadataSpec }[] {
    const { sheet, range } = this.scope;
    const onSheet = (s: SheetModel) => s.metadata.map((spec) => ({ sheet: s, spec }));
    if (range) return onSheet(range.sheet).filter(({ spec }) => this.inRange(spec, range));
    if (sheet) return onSheet(sheet);
    const book = this.doc.book;
    return [...book.metadata.map((spec) => ({ sheet: undefined, spec })), ...book.sheets.flatMap(onSheet)];
  }

  private inRange(spec: MetadataSpec, { rect, sheet }: Target): boolean {
    const loc = spec.location;
    if (loc.type !== 'ROW' && loc.type !== 'COLUMN') return false;
    const column = loc.type === 'COLUMN';
    const [from, to] = column ? [rect.c1, rect.c2] : [rect.r1, rect.r2];
    if (this.query.intersecting) return loc.start <= to && loc.end >= from;
    const wholeLines = column
      ? rect.r1 === 1 && rect.r2 === sheet.maxRows
      : rect.c1 === 1 && rect.c2 === sheet.maxColumns;
    return wholeLines && loc.start >= from && loc.end <= to;
  }

  private matches(spec: MetadataSpec): boolean {
    const q = this.query;
    return (
      (q.id === undefined || spec.id === q.id) &&
      (q.key === undefined || spec.key === q.key) &&
      (q.value === undefined || spec.value === q.value) &&
      (q.locationType === undefined || spec.location.type === q.locationType) &&
      (q.visibility === undefined || spec.visibility === q.visibility)
    );
  }
}

export const metadataFinder = (doc: Doc, scope: FinderScope) => new DeveloperMetadataFinder(doc, scope);
