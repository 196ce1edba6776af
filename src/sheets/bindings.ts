/**
 * Column bindings: developer metadata Set up / repair puts on each contract column, so a header a
 * person renamed is still found. A binding travels with its column when columns are moved,
 * inserted or deleted. Finding a sheet's bindings is one call chain; reading where each one sits
 * costs three calls more (value, location, column), so repair reads them only when they can
 * matter.
 * https://developers.google.com/apps-script/reference/spreadsheet/developer-metadata-finder
 */
import type { TableDef } from './columns';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Metadata = GoogleAppsScript.Spreadsheet.DeveloperMetadata;

export const COLUMN_METADATA_KEY = 'crm.column';

export interface Binding {
  readonly key: string;
  readonly column: number;
  readonly remove: () => void;
}

export function findBindings(sheet: Sheet): Metadata[] {
  return sheet.createDeveloperMetadataFinder().withKey(COLUMN_METADATA_KEY).find();
}

/**
 * Whether each column is known to carry its own binding without reading any: every header is in
 * place and there is one binding per column. Repair keeps one binding per column (it removes the
 * extras it finds), and a binding leaves only with its column, whose header then goes too.
 */
export function bindingsSettled(
  def: TableDef,
  headers: readonly string[],
  found: readonly Metadata[],
): boolean {
  return found.length === def.columns.length && def.columns.every((c) => headers.includes(c.header));
}

export function readBindings(found: readonly Metadata[]): Binding[] {
  const out: Binding[] = [];
  for (const md of found) {
    const key = md.getValue();
    const column = md.getLocation().getColumn();
    if (key && column) out.push({ key, column: column.getColumn(), remove: () => md.remove() });
  }
  return out;
}

/** Whether another of the table's headers sits on `column` (headers swapped by hand there). */
export const headedByContract = (def: TableDef, headers: readonly string[], column: number): boolean =>
  def.columns.some((c) => c.header === headers[column - 1]);

/** The column a renamed header's binding points to, unless another contract header sits there. */
export function renamedColumn(
  bindings: readonly Binding[],
  key: string,
  def: TableDef,
  headers: readonly string[],
): number | undefined {
  return bindings.find((b) => b.key === key && !headedByContract(def, headers, b.column))?.column;
}

/**
 * What makes each column carry one binding where it is now: the columns to bind, and the bindings
 * to remove (a key's bindings that sit elsewhere, left on a column whose header a person typed
 * over, say), so the count stays one per column.
 */
export function rebinding(
  positions: ReadonlyMap<string, number>,
  bindings: readonly Binding[],
): { bind: Array<[key: string, column: number]>; remove: Binding[] } {
  const bind: Array<[string, number]> = [];
  const remove: Binding[] = [];
  for (const [key, position] of positions) {
    const own = bindings.filter((b) => b.key === key);
    const kept = own.find((b) => b.column === position);
    remove.push(...own.filter((b) => b !== kept));
    if (!kept) bind.push([key, position]);
  }
  return { bind, remove };
}
