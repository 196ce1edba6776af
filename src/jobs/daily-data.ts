/** The daily job reads each table once, only the columns it needs. */
import { customersNowIn } from '../sheets/merged-into';
import { readRecords, readTable } from '../sheets/table';
import { CUSTOMERS, INTERACTIONS, SURVEYS, TICKETS } from '../sheets/tables';
import type { JobContext } from './run';

export function readDailyData(ctx: JobContext) {
  const { ss } = ctx.env;
  const customers = readTable(ss, CUSTOMERS, {
    keys: [
      'name',
      'email',
      'phone',
      'status',
      'tier',
      'owner',
      'created',
      // The monthly record refresh, on the Dashboard.
      'updated',
      'firstContact',
      'contractStart',
      'renewalIntent',
      'contractValue',
      'size',
      'needType',
      'needKeywords',
      'priority',
      'expectedStart',
      'lastContact',
      'nextFollowUp',
      'followUpStatus',
      'healthScore',
      'riskLevel',
      'riskReasons',
      'healthTrend',
      'leadScore',
      'suggestedTier',
      'duplicateOf',
      'mergedInto',
    ],
    noteKeys: ['healthScore'],
  });
  return {
    customers,
    // Worked out once for every per-customer figure of the run (customerOf).
    customerNow: customersNowIn(customers.rows),
    // Only read: their IDs are not needed.
    interactions: readRecords(
      ss,
      INTERACTIONS,
      ['customerId', 'when', 'kind', 'nextAction', 'nextActionDue'],
      'customerId',
    ),
    tickets: readTable(ss, TICKETS, {
      keys: [
        'customerId',
        'type',
        'level',
        'status',
        'submitted',
        'resolved',
        'closed',
        // SLA met % leaves out the tickets the hourly job could not time.
        'slaStatus',
        'breaches',
        'owner',
        // For the Dashboard's problem report and response times.
        'subject',
        'description',
        'acknowledged',
        'pausedMinutes',
        // The weekly share of bad ratings per department.
        'department',
        'rating',
        // Done tickets still owing their Solution (typed done in the sheet).
        'solution',
      ],
    }),
    surveys: readTable(ss, SURVEYS, {
      keys: [
        'customerId',
        'reason',
        'ticketId',
        'due',
        'sent',
        'responded',
        'responseSpeed',
        'resolution',
        'professionalism',
        'productFit',
        'proactiveCare',
        'recommend',
        'comments',
        'status',
        'reminderDue',
        'closes',
        // Read so that only the Problems that changed are written (53,000 cells a day at L).
        'problems',
      ],
    }),
  };
}

export type DailyData = ReturnType<typeof readDailyData>;

/**
 * The customer a row typed under `customerId` counts for: the customer at the end of the merge
 * chain of a record merged away, else the ID as typed (one of no customer stays no one's).
 */
export const customerOf = (data: Pick<DailyData, 'customerNow'>, customerId: string): string =>
  data.customerNow.get(customerId) ?? customerId;
