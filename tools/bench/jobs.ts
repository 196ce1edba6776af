/**
 * The things the benchmark times (issue 10's five, and Edit customer's History), each as the add-on really runs it: a menu click or trigger
 * (`call`) or a sidebar's google.script.run (`serve`), at a moment after the workbook was primed.
 * `needs` lists what the job truly has to read (see floor.ts): the columns its rules use, the
 * computed columns it compares with so only changes are written, and the alert columns for
 * idempotent raising and digests. It is written from the rules, not from what the code reads.
 */
import type { Addon } from '../emulator/index';
import type { Need } from './floor';
import { DAY_MS, HOUR_MS } from './sizes';

export type JobName = 'setup' | 'hourly' | 'daily' | 'bootstrap' | 'save' | 'history';

export interface Job {
  readonly name: JobName;
  /** When it runs, after the moment the workbook was primed. */
  readonly after: number;
  readonly run: (addon: Addon) => unknown;
  readonly needs: readonly Need[];
  /** The sidebar's answer is measured for size (google.script.run carries it as JSON). */
  readonly payload?: boolean;
  /**
   * Not one of issue 10's five jobs but a read a person asks for (Edit customer's History): measured
   * and reported, not held to the goals, and its calls grow with how spread the customer's rows are.
   */
  readonly onDemand?: boolean;
}

const SETTINGS: Need = { sheet: 'Settings', columns: ['Setting', 'Value'] };
/**
 * Raising alerts by key, and picking the open alerts not mailed yet. What a digest says (Kind,
 * Message, Owner …) is needed for the alerts it mails alone, as the subject and owner of a ticket
 * are for the tickets that raise one: a few rows, not whole columns. The floor leaves such reads
 * out (a few hundred cells and a call or two), so it is a little below the least I/O, never above.
 */
const ALERTS: Need = { sheet: 'Alerts', columns: ['Status', 'Mailed', 'Key'] };
const TICKET_CLOCK = ['Level', 'Status', 'Submitted', 'Acknowledged', 'Last Update', 'Waiting Since'];
const TICKET_STOPS = ['Paused Minutes', 'Resolved', 'Closed'];
const SLA_COLUMNS = [
  'Ack Due',
  'Plan Due',
  'Update Due',
  'Resolve Due',
  'SLA Status',
  'Breaches',
  'Escalated',
];
const headerOnly = (...sheets: string[]): Need[] => sheets.map((sheet) => ({ sheet }));

/** A new ticket as the sidebar form submits it. */
export const ticketSubmit = (requestId: string) => ({
  requestId,
  record: { customerId: 'C-0001', subject: 'Report export times out', type: 'Technical', level: 'Major' },
});

/** Outcome of a job, or the sidebar's Result: the error in words, '' when it worked. */
export function failure(result: unknown): string {
  const r = (result ?? {}) as { error?: unknown; ok?: unknown; message?: unknown };
  if (typeof r.error === 'string') return r.error;
  return r.ok === false ? String(r.message ?? 'failed') : '';
}

export const JOBS: readonly Job[] = [
  {
    name: 'setup',
    after: HOUR_MS,
    run: (addon) => addon.call('setupWorkbook'),
    // Repairing an intact workbook needs each sheet's header row and the names of the settings.
    needs: [
      ...headerOnly('Customers', 'Interactions', 'Tickets', 'Surveys', 'Alerts', 'Win-backs'),
      ...headerOnly('Audit Log', 'Health History', 'Alerts Archive'),
      { sheet: 'Settings', columns: ['Setting'] },
    ],
  },
  {
    name: 'hourly',
    after: HOUR_MS,
    run: (addon) => addon.call('runHourlyJobs'),
    needs: [
      SETTINGS,
      // A VIP's clock runs 7x24, for a ticket typed in under a record merged into a VIP too.
      { sheet: 'Customers', columns: ['ID', 'Tier', 'Merged Into'] },
      {
        sheet: 'Tickets',
        columns: ['ID', 'Customer ID', ...TICKET_CLOCK, ...TICKET_STOPS].concat(SLA_COLUMNS),
      },
      ALERTS,
    ],
  },
  {
    name: 'daily',
    after: DAY_MS,
    run: (addon) => addon.call('runDailyJobs'),
    needs: [
      SETTINGS,
      {
        sheet: 'Customers',
        columns: [
          ...[
            'ID',
            'Name',
            'Email',
            'Phone',
            'Size',
            'Need Type',
            'Need Keywords',
            'Priority',
            'Expected Start',
          ],
          ...[
            'First Contact',
            'Status',
            'Tier',
            'Owner',
            'Contract Value',
            'Contract Start',
            'Renewal Intent',
          ],
          // Updated: the Dashboard's monthly record refresh.
          ...['Created', 'Updated', 'Last Contact', 'Next Follow-up', 'Follow-up Status', 'Health Score'],
          'Risk Level',
          ...['Risk Reasons', 'Health Trend', 'Lead Score', 'Suggested Tier', 'Possible Duplicate'],
          // A merged customer is not scored.
          'Merged Into',
        ],
      },
      // Kind: the Dashboard's share of Care touches per owner and quarter.
      { sheet: 'Interactions', columns: ['Customer ID', 'When', 'Kind', 'Next Action', 'Next Action Due'] },
      {
        sheet: 'Tickets',
        columns: [
          'ID',
          'Customer ID',
          'Type',
          'Level',
          'Status',
          'Submitted',
          'Resolved',
          'Closed',
          'Breaches',
          // SLA met % leaves out the tickets the hourly job could not time ("Check this row").
          'SLA Status',
          // The Dashboard's tickets per owner, its response times and the weekly problem report's
          // keywords.
          'Owner',
          'Acknowledged',
          'Paused Minutes',
          'Subject',
          'Description',
          // The weekly share of bad ratings per department.
          'Department',
          'Rating',
          // Done tickets still owing their Solution.
          'Solution',
        ],
      },
      {
        sheet: 'Surveys',
        columns: [
          ...['ID', 'Customer ID', 'Reason', 'Ticket ID', 'Due', 'Sent', 'Responded', 'Response Speed'],
          ...['Resolution', 'Professionalism', 'Product Fit', 'Proactive Care', 'Recommend', 'Comments'],
          ...['Status', 'Reminder Due', 'Closes', 'Problems'],
        ],
      },
      { sheet: 'Health History', columns: ['Month', 'Customer ID', 'Health Score'] },
      {
        sheet: 'Win-backs',
        columns: [
          'ID',
          'Customer ID',
          'Owner',
          'Check Reaction By',
          'Expected Completion',
          'Outcome',
          'Outcome Date',
        ],
      },
      { sheet: 'Audit Log', columns: ['Time'] },
      ALERTS,
      // Done alerts move to the archive after 90 days.
      { sheet: 'Alerts', columns: ['Done At'] },
    ],
  },
  {
    name: 'bootstrap',
    after: HOUR_MS,
    run: (addon) => addon.serve('sidebarBootstrap'),
    payload: true,
    needs: [
      SETTINGS,
      {
        sheet: 'Customers',
        columns: ['ID', 'Name', 'Contact', 'Email', 'Tier', 'Status', 'Owner'].concat([
          'Follow-up Status',
          'Next Follow-up',
          'Risk Level',
          'Risk Reasons',
          // My queue's key leads.
          'Lead Score',
          // My queue's records to refresh.
          'Created',
          'Updated',
          // A duplicate merged away is neither offered nor due a refresh.
          'Merged Into',
        ]),
      },
      {
        sheet: 'Tickets',
        columns: ['ID', 'Customer ID', 'Subject', 'Owner', 'Status', 'Acknowledged', 'SLA Status'].concat([
          'Ack Due',
          'Plan Due',
          'Update Due',
          'Resolve Due',
          // The customer's time places a ticket when it comes before these.
          'Expected By',
        ]),
      },
      { sheet: 'Surveys', columns: ['ID', 'Customer ID', 'Reason', 'Due', 'Status'] },
      // My queue's open alerts, newest first.
      {
        sheet: 'Alerts',
        columns: ['ID', 'Raised', 'Kind', 'Record ID', 'Message', 'Owner', 'Escalated To', 'Status'],
      },
    ],
  },
  {
    name: 'save',
    after: HOUR_MS,
    run: (addon) => addon.serve('sidebarCreateTicket', ticketSubmit('bench-save')),
    // The IDs in the sheet (a new ID passes any typed in; a retry finds its row), the customer it
    // names (it must exist), and the new row and its audit line placed by header.
    needs: [
      { sheet: 'Tickets', columns: ['ID'] },
      { sheet: 'Customers', columns: ['ID'] },
      ...headerOnly('Audit Log'),
    ],
  },
  {
    name: 'history',
    after: HOUR_MS,
    run: (addon) => addon.serve('sidebarCustomerActivity', 'C-0500'),
    payload: true,
    onDemand: true,
    // The customer's rows are found by Customer ID; their IDs and the few columns shown are read
    // for those rows alone, left out here as for alerts above.
    needs: [
      { sheet: 'Tickets', columns: ['Customer ID'] },
      { sheet: 'Interactions', columns: ['Customer ID'] },
      { sheet: 'Surveys', columns: ['Customer ID'] },
    ],
  },
];
