/**
 * Saving and restoring a workbook as plain JSON (the local preview keeps it in a file). Dates are
 * tagged {"$date": wall ms} so they come back as the same wall-clock readings; empty cells are
 * nulls; formats are kept as their runs.
 */
import { CellGrid } from './grid';
import { ColumnRuns, type Run } from './runs';
import { SheetModel, STYLE_KEYS, type StyleKey } from './sheet-model';
import type { ChartSpec, MetadataSpec, ProtectionSpec, RuleSpec, ValidationSpec } from './specs';
import type { Toast, Workbook } from './workbook';

type Json = unknown;
type RunsJSON = ([number, number, Json][] | null)[];

export interface SheetJSON {
  id: number;
  name: string;
  maxRows: number;
  maxColumns: number;
  frozenRows: number;
  frozenColumns: number;
  hidden: boolean;
  tabColor: string | null;
  values: (Json[] | null)[];
  formulas: (Json[] | null)[];
  notes: (Json[] | null)[];
  styles: Record<StyleKey, RunsJSON>;
  validations: RunsJSON;
  columnWidths: (number | null)[];
  hiddenColumns: (boolean | null)[];
  rules: Json;
  protections: Json;
  charts: Json;
  metadata: Json;
}

export interface WorkbookJSON {
  version: 1;
  id: string;
  name: string;
  timeZone: string;
  /** Missing in a workbook saved before the emulator knew locales: the runtime's then. */
  locale?: string;
  active: number;
  lastId: number;
  lastSheetId: number;
  metadata: Json;
  toasts: Toast[];
  sheets: SheetJSON[];
}

/** Deep copy with Dates tagged. */
function encode(value: unknown): Json {
  if (value instanceof Date) return { $date: value.getTime() };
  if (Array.isArray(value)) return value.map((v) => (v === undefined ? null : encode(v)));
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, encode(v)]));
  }
  return value;
}

function decode<T>(value: Json): T {
  if (Array.isArray(value)) return value.map((v) => decode(v)) as T;
  if (value && typeof value === 'object') {
    const tagged = (value as { $date?: number }).$date;
    if (typeof tagged === 'number') return new Date(tagged) as T;
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, decode(v)])) as T;
  }
  return value as T;
}

const encodeGrid = <T>(grid: CellGrid<T>) =>
  Array.from(grid.rows, (row) => (row ? (encode(row) as Json[]) : null));

function decodeGrid<T>(rows: (Json[] | null)[]): CellGrid<T> {
  const grid = new CellGrid<T>();
  grid.rows = rows.map((row) => (row ? row.map((v) => (v === null ? undefined : decode<T>(v))) : undefined));
  return grid;
}

const encodeRuns = <T>(runs: ColumnRuns<T>): RunsJSON =>
  Array.from(runs.columns, (column) => (column ? column.map((r) => [r.s, r.e, encode(r.v)]) : null));

function decodeRuns<T>(json: RunsJSON): ColumnRuns<T> {
  const runs = new ColumnRuns<T>();
  runs.columns = json.map((column) => (column ?? []).map(([s, e, v]): Run<T> => ({ s, e, v: decode<T>(v) })));
  return runs;
}

function encodeSheet(s: SheetModel): SheetJSON {
  return {
    id: s.id,
    name: s.name,
    maxRows: s.maxRows,
    maxColumns: s.maxColumns,
    frozenRows: s.frozenRows,
    frozenColumns: s.frozenColumns,
    hidden: s.hidden,
    tabColor: s.tabColor,
    values: encodeGrid(s.values),
    formulas: encodeGrid(s.formulas),
    notes: encodeGrid(s.notes),
    styles: Object.fromEntries(STYLE_KEYS.map((k) => [k, encodeRuns(s.styles[k])])) as Record<
      StyleKey,
      RunsJSON
    >,
    validations: encodeRuns(s.validations),
    columnWidths: Array.from(s.columnWidths, (w) => w ?? null),
    hiddenColumns: Array.from(s.hiddenColumns, (h) => h ?? null),
    rules: encode(s.rules),
    protections: encode(s.protections),
    charts: encode(s.charts),
    metadata: encode(s.metadata),
  };
}

function decodeSheet(json: SheetJSON): SheetModel {
  const s = new SheetModel(json.id, json.name);
  Object.assign(s, {
    maxRows: json.maxRows,
    maxColumns: json.maxColumns,
    frozenRows: json.frozenRows,
    frozenColumns: json.frozenColumns,
    hidden: json.hidden,
    tabColor: json.tabColor,
  });
  s.values = decodeGrid(json.values);
  s.formulas = decodeGrid(json.formulas);
  s.notes = decodeGrid(json.notes);
  for (const key of STYLE_KEYS) s.styles[key] = decodeRuns(json.styles[key] ?? []);
  s.validations = decodeRuns<ValidationSpec>(json.validations);
  s.columnWidths = json.columnWidths.map((w) => w ?? undefined);
  s.hiddenColumns = json.hiddenColumns.map((h) => h ?? undefined);
  s.rules = decode<RuleSpec[]>(json.rules);
  s.protections = decode<ProtectionSpec[]>(json.protections);
  s.charts = decode<ChartSpec[]>(json.charts);
  s.metadata = decode<MetadataSpec[]>(json.metadata);
  return s;
}

export function encodeWorkbook(book: Workbook): WorkbookJSON {
  return {
    version: 1,
    id: book.id,
    name: book.name,
    timeZone: book.timeZone,
    locale: book.locale,
    active: book.sheets.indexOf(book.activeSheet),
    lastId: book.lastId,
    lastSheetId: book.lastSheetId,
    metadata: encode(book.metadata),
    toasts: book.toasts.map((t) => ({ ...t })),
    sheets: book.sheets.map(encodeSheet),
  };
}

/** Fills a fresh workbook (made with the JSON's id, name and zone) from the JSON. */
export function restoreWorkbook(book: Workbook, json: WorkbookJSON): void {
  book.sheets = json.sheets.map(decodeSheet);
  book.activeSheet = book.sheets[Math.max(0, json.active)] ?? book.sheets[0]!;
  book.metadata = decode<MetadataSpec[]>(json.metadata);
  book.toasts = json.toasts.map((t) => ({ ...t }));
  book.lastId = json.lastId;
  book.lastSheetId = json.lastSheetId;
}
