/** Record IDs as people type them in the sidebar. */
import type { TableDef } from '../src/sheets/columns';

export { RECORD_ID } from '../src/domain/fields';

/** Each record ID a text names ("C-0002 (same email); C-10001 (same name)"). */
export const ID_IN_TEXT = /[A-Z]-\d+/g;

/** An ID as typed in short ("t-241", "241", "T00241") as the sheet writes it: T-00241. */
export function fullId(typed: string, table: Pick<TableDef, 'idPrefix' | 'idDigits'>): string {
  const short = /^([A-Z])?-?(\d+)$/.exec(typed.trim().toUpperCase());
  if (!short || (short[1] && short[1] !== table.idPrefix)) return typed;
  return `${table.idPrefix}-${short[2]!.replace(/^0+(?=\d)/, '').padStart(table.idDigits, '0')}`;
}

/** Whether a text that names records ("C-0002 (same email); C-10001 (same name)") names `id`, whole. */
export const namesRecord = (text: string, id: string): boolean =>
  text.match(ID_IN_TEXT)?.includes(id) ?? false;
