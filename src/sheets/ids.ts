/**
 * Record IDs (C-0001, T-00001 …): the last one given is kept in document properties, so an ID
 * is never reused, even after its row is deleted. Callers hold the document lock, which makes
 * IDs unique under concurrent submits.
 */
import type { TableDef } from './columns';
import type { Env } from './env';
import { columnOf, type Layout } from './layout';

const propertyKey = (def: TableDef) => `crm.lastId.${def.name}`;

export function formatId(def: TableDef, n: number): string {
  return `${def.idPrefix}-${String(n).padStart(def.idDigits, '0')}`;
}

/** The highest number among the IDs in the sheet (a fallback when the property was lost). */
function highestInSheet<K extends string>(layout: Layout<K>): number {
  const height = layout.sheet.getLastRow() - 1;
  if (height < 1) return 0;
  const pattern = new RegExp(`^${layout.def.idPrefix}-(\\d+)$`);
  let high = 0;
  for (const [cell] of layout.sheet.getSheetValues(2, columnOf(layout, 'id' as K), height, 1)) {
    const m = pattern.exec(String(cell).trim());
    if (m) high = Math.max(high, Number(m[1]));
  }
  return high;
}

export function nextIds<K extends string>(env: Env, layout: Layout<K>, count: number): string[] {
  const props = env.documentProperties();
  const key = propertyKey(layout.def);
  const stored = Number(props.getProperty(key) ?? Number.NaN);
  const last = Number.isFinite(stored) ? stored : highestInSheet(layout);
  props.setProperty(key, String(last + count));
  return Array.from({ length: count }, (_, i) => formatId(layout.def, last + i + 1));
}
