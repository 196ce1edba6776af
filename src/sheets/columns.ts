/**
 * How a table is laid out in a sheet. A column has a stable key (code and developer metadata use
 * it), the header people see, a type (which decides the number format and the dropdown) and an
 * owner: 'entered' columns belong to people and the sidebar; 'computed' columns belong to the jobs;
 * a 'shared' column is a person's to set and the jobs' to keep current (Survey Status follows the
 * Sent and Responded stamps, and a person may close a survey by hand).
 */

export type ColumnType =
  | 'id'
  | 'text'
  | 'phone'
  | 'email'
  | 'date'
  | 'datetime'
  | 'number'
  | 'money'
  | 'percent'
  /** A survey answer, 1 to 5. */
  | 'score'
  | 'enum';

export interface Column {
  readonly key: string;
  readonly header: string;
  readonly type: ColumnType;
  readonly owner: 'entered' | 'computed' | 'shared';
  readonly values?: readonly string[];
  /** Pixels Set up gives the column when it makes it, where its type's width is too narrow (column-widths.ts). */
  readonly width?: number;
}

export interface TableDef<K extends string = string> {
  readonly name: string;
  /** ID prefix and digits: C-0001, T-00001. */
  readonly idPrefix: string;
  readonly idDigits: number;
  readonly columns: readonly (Column & { key: K })[];
  /** The whole sheet is written by the add-on only (Audit Log). */
  readonly appendOnly?: boolean;
}

const col =
  (owner: Column['owner']) =>
  <K extends string>(key: K, header: string, type: ColumnType = 'text', values?: readonly string[]) =>
    ({ key, header, type, owner, ...(values ? { values } : {}) }) as Column & { key: K };

export const entered = col('entered');
export const computed = col('computed');
export const shared = col('shared');

/** A column people write sentences in (Notes, a ticket's Description): made wider than a name's. */
export const wide = <C extends Column>(column: C, width = 320): C => ({ ...column, width });

/** The jobs write these: computed and shared columns. */
export const isWrittenByJobs = (column: Pick<Column, 'owner'>): boolean => column.owner !== 'entered';

export const NUMBER_FORMATS: Record<ColumnType, string> = {
  id: '@',
  text: '@',
  phone: '@',
  email: '@',
  enum: '@',
  date: 'yyyy-mm-dd',
  datetime: 'yyyy-mm-dd hh:mm',
  number: '0',
  money: '#,##0.00',
  percent: '0%',
  score: '0',
};

export type KeyOf<T extends TableDef> = T['columns'][number]['key'];
