/**
 * A simulated person at the document: what staff do by hand while the add-on runs. Each action
 * works through SpreadsheetApp as a person (not counted as the add-on's call, never re-entering
 * the hook), finds rows by record ID at the moment it acts, and is deterministic, so the same
 * action can be applied calmly to a copy to learn what the person meant to leave behind.
 */
import {
  NOW,
  type Result,
  type Sheet,
  type Spreadsheet,
  USER_COLUMN,
  type World,
  writeRecords,
} from './world';

export interface UserAction {
  readonly name: string;
  /** Does it; a sidebar submit answers with its Result. */
  run(w: World): Result | undefined;
}

function sheetNamed(ss: Spreadsheet, name: string): Sheet {
  const sheet = ss.getSheetByName(name);
  if (!sheet) throw new Error(`simulated user: no sheet ${name}`);
  return sheet;
}

const headersOf = (sheet: Sheet) =>
  sheet
    .getRange(1, 1, 1, sheet.getLastColumn())
    .getValues()[0]!
    .map((h) => String(h));

function rowOf(sheet: Sheet, id: string): number {
  const ids = sheet.getRange(1, 1, sheet.getLastRow(), 1).getValues();
  const at = ids.findIndex(([v]) => String(v) === id);
  if (at < 1) throw new Error(`simulated user: no ${id} in ${sheet.getName()}`);
  return at + 1;
}

/** Sorts the table's records by one of its columns (header row kept). */
export const sortBy = (table: string, header: string, ascending = false): UserAction => ({
  name: `sorts ${table} by ${header}`,
  run: (w) =>
    w.person((ss) => {
      const sheet = sheetNamed(ss, table);
      const column = headersOf(sheet).indexOf(header) + 1;
      const rows = sheet.getLastRow() - 1;
      if (rows > 1) sheet.getRange(2, 1, rows, sheet.getLastColumn()).sort({ column, ascending });
      return undefined;
    }),
});

/** Inserts rows under the header and types new records into them. */
export const insertAbove = (table: string, records: ReadonlyArray<Record<string, unknown>>): UserAction => ({
  name: `inserts ${records.length} rows at the top of ${table} and types records into them`,
  run: (w) =>
    w.person((ss) => {
      const sheet = sheetNamed(ss, table);
      sheet.insertRowsBefore(2, records.length);
      writeRecords(sheet, records, 2);
      return undefined;
    }),
});

/** Types a record into the first empty row, as a person adding one by hand. */
export const typeBelow = (table: string, record: Record<string, unknown>): UserAction => ({
  name: `types a new record under the last row of ${table}`,
  run: (w) =>
    w.person((ss) => {
      const sheet = sheetNamed(ss, table);
      writeRecords(sheet, [record], sheet.getLastRow() + 1);
      return undefined;
    }),
});

export const deleteRecord = (table: string, id: string): UserAction => ({
  name: `deletes the row of ${id} in ${table}`,
  run: (w) =>
    w.person((ss) => {
      const sheet = sheetNamed(ss, table);
      sheet.deleteRow(rowOf(sheet, id));
      return undefined;
    }),
});

export const editCell = (table: string, id: string, header: string, value: unknown): UserAction => ({
  name: `edits ${table} ${id} "${header}"`,
  run: (w) =>
    w.person((ss) => {
      const sheet = sheetNamed(ss, table);
      sheet.getRange(rowOf(sheet, id), headersOf(sheet).indexOf(header) + 1).setValue(value);
      return undefined;
    }),
});

export const renameHeader = (table: string, from: string, to: string): UserAction => ({
  name: `renames their own column "${from}" in ${table}`,
  run: (w) =>
    w.person((ss) => {
      const sheet = sheetNamed(ss, table);
      sheet.getRange(1, headersOf(sheet).indexOf(from) + 1).setValue(to);
      return undefined;
    }),
});

/** A colleague's sidebar save: its own execution, started in the middle of the running one. */
export const sidebarSubmit = (fn: string, submit: unknown): UserAction => ({
  name: `submits ${fn} from the sidebar`,
  run: (w) => w.serve(fn, submit),
});

/** The actions run against each job, aimed at the sheets that job reads and writes. */
export function actionsFor(main: 'Customers' | 'Tickets', tag: string): UserAction[] {
  const common = [sortBy('Alerts', 'Message')];
  if (main === 'Tickets') {
    return [
      sortBy('Tickets', 'Subject'),
      insertAbove('Tickets', [
        newTicket(`T-9${tag}01`, 'C-0001', 400),
        newTicket(`T-9${tag}02`, 'C-0003', 20),
      ]),
      deleteRecord('Tickets', 'T-00007'),
      editCell('Tickets', 'T-00013', 'Level', 'Critical'),
      editCell('Alerts', 'A-00001', 'Status', 'Done'),
      renameHeader('Tickets', USER_COLUMN.Tickets, `${USER_COLUMN.Tickets} (mine)`),
      typeBelow('Tickets', newTicket(`T-9${tag}03`, 'C-0002', 300)),
      sidebarSubmit('sidebarCreateTicket', {
        requestId: `race-${tag}`,
        record: { customerId: 'C-0004', subject: 'Raced save', type: 'Technical', level: 'Major' },
      }),
      ...common,
    ];
  }
  return [
    sortBy('Customers', 'Name', true),
    sortBy('Surveys', 'Customer ID'),
    insertAbove('Customers', [
      newCustomer(`C-9${tag}1`, 'Zeta Inserted'),
      newCustomer(`C-9${tag}2`, 'Iris Labs'),
    ]),
    deleteRecord('Customers', 'C-0005'),
    editCell('Customers', 'C-0004', 'Tier', 'Regular'),
    renameHeader('Customers', USER_COLUMN.Customers, `${USER_COLUMN.Customers} (mine)`),
    typeBelow('Customers', newCustomer(`C-9${tag}3`, 'Typed Below')),
    sidebarSubmit('sidebarCreateCustomer', {
      requestId: `race-${tag}`,
      record: { name: 'Raced Customer', contact: 'Wang Fang', tier: 'Key', status: 'Won' },
    }),
    ...common,
  ];
}

export function newTicket(id: string, customerId: string, minutesAgo: number): Record<string, unknown> {
  return {
    ID: id,
    'Customer ID': customerId,
    Subject: `Typed by hand ${id}`,
    Type: 'Technical',
    Level: 'Critical',
    Channel: 'Phone',
    Submitted: new Date(NOW - minutesAgo * 60_000),
    Department: 'Technical Support',
    Owner: 'agent9@example.com',
    Status: 'New',
    Progress: 0,
    'Paused Minutes': 0,
    [USER_COLUMN.Tickets]: `mine ${id}`,
  };
}

export function newCustomer(id: string, name: string): Record<string, unknown> {
  return {
    ID: id,
    Name: name,
    [USER_COLUMN.Customers]: `typed ${id}`,
    Contact: 'Typed Contact',
    Email: `${id.toLowerCase()}@example.com`,
    Status: 'Won',
    Tier: 'Key',
    Owner: 'owner1@example.com',
    'Contract Value': 5000,
    'Contract Start': new Date(NOW - 95 * 86_400_000),
    Created: new Date(NOW - 100 * 86_400_000),
  };
}
