/** Every sheet of the public contract (DESIGN.md), column by column, in contract order. */

import { CHURN_CAUSES, WIN_BACK_OUTCOMES } from '../domain/records/win-back';
import {
  ALERT_KINDS,
  ALERT_STATUSES,
  CHANNELS,
  CUSTOMER_STATUSES,
  DEPARTMENTS,
  INTERACTION_KINDS,
  NEED_TYPES,
  PRIORITIES,
  RATINGS,
  RENEWAL_INTENTS,
  RISK_LEVELS,
  SIZES,
  SLA_STATUSES,
  SOURCES,
  SURVEY_REASONS,
  SURVEY_STATUSES,
  TICKET_FEEDBACK,
  TICKET_LEVELS,
  TICKET_STATUSES,
  TICKET_TYPES,
  TIERS,
} from '../domain/values';
import { computed, entered, shared, type TableDef, wide } from './columns';

const FOLLOW_UP_STATUSES = ['OK', 'Due Soon', 'Overdue'] as const;

export const CUSTOMERS = {
  name: 'Customers',
  idPrefix: 'C',
  idDigits: 4,
  columns: [
    entered('id', 'ID', 'id'),
    wide(entered('name', 'Name'), 240),
    entered('industry', 'Industry'),
    entered('size', 'Size', 'enum', SIZES),
    entered('mainBusiness', 'Main Business'),
    entered('contact', 'Contact'),
    entered('title', 'Title'),
    entered('phone', 'Phone', 'phone'),
    entered('email', 'Email', 'email'),
    wide(entered('needs', 'Needs')),
    entered('needKeywords', 'Need Keywords'),
    entered('needType', 'Need Type', 'enum', NEED_TYPES),
    entered('priority', 'Priority', 'enum', PRIORITIES),
    entered('source', 'Source', 'enum', SOURCES),
    entered('firstContact', 'First Contact', 'date'),
    entered('expectedStart', 'Expected Start', 'date'),
    entered('status', 'Status', 'enum', CUSTOMER_STATUSES),
    entered('tier', 'Tier', 'enum', TIERS),
    entered('owner', 'Owner', 'email'),
    entered('contractValue', 'Contract Value', 'money'),
    entered('contractStart', 'Contract Start', 'date'),
    entered('renewalDate', 'Renewal Date', 'date'),
    entered('renewalIntent', 'Renewal Intent', 'enum', RENEWAL_INTENTS),
    wide(entered('notes', 'Notes')),
    entered('created', 'Created', 'datetime'),
    entered('updated', 'Updated', 'datetime'),
    computed('lastContact', 'Last Contact', 'datetime'),
    computed('nextFollowUp', 'Next Follow-up', 'datetime'),
    computed('followUpStatus', 'Follow-up Status', 'enum', FOLLOW_UP_STATUSES),
    computed('healthScore', 'Health Score', 'number'),
    computed('riskLevel', 'Risk Level', 'enum', RISK_LEVELS),
    wide(computed('riskReasons', 'Risk Reasons')),
    computed('healthTrend', 'Health Trend'),
    computed('leadScore', 'Lead Score', 'number'),
    computed('suggestedTier', 'Suggested Tier'),
    computed('duplicateOf', 'Possible Duplicate'),
    // Set by the sidebar's merge action (a person's decision), so it is an entered column.
    entered('mergedInto', 'Merged Into', 'id'),
  ],
} as const satisfies TableDef;

export const INTERACTIONS = {
  name: 'Interactions',
  idPrefix: 'I',
  idDigits: 6,
  columns: [
    entered('id', 'ID', 'id'),
    entered('customerId', 'Customer ID', 'id'),
    entered('when', 'When', 'datetime'),
    entered('channel', 'Channel', 'enum', CHANNELS),
    entered('kind', 'Kind', 'enum', INTERACTION_KINDS),
    wide(entered('subject', 'Subject'), 240),
    wide(entered('details', 'Details')),
    entered('participants', 'Participants'),
    wide(entered('feedback', 'Feedback')),
    entered('nextAction', 'Next Action'),
    entered('nextActionDue', 'Next Action Due', 'date'),
    entered('loggedBy', 'Logged By', 'email'),
  ],
} as const satisfies TableDef;

export const TICKETS = {
  name: 'Tickets',
  idPrefix: 'T',
  idDigits: 5,
  columns: [
    entered('id', 'ID', 'id'),
    entered('customerId', 'Customer ID', 'id'),
    wide(entered('subject', 'Subject'), 240),
    wide(entered('description', 'Description')),
    entered('type', 'Type', 'enum', TICKET_TYPES),
    entered('level', 'Level', 'enum', TICKET_LEVELS),
    entered('channel', 'Channel', 'enum', CHANNELS),
    entered('submitted', 'Submitted', 'datetime'),
    entered('expectedBy', 'Expected By', 'datetime'),
    entered('department', 'Department', 'enum', DEPARTMENTS),
    entered('owner', 'Owner', 'email'),
    entered('status', 'Status', 'enum', TICKET_STATUSES),
    entered('progress', 'Progress', 'number'),
    entered('acknowledged', 'Acknowledged', 'datetime'),
    entered('lastUpdate', 'Last Update', 'datetime'),
    entered('waitingSince', 'Waiting Since', 'datetime'),
    entered('pausedMinutes', 'Paused Minutes', 'number'),
    entered('resolved', 'Resolved', 'datetime'),
    entered('closed', 'Closed', 'datetime'),
    wide(entered('solution', 'Solution')),
    entered('feedback', 'Feedback', 'enum', TICKET_FEEDBACK),
    entered('rating', 'Rating', 'enum', RATINGS),
    wide(entered('suggestion', 'Suggestion')),
    computed('ackDue', 'Ack Due', 'datetime'),
    computed('planDue', 'Plan Due', 'datetime'),
    computed('updateDue', 'Update Due', 'datetime'),
    computed('resolveDue', 'Resolve Due', 'datetime'),
    computed('slaStatus', 'SLA Status', 'text', SLA_STATUSES),
    computed('breaches', 'Breaches'),
    computed('escalated', 'Escalated', 'datetime'),
  ],
} as const satisfies TableDef;

export const SURVEYS = {
  name: 'Surveys',
  idPrefix: 'S',
  idDigits: 5,
  columns: [
    entered('id', 'ID', 'id'),
    entered('customerId', 'Customer ID', 'id'),
    entered('reason', 'Reason', 'enum', SURVEY_REASONS),
    entered('ticketId', 'Ticket ID', 'id'),
    entered('due', 'Due', 'date'),
    entered('sent', 'Sent', 'datetime'),
    entered('responded', 'Responded', 'datetime'),
    entered('responseSpeed', 'Response Speed', 'score'),
    entered('resolution', 'Resolution', 'score'),
    entered('professionalism', 'Professionalism', 'score'),
    entered('productFit', 'Product Fit', 'score'),
    entered('proactiveCare', 'Proactive Care', 'score'),
    entered('recommend', 'Recommend', 'score'),
    wide(entered('comments', 'Comments')),
    shared('status', 'Status', 'enum', SURVEY_STATUSES),
    computed('reminderDue', 'Reminder Due', 'datetime'),
    computed('closes', 'Closes', 'datetime'),
    wide(computed('problems', 'Problems')),
  ],
} as const satisfies TableDef;

/** The Tickets cells a status change stamps (the sidebar, onEdit) and the SLA clock reads. */
export const TICKET_STAMPS = [
  'acknowledged',
  'lastUpdate',
  'waitingSince',
  'pausedMinutes',
  'resolved',
  'closed',
] as const;

/** Alerts are raised by the jobs; people mark them Done. Key makes raising idempotent. */
export const ALERTS = {
  name: 'Alerts',
  idPrefix: 'A',
  idDigits: 5,
  columns: [
    entered('id', 'ID', 'id'),
    computed('raised', 'Raised', 'datetime'),
    computed('kind', 'Kind', 'enum', ALERT_KINDS),
    computed('recordId', 'Record ID', 'id'),
    computed('customerId', 'Customer ID', 'id'),
    wide(computed('message', 'Message')),
    computed('owner', 'Owner', 'email'),
    computed('escalatedTo', 'Escalated To', 'email'),
    computed('due', 'Due', 'datetime'),
    entered('status', 'Status', 'enum', ALERT_STATUSES),
    entered('doneAt', 'Done At', 'datetime'),
    computed('urgent', 'Urgent'),
    computed('mailed', 'Mailed', 'datetime'),
    computed('key', 'Key'),
  ],
} as const satisfies TableDef;

/** Done alerts older than 90 days, moved here by the daily job to keep Alerts small. */
export const ALERTS_ARCHIVE = {
  name: 'Alerts Archive',
  idPrefix: ALERTS.idPrefix,
  idDigits: ALERTS.idDigits,
  appendOnly: true,
  columns: [
    ...ALERTS.columns.map((c) => ({ ...c, owner: 'computed' as const })),
    computed('archived', 'Archived', 'datetime'),
  ],
} as const satisfies TableDef;

export const AUDIT_LOG = {
  name: 'Audit Log',
  idPrefix: 'L',
  idDigits: 6,
  appendOnly: true,
  columns: [
    computed('id', 'ID', 'id'),
    computed('time', 'Time', 'datetime'),
    computed('user', 'User'),
    computed('action', 'Action'),
    computed('table', 'Table'),
    computed('recordId', 'Record ID', 'id'),
    wide(computed('changes', 'Changes')),
  ],
} as const satisfies TableDef;

/**
 * Each attempt to win a customer back: cause, measures, a check 3 days on, the day the measures
 * should be done by, and the outcome.
 */
export const WIN_BACKS = {
  name: 'Win-backs',
  idPrefix: 'W',
  idDigits: 5,
  columns: [
    entered('id', 'ID', 'id'),
    entered('customerId', 'Customer ID', 'id'),
    entered('started', 'Started', 'datetime'),
    entered('cause', 'Churn Cause', 'enum', CHURN_CAUSES),
    wide(entered('measures', 'Win-back Measures')),
    entered('owner', 'Owner', 'email'),
    entered('checkBy', 'Check Reaction By', 'datetime'),
    entered('expectedCompletion', 'Expected Completion', 'date'),
    entered('outcome', 'Outcome', 'enum', WIN_BACK_OUTCOMES),
    entered('outcomeAt', 'Outcome Date', 'datetime'),
  ],
} as const satisfies TableDef;

/** One row per customer per month, so the health trend is kept. */
export const HEALTH_HISTORY = {
  name: 'Health History',
  idPrefix: 'H',
  idDigits: 6,
  appendOnly: true,
  columns: [
    computed('id', 'ID', 'id'),
    computed('month', 'Month'),
    computed('customerId', 'Customer ID', 'id'),
    computed('score', 'Health Score', 'number'),
    computed('riskLevel', 'Risk Level', 'enum', RISK_LEVELS),
    computed('recorded', 'Recorded', 'datetime'),
  ],
} as const satisfies TableDef;

/** Settings are rows of name and value, so a manager edits them like any other sheet. */
export const SETTINGS = {
  name: 'Settings',
  idPrefix: '',
  idDigits: 0,
  columns: [
    wide(entered('setting', 'Setting'), 320),
    wide(entered('value', 'Value'), 200),
    wide(computed('help', 'Help'), 600),
  ],
} as const satisfies TableDef;

export const RECORD_TABLES = [
  CUSTOMERS,
  INTERACTIONS,
  TICKETS,
  SURVEYS,
  ALERTS,
  AUDIT_LOG,
  HEALTH_HISTORY,
] as const;

export const DASHBOARD_SHEET = 'Dashboard';
/** The Dashboard's first cell, the status block's title: how Set up knows the sheet is ours. */
export const STATUS_TITLE = 'Schedule status';
