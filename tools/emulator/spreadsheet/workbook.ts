/**
 * The document: its sheets, spreadsheet-level metadata, time zone, id and name, and the toasts
 * shown. Service objects (Spreadsheet, Sheet, Range …) are views over this; tests and the preview
 * may read and set it directly without counting calls.
 */
import type { Runtime } from '../runtime';
import type { Rect } from './a1';
import { type LoadOptions, loadRows } from './load';
import { cellLimit, duplicateSheet, lastSheet } from './messages';
import { encodeWorkbook, restoreWorkbook, type WorkbookJSON } from './serialize';
import { DEFAULT_COLUMNS, DEFAULT_ROWS, SheetModel } from './sheet-model';
import type { MetadataSpec, ProtectionSpec } from './specs';

export interface WorkbookOptions {
  name?: string;
  /** Defaults to the runtime's spreadsheet time zone. */
  timeZone?: string;
  /** Defaults to the runtime's spreadsheet locale. */
  locale?: string;
  id?: string;
}

export interface Toast {
  message: string;
  title: string;
  timeoutSeconds: number;
  at: number;
}

const CELL_LIMIT = 10_000_000;

let created = 0;

/** A 44-character id shaped like a real one, unique per workbook in this process. */
function newId(): string {
  created++;
  return `1EmuLaTeDsPrEaDsHeEt${String(created).padStart(6, '0')}`.padEnd(44, 'x');
}

export class Workbook {
  readonly rt: Runtime;
  id: string;
  name: string;
  timeZone: string;
  /** Which typed strings are numbers and dates (coerce.ts). */
  locale: string;
  sheets: SheetModel[] = [];
  activeSheet: SheetModel;
  metadata: MetadataSpec[] = [];
  toasts: Toast[] = [];
  /** Last id handed to metadata, protections and charts (one sequence, as Sheets' are unique). */
  lastId = 0;
  lastSheetId = 0;

  constructor(rt: Runtime, opts: WorkbookOptions = {}) {
    this.rt = rt;
    this.id = opts.id ?? newId();
    this.name = opts.name ?? 'Untitled spreadsheet';
    this.timeZone = opts.timeZone ?? rt.spreadsheetTimeZone;
    this.locale = opts.locale ?? rt.spreadsheetLocale;
    this.activeSheet = new SheetModel(0, 'Sheet1');
    this.sheets.push(this.activeSheet);
  }

  /**
   * Refuses growing the grids (rows, columns, a new sheet) past 10 million cells in all, empty or
   * not: "up to 10 million cells" a spreadsheet (https://support.google.com/docs/answer/37603).
   */
  assertRoomFor(cells: number): void {
    const used = this.sheets.reduce((sum, s) => sum + s.maxRows * s.maxColumns, 0);
    if (used + cells > CELL_LIMIT) throw cellLimit();
  }

  nextId(): number {
    return ++this.lastId;
  }

  /**
   * Sheet names are unique ignoring case, and found ignoring case: "Google sheets internally
   * ignores case for sheet names" (https://github.com/socialpoint-labs/sheetfu/pull/26).
   */
  sheetByName(name: string): SheetModel | undefined {
    const wanted = name.toLowerCase();
    return this.sheets.find((s) => s.name.toLowerCase() === wanted);
  }

  /** A new sheet at `index` (0-based; default last), named "SheetN" when no name is given. */
  addSheet(name?: string, index = this.sheets.length): SheetModel {
    const chosen = name ?? this.freeName();
    if (this.sheetByName(chosen)) throw duplicateSheet(chosen);
    this.assertRoomFor(DEFAULT_ROWS * DEFAULT_COLUMNS);
    const model = new SheetModel(++this.lastSheetId, chosen);
    this.sheets.splice(Math.max(0, Math.min(index, this.sheets.length)), 0, model);
    return model;
  }

  removeSheet(model: SheetModel): void {
    if (this.sheets.length === 1) throw lastSheet();
    this.sheets = this.sheets.filter((s) => s !== model);
    model.deleted = true;
    if (this.activeSheet === model) this.activeSheet = this.sheets[0]!;
  }

  newProtection(type: ProtectionSpec['type'], rect?: Rect): ProtectionSpec {
    const editors = [...new Set([this.rt.owner, this.rt.editor])].filter((e) => e !== '');
    return {
      id: this.nextId(),
      type,
      ...(rect ? { rect: { ...rect } } : {}),
      description: '',
      warningOnly: false,
      editors,
      domainEdit: false,
      unprotected: [],
    };
  }

  /**
   * Fast, uncounted bulk load for fixtures and the benchmark generator: stores the rows as given
   * (no parsing, no validation), replacing the sheet's contents or creating the sheet.
   */
  loadSheet(name: string, rows: readonly (readonly unknown[])[], opts: LoadOptions = {}): SheetModel {
    const model = this.sheetByName(name) ?? this.addSheet(name);
    loadRows(model, rows, this.timeZone, opts);
    return model;
  }

  /** Plain JSON (Dates tagged) that fromJSON turns back into the same workbook. */
  toJSON(): WorkbookJSON {
    return encodeWorkbook(this);
  }

  static fromJSON(rt: Runtime, json: WorkbookJSON): Workbook {
    const book = new Workbook(rt, {
      id: json.id,
      name: json.name,
      timeZone: json.timeZone,
      ...(json.locale ? { locale: json.locale } : {}),
    });
    restoreWorkbook(book, json);
    return book;
  }

  private freeName(): string {
    let n = this.sheets.length + 1;
    while (this.sheetByName(`Sheet${n}`)) n++;
    return `Sheet${n}`;
  }
}
