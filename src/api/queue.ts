/**
 * "My queue": the signed-in person's open tickets by nearest due target (the customer's Expected
 * By when that comes first), overdue follow-ups, key leads, at-risk customers, records to refresh,
 * surveys to send and open alerts. When Apps Script will not say who the user is, the queue shows
 * everyone's work rather than nothing.
 */
import { emailKey } from '../domain/duplicates';
import { expectationWords, expectedFirst, queueAt } from '../domain/expected-by';
import { meetsFollowUp } from '../domain/follow-ups';
import { isAtRiskLevel } from '../domain/health';
import { lastSaved, needsRefresh } from '../domain/record-refresh';
import { ackGiven, planGiven } from '../domain/sla';
import { surveyWaitsForTicket } from '../domain/surveys';
import { isChurned, isLead } from '../domain/values';
import { dueText, wallText } from '../domain/zone';
import { isMerged, msOf, refreshedRecordOf, textOf } from '../sheets/cell-values';
import type { Env } from '../sheets/env';
import { type Cell, readTable, type Snapshot } from '../sheets/table';
import { ALERTS, SURVEYS, TICKETS } from '../sheets/tables';
import type { Queue, QueueAlert, QueueCustomer, QueueTicket } from './contract';
import { showCell } from './records';

type CustomerKeys = typeof import('../sheets/tables').CUSTOMERS['columns'][number]['key'];

const DUE_KEYS = [
  ['ackDue', 'acknowledge'],
  ['planDue', 'initial plan'],
  ['updateDue', 'progress update'],
  ['resolveDue', 'resolve'],
] as const;

export interface QueueFor {
  readonly user: string;
  readonly customers: Snapshot<CustomerKeys>;
  readonly tz: string;
  /** Settings: "Lead score key follow-up at". */
  readonly keyLeadAt: number;
  /** Settings: "Follow-up record refresh (days)". */
  readonly refreshDays: number;
  readonly now: number;
}

export function myQueue(env: Env, { user, customers, tz, keyLeadAt, refreshDays, now }: QueueFor): Queue {
  // An Owner pasted from another sheet may carry stray spaces or capitals: it is still that person.
  const me = emailKey(user);
  const mine = (owner: unknown) => user === '' || emailKey(String(owner)) === me;
  const wall = (d: unknown) => (d instanceof Date ? wallText(d.getTime(), tz) : '');
  const tickets = readTable(env.ss, TICKETS, {
    keys: [
      'customerId',
      'subject',
      'owner',
      'status',
      'slaStatus',
      'ackDue',
      'planDue',
      'updateDue',
      'resolveDue',
      'acknowledged',
      'lastUpdate',
      'expectedBy',
    ],
  });
  const open: Array<QueueTicket & { dueMs: number }> = tickets.rows
    .filter((t) => mine(t.owner) && t.status !== 'Resolved' && t.status !== 'Closed')
    .map((t) => {
      // Only a target still to meet, as the hourly job judges it: a given plan keeps its Plan Due.
      const progress = {
        status: textOf(t.status),
        acknowledged: msOf(t.acknowledged),
        lastUpdate: msOf(t.lastUpdate),
      };
      const met: Record<(typeof DUE_KEYS)[number][0], boolean> = {
        ackDue: ackGiven(progress),
        planDue: planGiven(progress),
        updateDue: false,
        resolveDue: false,
      };
      const pending = DUE_KEYS.filter(([k]) => t[k] instanceof Date && !met[k])
        .map(([k, label]) => ({ label, due: t[k] as Date }))
        .sort((a, b) => a.due.getTime() - b.due.getTime());
      const next = pending[0];
      const nextMs = next?.due.getTime() ?? null;
      // Words typed in Expected By that are no date are the person's note, not a time to keep.
      const expectation = { status: textOf(t.status), expectedBy: msOf(t.expectedBy) };
      const expected = expectedFirst(expectation, nextMs);
      return {
        id: String(t.id),
        customerId: String(t.customerId),
        subject: String(t.subject),
        status: String(t.status),
        slaStatus: String(t.slaStatus),
        nextTarget: next?.label ?? '',
        nextDue: wall(next?.due),
        expected: expected === null ? '' : expectationWords(expected, now, wallText(expected, tz)),
        dueMs: queueAt(expectation, nextMs),
      };
    })
    .sort((a, b) => a.dueMs - b.dueMs);
  // A duplicate merged into another is no customer of its own: in no list of work.
  const myCustomers = customers.rows.filter((c) => mine(c.owner) && !isMerged(c));
  // A customer who left is sent no survey: off the list at once, before the daily job closes it.
  const surveyed = new Set(myCustomers.filter((c) => !isChurned(textOf(c.status))).map((c) => String(c.id)));
  const surveys = readTable(env.ss, SURVEYS, { keys: ['customerId', 'reason', 'ticketId', 'due', 'status'] });
  const ticketStatus = new Map(tickets.rows.map((t) => [textOf(t.id), textOf(t.status)] as const));
  return shown({
    alerts: openAlerts(env, mine),
    tickets: open.map(({ dueMs: _, ...t }) => t),
    followUps: myCustomers
      .filter((c) => c.followUpStatus === 'Overdue' && !metSince(c))
      .map((c) => ({
        id: String(c.id),
        name: String(c.name),
        why: `follow-up was due ${c.nextFollowUp instanceof Date ? dueText(c.nextFollowUp.getTime(), tz) : ''}`,
      })),
    keyLeads: keyLeads(myCustomers, keyLeadAt),
    atRisk: myCustomers
      .filter((c) => isAtRiskLevel(c.riskLevel))
      .map((c) => ({ id: String(c.id), name: String(c.name), why: `${c.riskLevel} risk: ${c.riskReasons}` })),
    refresh: staleRecords(myCustomers, now, refreshDays, wall),
    surveys: surveys.rows
      .filter((s) => s.status === 'Due' && surveyed.has(String(s.customerId)))
      // Its ticket reopened: the customer is asked once it is resolved again.
      .filter(
        (s) =>
          surveyWaitsForTicket(
            { id: textOf(s.id), reason: textOf(s.reason), ticketId: textOf(s.ticketId) },
            ticketStatus.get(textOf(s.ticketId)),
          ) === null,
      )
      .map((s) => ({
        id: String(s.id),
        customerId: String(s.customerId),
        reason: String(s.reason),
        // Due holds a day: "due 2026-11-25", not "2026-11-25 00:00", which reads as the night before.
        due: showCell(env, SURVEYS, 'due', s.due),
      })),
  });
}

/** A touch logged since the daily run met the follow-up it marked Overdue (Log interaction moves Last Contact). */
function metSince(c: { nextFollowUp: Cell; lastContact: Cell }): boolean {
  const due = msOf(c.nextFollowUp);
  const last = msOf(c.lastContact);
  return due !== null && last !== null && meetsFollowUp(due, last);
}

/**
 * Records for their owner to review and bring up to date (DOMAIN.md: customer record refresh,
 * monthly), the longest unsaved first. Saving one from Edit customer stamps Updated.
 */
function staleRecords(
  customers: Snapshot<CustomerKeys>['rows'],
  now: number,
  days: number,
  wall: (d: unknown) => string,
): QueueCustomer[] {
  return customers
    .map((c) => ({
      c,
      record: refreshedRecordOf(c),
    }))
    .filter(({ record }) => needsRefresh(record, now, days))
    .map(({ c, record }) => ({ c, saved: lastSaved(record)! }))
    .sort((a, b) => a.saved - b.saved)
    .map(({ c, saved }) => ({
      id: String(c.id),
      name: String(c.name),
      why: `record last saved ${wall(new Date(saved))}`,
    }));
}

/** A lead (not yet won) scoring the setting or more is a key follow-up (DOMAIN.md). */
function keyLeads(customers: Snapshot<CustomerKeys>['rows'], at: number) {
  return customers
    .filter((c) => isLead(textOf(c.status)) && typeof c.leadScore === 'number')
    .filter((c) => (c.leadScore as number) >= at)
    .sort((a, b) => (b.leadScore as number) - (a.leadScore as number))
    .map((c) => ({
      id: String(c.id),
      name: String(c.name),
      why: [textOf(c.status), `lead score ${c.leadScore} (key follow-up from ${at})`]
        .filter(Boolean)
        .join(', '),
    }));
}

/** Each list shows its first SHOWN items (a sidebar is no place for 2,000 rows) and its total. */
const SHOWN = 50;

function shown(all: Omit<Queue, 'totals'>): Queue {
  const lists = Object.entries(all).map(([name, list]) => [name, list.slice(0, SHOWN), list.length] as const);
  return {
    ...(Object.fromEntries(lists.map(([name, list]) => [name, list])) as Omit<Queue, 'totals'>),
    totals: Object.fromEntries(lists.map(([name, , total]) => [name, total])) as Queue['totals'],
  };
}

function openAlerts(env: Env, mine: (person: unknown) => boolean): QueueAlert[] {
  const alerts = readTable(env.ss, ALERTS, {
    keys: ['raised', 'kind', 'recordId', 'message', 'owner', 'escalatedTo', 'status'],
  });
  return (
    alerts.rows
      .filter((a) => a.status === 'Open' && (mine(a.owner) || (a.escalatedTo !== '' && mine(a.escalatedTo))))
      // Newest first by Raised, not by row: people sort the Alerts sheet.
      .map((a, row) => ({ a, row, at: msOf(a.raised) ?? Number.NEGATIVE_INFINITY }))
      .sort((x, y) => y.at - x.at || y.row - x.row)
      .map(({ a }) => ({
        id: String(a.id),
        kind: String(a.kind),
        recordId: String(a.recordId),
        message: String(a.message),
      }))
  );
}
