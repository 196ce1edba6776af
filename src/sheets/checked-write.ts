/**
 * A record's changed cells, written where the record sits and checked there afterwards. The
 * document lock holds off other scripts, not people: a sort, an insert or a delete between
 * reading a row and writing it would put the cells on another record. So the row is read back
 * after the write (one call). If the row changed hands and the record did not get the cells,
 * they went to whoever sits there now: that record gets its own values back when they are known
 * (as read under the lock), or is named as a stray when they never were, and the cells are
 * written again where the record sits now. If the row holds the record still as first read, rows
 * moved away and back: a neighbour got the cells, and as it cannot be named the row is.
 */
import { textOf } from './cell-values';
import { columnOf, type Layout } from './layout';
import { withinSheet } from './past-the-edge';
import { NotFoundError, notFound, readRecord, rowIfAny } from './record-row';
import { currentRows } from './rows';
import { type Cell, type Snapshot, sameCell } from './table';
import { writeChanges } from './write-changes';

type Values<K extends string> = Partial<Record<K, Cell>>;

export interface Located<K extends string> {
  readonly row: number;
  readonly record: Record<K, Cell>;
}

export interface CheckedWrite<K extends string> {
  /** The keys whose cells differed from the record as first read. */
  readonly changed: readonly K[];
  /** Records that may hold some of the cells by mistake: what they held was never read. */
  readonly strays: readonly string[];
  /**
   * Records that got the cells by mistake and were given back what they held as first read (a
   * person's change to them in between would be undone: a person should look).
   */
  readonly restored: readonly string[];
}

const ATTEMPTS = 3;

/**
 * `own(holder)`: the cells a record that got ours by mistake must have back, if known;
 * `stampedAt`: the instant the change stamps (a ticket's Resolved, Last Update …), by which a
 * record that got some of its cells can be found if the write went astray.
 */
export function writeChecked<K extends string>(
  layout: Layout<K>,
  id: string,
  first: Located<K>,
  after: Values<K>,
  own: (holder: string) => Values<K> | undefined = () => undefined,
  stampedAt?: Date,
): CheckedWrite<K> {
  const astray = new Astray(layout, id, after, stampedAt);
  let at = first;
  let todo = after;
  let changed: K[] | undefined;
  for (let attempt = 0; attempt < ATTEMPTS; attempt++) {
    const wrote = writeChanges(layout, at.row, at.record, todo);
    changed ??= wrote;
    if (wrote.length === 0) return astray.result(changed);
    const seen = withinSheet(layout.sheet, { row: at.row }, () => readRecord(layout, at.row));
    if (seen && idOf(seen) === id) {
      // A cell still as first read missed the write: rows moved away and back around it, so a
      // neighbour got it. It is written again; a cell a person has changed since is theirs.
      const missed = wrote.filter((k) => !sameCell(seen[k], todo[k]) && sameCell(seen[k], at.record[k]));
      if (missed.length === 0) return astray.result(changed);
      astray.near.push(`a record near row ${at.row} of ${layout.def.name}`);
      todo = Object.fromEntries(missed.map((k) => [k, todo[k]])) as Values<K>;
      at = { row: at.row, record: seen };
      continue;
    }
    const now = relocated(layout, id);
    // Rows moved after the write: the record took its cells along, and nobody got ours.
    if (now && wrote.every((k) => sameCell(now.record[k], todo[k]))) return astray.result(changed);
    astray.putRight(at.row, seen ? idOf(seen) : '', wrote, own);
    if (!now) throw goneWith(layout, id, astray.result(changed).strays);
    at = now;
  }
  throw keptChanging(layout, id);
}

/** What a write that went astray left on other records, and who should look. */
class Astray<K extends string> {
  readonly strays: string[] = [];
  readonly restored: string[] = [];
  /** Rows named when the record that got the cells could not be: used if no search finds it. */
  readonly near: string[] = [];

  constructor(
    private readonly layout: Layout<K>,
    private readonly id: string,
    private readonly after: Values<K>,
    private readonly stampedAt?: Date,
  ) {}

  /** `holder` sat on `row` and got the cells `wrote`: its own back if known, else it is named. */
  putRight(row: number, holder: string, wrote: readonly K[], own: (holder: string) => Values<K> | undefined) {
    const back = holder === '' ? (Object.fromEntries(wrote.map((k) => [k, ''])) as Values<K>) : own(holder);
    if (!back) this.strays.push(holder);
    else if (giveBack(this.layout, row, holder, back) && holder !== '') this.restored.push(holder);
  }

  result(changed: readonly K[]): CheckedWrite<K> {
    const { layout, id, after, stampedAt, restored, near } = this;
    const went = this.strays.length + restored.length + near.length > 0;
    const stamped = stampedAt && went ? stampedElsewhere(layout, id, after, stampedAt) : [];
    const named = [...new Set([...this.strays, ...stamped.filter((x) => !restored.includes(x))])];
    return { changed, strays: named.length > 0 || near.length === 0 ? named : near, restored };
  }
}

/**
 * After a write went astray, the other records that hold its stamp (to the millisecond) in a
 * column it stamped: a write split over two calls can leave cells on a record the check never saw.
 * Other values are not searched: other records may hold them rightly.
 */
function stampedElsewhere<K extends string>(
  layout: Layout<K>,
  id: string,
  after: Values<K>,
  stampedAt: Date,
): string[] {
  const keys = (Object.keys(after) as K[]).filter(
    (k) => sameCell(after[k], stampedAt) && layout.position.has(k),
  );
  if (keys.length === 0) return [];
  const { sheet } = layout;
  const { ids } = currentRows(sheet, columnOf(layout, 'id' as K));
  const height = ids.length;
  if (height === 0) return [];
  const found = new Set<string>();
  for (const key of keys) {
    const column = columnOf(layout, key);
    const cells = withinSheet(sheet, { row: height + 1 }, () => sheet.getSheetValues(2, column, height, 1));
    (cells ?? []).forEach(([cell], i) => {
      if (ids[i] && ids[i] !== id && sameCell(cell, stampedAt)) found.add(ids[i]!);
    });
  }
  return [...found];
}

const keptChanging = <K extends string>(layout: Layout<K>, id: string) =>
  new Error(
    `The "${layout.def.name}" sheet kept changing while ${id} was written (rows sorted, inserted or deleted). Please try again in a moment.`,
  );

/**
 * The record where it sits now, or undefined when a person deleted it. The row found in the ID
 * column is read in a second call, so its ID is checked there: rows may have moved in between.
 */
export function relocated<K extends string>(layout: Layout<K>, id: string): Located<K> | undefined {
  for (let attempt = 0; attempt < ATTEMPTS; attempt++) {
    const row = rowIfAny(layout, id);
    if (row === undefined) return undefined;
    const record = withinSheet(layout.sheet, { row }, () => readRecord(layout, row));
    if (record && idOf(record) === id) return { row, record };
  }
  throw keptChanging(layout, id);
}

/** The record was deleted under the write: say so, and name any record that may hold its cells. */
function goneWith<K extends string>(layout: Layout<K>, id: string, strays: readonly string[]): NotFoundError {
  const gone = notFound(layout.def.name, id);
  if (strays.length === 0) return gone;
  return new NotFoundError(
    `${gone.message} ${strays.join(', ')} may now show what was meant for it: please check.`,
  );
}

/** A record found by ID: its row and cells. */
export function located<K extends string>(layout: Layout<K>, id: string): Located<K> {
  const at = relocated(layout, id);
  if (!at) throw notFound(layout.def.name, id);
  return at;
}

/**
 * Where a read found the record, if that row still holds it (one row read, not a search of the
 * ID column), else found afresh.
 */
export function locatedFrom<K extends string>(snapshot: Snapshot<K>, id: string): Located<K> {
  const { layout } = snapshot;
  const row = snapshot.positions.rowOf.get(id);
  const at = row === undefined ? relocated(layout, id) : holderNow(layout, row, id);
  if (!at) throw notFound(layout.def.name, id);
  return at;
}

const idOf = <K extends string>(record: Record<K, Cell>) => textOf(record['id' as K]);

/** Puts a record's own cells back where it sits now (rows may have moved again); true if it had to. */
function giveBack<K extends string>(
  layout: Layout<K>,
  row: number,
  holder: string,
  back: Values<K>,
): boolean {
  const at = holderNow(layout, row, holder);
  return at ? writeChanges(layout, at.row, at.record, back).length > 0 : false;
}

/**
 * A record that was on `row`, as it is now: read there if it still sits there, else found afresh
 * (people may have moved rows again); undefined if it is gone, or was a blank row that moved.
 */
function holderNow<K extends string>(layout: Layout<K>, row: number, id: string): Located<K> | undefined {
  const record = withinSheet(layout.sheet, { row }, () => readRecord(layout, row));
  if (record && idOf(record) === id) return { row, record };
  return id === '' ? undefined : relocated(layout, id);
}
