/**
 * The calls the sidebar makes through google.script.run, as types shared by both sides. Only
 * JSON crosses (Apps Script rejects Date objects): dates are wall-clock strings in the
 * spreadsheet's zone. Every call answers a Result and never throws.
 */

import type { CustomerInput, CustomerUpdateInput } from '../domain/records/customer';
import type { InteractionInput } from '../domain/records/interaction';
import type { SurveyAnswersInput, SurveyInput } from '../domain/records/survey';
import type { TicketInput, TicketUpdateInput } from '../domain/records/ticket';
import type { WhatChangedInput } from '../domain/records/what-changed';
import type { WinBackInput, WinBackOutcomeInput } from '../domain/records/win-back';
import type { Told } from '../domain/what-changed';
import type { PackedPicks } from './customer-picks';

/** Part of the work was saved; the message says which part and what to do. */
type Partly = { ok: false; kind: 'partly'; message: string };
export type Failure =
  | { ok: false; kind: 'invalid'; message: string; fields: Record<string, string> }
  | { ok: false; kind: 'busy' | 'setup' | 'full' | 'not-found' | 'error'; message: string }
  | Partly;
/**
 * The record was saved in full, but a step after it failed (its Audit Log row): `value` is what
 * the save answers, so the sidebar goes on as after a save, and warns.
 */
export type SavedButWarned<T> = Partly & { value: T };
export type Result<T> = { ok: true; value: T } | Failure | SavedButWarned<T>;

export interface Saved {
  id: string;
  /** True when this submit was seen before and nothing new was written. */
  repeated: boolean;
  /** What the person should know about the record just saved, in words for the form's message. */
  note?: string;
}

/** A customer as the picker needs it: [id, name, contact, email, tier, status, owner]. */
export type CustomerPick = [string, string, string, string, string, string, string];

export interface QueueTicket {
  id: string;
  customerId: string;
  subject: string;
  status: string;
  slaStatus: string;
  /** The nearest pending target: its name and due time. */
  nextTarget: string;
  nextDue: string;
  /**
   * When the customer expects it solved before that target, which places the ticket in the
   * queue: "customer expects it by 2026-11-24 15:00" ("expected" once passed); else ''.
   */
  expected: string;
}

export interface QueueCustomer {
  id: string;
  name: string;
  why: string;
}

export interface QueueSurvey {
  id: string;
  customerId: string;
  reason: string;
  due: string;
}

export interface QueueAlert {
  id: string;
  kind: string;
  recordId: string;
  message: string;
}

export interface Queue {
  tickets: QueueTicket[];
  followUps: QueueCustomer[];
  /** Leads (Potential, Intent, or no Status yet) whose lead score marks them for key follow-up, best first. */
  keyLeads: QueueCustomer[];
  atRisk: QueueCustomer[];
  /** Customers whose record was last saved longer ago than the refresh setting, oldest first. */
  refresh: QueueCustomer[];
  surveys: QueueSurvey[];
  /** Open alerts for the person (as owner or escalated to them), newest first. */
  alerts: QueueAlert[];
  /** How many each list holds in all; the lists above carry the first 50. */
  totals: Record<Exclude<keyof Queue, 'totals'>, number>;
}

export interface ScheduleStatus {
  installedBy: string;
  installedAt: string;
  lastRun: string;
  lastError: string;
  /** A warning to show: the last run failed, or none ran for over two hours. */
  warning: string;
}

export interface Bootstrap {
  user: string;
  timeZone: string;
  /** When the sidebar loaded, as an instant: the sidebar tells the time in `timeZone` from it. */
  nowMs: number;
  /** Packed: see customer-picks.ts; the sidebar unpacks it once. */
  customers: PackedPicks;
  queue: Queue;
  schedule: ScheduleStatus;
  vaguePhrases: string[];
  /** Settings' "Health: win-back check after (days)": Win back tells the owner when to check. */
  winBackCheckDays: number;
}

/** A submit carries a request ID so a double-click or a retry never makes two records. */
export interface Submit<T> {
  requestId: string;
  record: T;
}

export interface DuplicateWarning {
  id: string;
  name: string;
  why: string;
}

/** One line of a customer's history: a ticket, an interaction or a survey. */
export interface ActivityItem {
  readonly id: string;
  /** Wall-clock text in the spreadsheet's zone (or the cell as typed). */
  readonly when: string;
  readonly title: string;
  readonly detail: string;
}

/** What Edit customer shows under "History": each list its newest items and its whole count. */
export interface CustomerActivity {
  readonly tickets: { readonly total: number; readonly open: number; readonly items: ActivityItem[] };
  readonly interactions: { readonly total: number; readonly items: ActivityItem[] };
  readonly surveys: { readonly total: number; readonly items: ActivityItem[] };
}

export interface ServerApi {
  sidebarBootstrap(): Result<Bootstrap>;
  sidebarFindDuplicates(record: Pick<CustomerInput, 'name' | 'email'>): Result<DuplicateWarning[]>;
  sidebarCreateCustomer(submit: Submit<CustomerInput>): Result<Saved>;
  sidebarUpdateCustomer(submit: Submit<CustomerUpdateInput>): Result<Saved>;
  sidebarGetRecord(
    table: 'Customers' | 'Tickets' | 'Surveys',
    id: string,
  ): Result<Record<string, string | number | boolean>>;
  /** A customer's open tickets, latest interactions and surveys, for Edit customer. */
  sidebarCustomerActivity(id: string): Result<CustomerActivity>;
  sidebarLogInteraction(submit: Submit<InteractionInput>): Result<Saved>;
  sidebarCreateTicket(submit: Submit<TicketInput>): Result<Saved>;
  sidebarUpdateTicket(submit: Submit<TicketUpdateInput>): Result<Saved>;
  sidebarScheduleSurvey(submit: Submit<SurveyInput>): Result<Saved>;
  sidebarRecordSurvey(submit: Submit<SurveyAnswersInput>): Result<Saved>;
  sidebarMarkSurveySent(submit: Submit<{ id: string; sendEmail?: boolean }>): Result<Saved>;
  sidebarStartWinBack(submit: Submit<WinBackInput>): Result<Saved>;
  sidebarRecordWinBackOutcome(submit: Submit<WinBackOutcomeInput>): Result<Saved>;
  sidebarMergeCustomers(
    submit: Submit<{ keepId: string; mergeId: string }>,
  ): Result<Saved & { moved: number }>;
  /** Marks an alert Done (Done At stamped); marking a Done alert again changes nothing. */
  sidebarMarkAlertDone(submit: Submit<{ id: string }>): Result<Saved>;
  /**
   * After a month's low survey score (its improvement alert): emails the customers who answered
   * what changed, each logged as a Care interaction; with `send` false, only says how many.
   */
  sidebarTellWhatChanged(submit: Submit<WhatChangedInput>): Result<Told>;
}
