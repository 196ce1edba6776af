/**
 * Fingerprints of a workbook, to prove that nothing a person wrote was lost and that every
 * computed value sits on its own record's row.
 *
 * - entered: every cell people own (contract entered columns and their own columns), by sheet,
 *   record ID and header; rows without an ID are kept as a multiset of their contents.
 * - append-only: the Audit Log and Health History rows, whole, by ID (they may only grow).
 * - computed: the job-owned columns by record ID and header; Alerts by their Key.
 */
import { type Column, isWrittenByJobs, type TableDef } from '../../src/sheets/columns';
import {
  ALERTS,
  AUDIT_LOG,
  CUSTOMERS,
  HEALTH_HISTORY,
  INTERACTIONS,
  SETTINGS,
  SURVEYS,
  TICKETS,
  WIN_BACKS,
} from '../../src/sheets/tables';
import type { World } from './world';

/** A cell as comparable text: dates by instant, everything else by type and value. */
export const canon = (v: unknown): string =>
  v instanceof Date ? `date:${v.getTime()}` : `${typeof v}:${String(v)}`;

const headersOf = (def: TableDef, test: (c: Column) => boolean) =>
  new Set(def.columns.filter(test).map((c) => c.header));

/** Tables whose entered cells are fingerprinted, and the header that keys their rows. */
export const ENTERED_TABLES: ReadonlyArray<{ def: TableDef; key: string }> = [
  { def: CUSTOMERS, key: 'ID' },
  { def: INTERACTIONS, key: 'ID' },
  { def: TICKETS, key: 'ID' },
  { def: SURVEYS, key: 'ID' },
  { def: WIN_BACKS, key: 'ID' },
  { def: ALERTS, key: 'ID' },
  { def: SETTINGS, key: 'Setting' },
];
export const APPEND_ONLY: readonly TableDef[] = [AUDIT_LOG, HEALTH_HISTORY];
export const COMPUTED_TABLES: readonly TableDef[] = [CUSTOMERS, TICKETS, SURVEYS];

/** The columns the jobs write (computed and shared). */
export const computedHeaders = (def: TableDef) => headersOf(def, isWrittenByJobs);
/** The columns Set up protects: the jobs' alone. */
export const protectedHeaders = (def: TableDef) => headersOf(def, (c) => c.owner === 'computed');

export interface TableFp {
  readonly byId: Map<string, Map<string, string>>;
  /** IDs found on more than one row. */
  readonly duplicated: Set<string>;
  /** Rows with content but no ID, as text (a multiset). */
  readonly noId: string[];
}

export type Fingerprint = Map<string, TableFp>;

function tableFp(grid: unknown[][], include: (header: string) => boolean, key: string): TableFp {
  const [header = [], ...rows] = grid;
  const headers = header.map((h) => String(h));
  const at = Math.max(0, headers.indexOf(key));
  const columns = headers.flatMap((h, i) => (h !== '' && include(h) ? [i] : []));
  const fp: TableFp = { byId: new Map(), duplicated: new Set(), noId: [] };
  for (const row of rows) {
    if (row.every((v) => v === '')) continue;
    const cells = new Map(columns.map((i) => [headers[i]!, canon(row[i])] as const));
    const id = String(row[at]).trim();
    if (id === '') fp.noId.push(JSON.stringify([...cells]));
    else if (fp.byId.has(id)) fp.duplicated.add(id);
    else fp.byId.set(id, cells);
  }
  fp.noId.sort();
  return fp;
}

/** Every cell people own, by sheet, record and header. */
export function enteredFp(w: World): Fingerprint {
  const fp: Fingerprint = new Map();
  for (const { def, key } of ENTERED_TABLES) {
    const computed = computedHeaders(def);
    fp.set(
      def.name,
      tableFp(w.values(def.name), (h) => !computed.has(h), key),
    );
  }
  for (const def of APPEND_ONLY)
    fp.set(
      def.name,
      tableFp(w.values(def.name), () => true, 'ID'),
    );
  return fp;
}

/**
 * What differs between the entered cells expected and those found, in words. Records the jobs
 * added (new IDs) are not compared here; every expected record must be there, once, unchanged.
 */
export function diffEntered(
  expected: Fingerprint,
  actual: Fingerprint,
): { problems: string[]; lost: number } {
  const problems: string[] = [];
  let lost = 0;
  for (const [table, want] of expected) {
    const got = actual.get(table);
    if (!got) {
      problems.push(`${table}: sheet missing`);
      lost += want.byId.size + want.noId.length;
      continue;
    }
    for (const [id, cells] of want.byId) {
      const found = got.byId.get(id);
      if (!found) {
        problems.push(`${table} ${id}: record missing`);
        lost++;
        continue;
      }
      const wrong = [...cells].filter(([h, v]) => found.get(h) !== v);
      if (wrong.length > 0 || (got.duplicated.has(id) && !want.duplicated.has(id))) {
        lost++;
        for (const [h, v] of wrong)
          problems.push(`${table} ${id} "${h}": expected ${v}, found ${found.get(h)}`);
        if (got.duplicated.has(id)) problems.push(`${table} ${id}: on more than one row`);
      }
    }
    const remaining = [...got.noId];
    for (const row of want.noId) {
      const i = remaining.indexOf(row);
      if (i >= 0) remaining.splice(i, 1);
      else {
        problems.push(`${table}: a row without an ID is gone: ${row.slice(0, 200)}`);
        lost++;
      }
    }
  }
  return { problems, lost };
}

/** Computed cells by table, record ID and header. */
export type ComputedFp = Map<string, Map<string, Map<string, string>>>;

export function computedFp(w: World, tables: readonly TableDef[] = COMPUTED_TABLES): ComputedFp {
  const out: ComputedFp = new Map();
  for (const def of tables) {
    const computed = computedHeaders(def);
    out.set(def.name, tableFp(w.values(def.name), (h) => computed.has(h), 'ID').byId);
  }
  return out;
}

export interface AlertFp {
  readonly id: string;
  /** Everything but ID, Raised and Mailed. */
  readonly content: string;
  readonly mailed: boolean;
}

/** Alerts by Key; `duplicates` lists keys raised more than once. */
export function alertsFp(w: World): { byKey: Map<string, AlertFp>; duplicates: string[] } {
  const byKey = new Map<string, AlertFp>();
  const duplicates: string[] = [];
  for (const r of w.records(ALERTS.name)) {
    const key = String(r.Key ?? '');
    if (key === '') continue;
    if (byKey.has(key)) duplicates.push(key);
    const content = Object.entries(r)
      .filter(([h]) => !['ID', 'Raised', 'Mailed'].includes(h))
      .map(([h, v]) => `${h}=${canon(v)}`)
      .join('|');
    byKey.set(key, { id: String(r.ID), content, mailed: r.Mailed instanceof Date });
  }
  return { byKey, duplicates };
}

/** Cells holding a formula, anywhere in the workbook ("Sheet!R1C1: =…"). */
export function formulas(w: World): string[] {
  return w.person((ss) =>
    ss.getSheets().flatMap((sheet) => {
      const grid = sheet.getDataRange().getFormulas();
      return grid.flatMap((row, r) =>
        row.flatMap((f, c) => (f ? [`${sheet.getName()}!R${r + 1}C${c + 1}: ${f}`] : [])),
      );
    }),
  );
}

/** Every row of every sheet as text, keyed by sheet and first-column value (or row number). */
export function rowsFp(w: World): Map<string, string> {
  const out = new Map<string, string>();
  w.person((ss) => {
    for (const sheet of ss.getSheets()) {
      const name = sheet.getName();
      const grid = sheet.getDataRange().getValues();
      grid.forEach((row, i) => {
        const id = i > 0 && name !== 'Dashboard' ? String(row[0]).trim() : '';
        out.set(`${name}|${id || `#${i + 1}`}`, row.map(canon).join('\u0001'));
      });
    }
  });
  return out;
}

/** The rows of `before` that changed or vanished in `after`, except those `allowed`. */
export function changedRows(
  before: Map<string, string>,
  after: Map<string, string>,
  allowed: (key: string) => boolean = () => false,
): string[] {
  return [...before].filter(([k, v]) => after.get(k) !== v && !allowed(k)).map(([k]) => k);
}
