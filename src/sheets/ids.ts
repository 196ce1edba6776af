/**
 * Record IDs (C-0001, T-00001 …): the last one given is kept in document properties, so an ID
 * is never reused, even after its row is deleted. Callers hold the document lock, which makes
 * IDs unique under concurrent submits.
 */
import type { TableDef } from './columns';
import type { Env } from './env';
import { columnOf, type Layout } from './layout';
import { currentRows } from './rows';

const propertyKey = (def: TableDef) => `crm.lastId.${def.name}`;

export function formatId(def: TableDef, n: number): string {
  return `${def.idPrefix}-${String(n).padStart(def.idDigits, '0')}`;
}

/** The highest number among `ids` of this table's form (C-0042 → 42); 0 when none. */
export function highestId(def: TableDef, ids: readonly string[]): number {
  const pattern = new RegExp(`^${def.idPrefix}-(\\d+)$`);
  let high = 0;
  for (const id of ids) {
    const m = pattern.exec(id);
    if (m) high = Math.max(high, Number(m[1]));
  }
  return high;
}

/** The highest number among the IDs in the sheet (a fallback when the property was lost). */
const highestInSheet = <K extends string>(layout: Layout<K>): number =>
  highestId(layout.def, currentRows(layout.sheet, columnOf(layout, 'id' as K)).ids);

/**
 * `inSheet`: the highest ID the caller found in the sheet, when it read the IDs anyway. A row a
 * person typed in with the next ID (C-0002 after the sidebar's C-0001) must not get it again.
 */
export function nextIds<K extends string>(env: Env, layout: Layout<K>, count: number, inSheet = 0): string[] {
  const props = env.documentProperties();
  const key = propertyKey(layout.def);
  const stored = Number(props.getProperty(key) ?? Number.NaN);
  const last = Math.max(Number.isFinite(stored) ? stored : highestInSheet(layout), inSheet);
  props.setProperty(key, String(last + count));
  return Array.from({ length: count }, (_, i) => formatId(layout.def, last + i + 1));
}
