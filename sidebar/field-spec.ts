/**
 * What a form field is, derived from the contract rather than restated: the label is the sheet's
 * header (src/sheets/tables.ts), the control follows the column's type, the choices are the
 * column's value set, and "required" and the default come from the zod schema the server uses.
 */
import * as z from 'zod/mini';
import type { CustomerPick } from '../src/api/contract';
import type { ColumnType, TableDef } from '../src/sheets/columns';

export type Control =
  | 'text'
  | 'textarea'
  | 'select'
  | 'date'
  | 'datetime-local'
  | 'number'
  | 'email'
  | 'tel'
  | 'customer';

export interface FieldSpec {
  key: string;
  label: string;
  control: Control;
  options: readonly string[];
  /** Sent as a number (the schema expects one); '' stays ''. */
  numeric: boolean;
  required: boolean;
  initial: string;
  hint?: string;
  /** Replaces the schema's message for this field (e.g. "Choose a customer from the list"). */
  message?: string;
  /** The table whose record this field names: an ID typed in short ("t-41") is written out in full. */
  idOf?: Pick<TableDef, 'idPrefix' | 'idDigits'>;
  /** A customer field: why a customer cannot be chosen here ('' when it can), see picker.ts. */
  refusal?: (pick: CustomerPick) => string;
}

const CONTROLS: Record<ColumnType, Control> = {
  id: 'text',
  text: 'text',
  phone: 'tel',
  email: 'email',
  date: 'date',
  datetime: 'datetime-local',
  number: 'number',
  money: 'number',
  percent: 'number',
  score: 'number',
  enum: 'select',
};

const NUMERIC: ReadonlySet<ColumnType> = new Set(['number', 'money', 'percent', 'score']);

export type Shape = Readonly<Record<string, z.core.$ZodType>>;
export type Override = Partial<Omit<FieldSpec, 'key'>> & {
  /** The column that describes a field whose key names none (a merge's keepId is a Customers ID). */
  column?: string;
};

/** One field per key, in the order given. */
export function fieldsFor<S extends Shape>(
  table: TableDef,
  shape: S,
  keys: readonly (keyof S & string)[],
  overrides: Partial<Record<keyof S & string, Override>> = {},
): FieldSpec[] {
  return keys.map((key) => {
    const { column: columnKey = key, ...override } = overrides[key] ?? {};
    const column = table.columns.find((c) => c.key === columnKey);
    if (!column) throw new Error(`${table.name} has no column "${columnKey}"`);
    const empty = z.safeParse(shape[key]!, undefined);
    const control = key === 'customerId' ? 'customer' : CONTROLS[column.type];
    return {
      key,
      label: column.header,
      control,
      options: column.values ?? [],
      numeric: NUMERIC.has(column.type),
      required: !empty.success,
      initial: empty.success && typeof empty.data === 'string' ? empty.data : '',
      ...override,
    };
  });
}
