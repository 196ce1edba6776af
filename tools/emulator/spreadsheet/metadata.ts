/**
 * Developer metadata: key/value pairs pinned to the spreadsheet, a sheet, or whole rows/columns.
 * Row and column metadata travels with its rows/columns when others are inserted, deleted or
 * moved, and disappears with them (SheetModel keeps it aligned). A range that is not whole rows
 * or whole columns cannot carry metadata.
 * https://developers.google.com/apps-script/reference/spreadsheet/developer-metadata
 * https://developers.google.com/sheets/api/guides/metadata#metadata_locations
 */
import type { Doc, Target } from './doc';
import { metadataNotWholeLine } from './messages';
import type { Range } from './range';
import type { Sheet } from './sheet';
import type { SheetModel } from './sheet-model';
import type { MetadataLocation, MetadataSpec } from './specs';
import type { Spreadsheet } from './spreadsheet';
import type { Workbook } from './workbook';

export const DeveloperMetadataLocationType = {
  SPREADSHEET: 'SPREADSHEET',
  SHEET: 'SHEET',
  ROW: 'ROW',
  COLUMN: 'COLUMN',
} as const;

export const DeveloperMetadataVisibility = { DOCUMENT: 'DOCUMENT', PROJECT: 'PROJECT' } as const;

/** The whole columns (or else whole rows) a range spans; throws for any other block. */
export function lineOf(target: Target): MetadataLocation {
  const { rect, sheet } = target;
  if (rect.r1 === 1 && rect.r2 === sheet.maxRows) return { type: 'COLUMN', start: rect.c1, end: rect.c2 };
  if (rect.c1 === 1 && rect.c2 === sheet.maxColumns) return { type: 'ROW', start: rect.r1, end: rect.r2 };
  throw metadataNotWholeLine();
}

export function addMetadata(
  book: Workbook,
  list: MetadataSpec[],
  location: MetadataLocation,
  key: string,
  value?: string | null,
  visibility?: string,
): void {
  list.push({
    id: book.nextId(),
    key,
    value: value ?? null,
    visibility: visibility === 'PROJECT' ? 'PROJECT' : 'DOCUMENT',
    location,
  });
}

const sameLine = (a: MetadataLocation, b: MetadataLocation) =>
  a.type === b.type && (!('start' in a) || !('start' in b) || (a.start === b.start && a.end === b.end));

/** Metadata pinned exactly to the range's rows or columns. */
export function metadataAt(doc: Doc, target: Target): DeveloperMetadata[] {
  let line: MetadataLocation;
  try {
    line = lineOf(target);
  } catch {
    return [];
  }
  return target.sheet.metadata
    .filter((md) => sameLine(md.location, line))
    .map((md) => new DeveloperMetadata(doc, target.sheet, md));
}

export class DeveloperMetadataLocation {
  constructor(
    private readonly doc: Doc,
    private readonly sheet: SheetModel | undefined,
    private readonly location: MetadataLocation,
  ) {}

  private call(method: string): void {
    this.doc.rt.call(`DeveloperMetadataLocation.${method}`);
  }

  getLocationType(): keyof typeof DeveloperMetadataLocationType {
    this.call('getLocationType');
    return this.location.type;
  }
  getColumn(): Range | null {
    this.call('getColumn');
    return this.line('COLUMN');
  }
  getRow(): Range | null {
    this.call('getRow');
    return this.line('ROW');
  }
  getSheet(): Sheet | null {
    this.call('getSheet');
    return this.sheet ? this.doc.sheet(this.sheet) : null;
  }
  getSpreadsheet(): Spreadsheet | null {
    this.call('getSpreadsheet');
    return this.location.type === 'SPREADSHEET' ? this.doc.spreadsheet() : null;
  }

  private line(type: 'ROW' | 'COLUMN'): Range | null {
    const loc = this.location;
    if (loc.type !== type || !this.sheet) return null;
    const rect =
      type === 'COLUMN'
        ? { r1: 1, r2: this.sheet.maxRows, c1: loc.start, c2: loc.end, openRows: true }
        : { r1: loc.start, r2: loc.end, c1: 1, c2: this.sheet.maxColumns, openCols: true };
    return this.doc.range(this.sheet, rect);
  }
}

export class DeveloperMetadata {
  constructor(
    private readonly doc: Doc,
    private readonly sheet: SheetModel | undefined,
    readonly spec: MetadataSpec,
  ) {}

  private call(method: string): void {
    this.doc.rt.call(`DeveloperMetadata.${method}`);
  }

  getId(): number {
    this.call('getId');
    return this.spec.id;
  }
  getKey(): string {
    this.call('getKey');
    return this.spec.key;
  }
  getValue(): string | null {
    this.call('getValue');
    return this.spec.value;
  }
  getVisibility(): keyof typeof DeveloperMetadataVisibility {
    this.call('getVisibility');
    return this.spec.visibility;
  }
  getLocation(): DeveloperMetadataLocation {
    this.call('getLocation');
    return new DeveloperMetadataLocation(this.doc, this.sheet, this.spec.location);
  }
  setKey(key: string): this {
    this.call('setKey');
    this.spec.key = key;
    return this;
  }
  setValue(value: string | null): this {
    this.call('setValue');
    this.spec.value = value;
    return this;
  }
  setVisibility(visibility: string): this {
    this.call('setVisibility');
    this.spec.visibility = visibility === 'PROJECT' ? 'PROJECT' : 'DOCUMENT';
    return this;
  }
  remove(): void {
    this.call('remove');
    const list = this.sheet ? this.sheet.metadata : this.doc.book.metadata;
    const at = list.indexOf(this.spec);
    if (at >= 0) list.splice(at, 1);
  }
}
