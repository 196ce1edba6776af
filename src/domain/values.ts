/**
 * The value sets of the public contract (DESIGN.md). Sheets shows them as dropdowns, the sidebar
 * as selects, and the schemas accept nothing else.
 */

export const CUSTOMER_STATUSES = ['Potential', 'Intent', 'Won', 'Churned'] as const;
/** A customer who left: surveyed no more (surveyState closes one not yet sent). */
export const isChurned = (status: string) => status === 'Churned';
/**
 * A customer not yet won: Potential, Intent, or a new record whose Status nobody has chosen yet
 * (the New customer form leaves it blank unless chosen). Such a one is called back and may be a
 * key lead.
 */
export const isLead = (status: string) => status === 'Potential' || status === 'Intent' || status === '';

/** Why a survey for a churned customer is refused, as the sidebar and the server both say it. */
export const churnedRefusal = (customer: string) =>
  `${customer} is Churned: surveys go to current customers. Change their Status in Customers first to survey them.`;

export const TIERS = ['VIP', 'Key', 'Regular'] as const;
export const PRIORITIES = ['High', 'Medium', 'Low'] as const;
export const NEED_TYPES = ['Product Purchase', 'Technical Consulting', 'Custom Service'] as const;
export const RENEWAL_INTENTS = ['Yes', 'Unsure', 'No'] as const;
/** Where a customer came from (DOMAIN.md, customer registration form). */
export const SOURCES = ['Website Form', 'Partner Referral', 'Trade Show', 'Phone', 'Other'] as const;
/** Headcount bands; the lead score reads them (bigger firms score higher). */
export const SIZES = ['1-10', '11-50', '51-200', '201-1000', '1000+'] as const;

export const TICKET_TYPES = ['Inquiry', 'Technical', 'Complaint'] as const;
export const DEPARTMENTS = ['Sales', 'Technical Support', 'Service Supervisor'] as const;
export const TICKET_LEVELS = ['Regular', 'Complex', 'Major', 'Critical'] as const;
export const TICKET_STATUSES = [
  'New',
  'Acknowledged',
  'In Progress',
  'Waiting on Customer',
  'Resolved',
  'Closed',
] as const;
export const TICKET_FEEDBACK = ['Resolved', 'Partially Resolved'] as const;
export const RATINGS = ['Satisfied', 'Basically Satisfied', 'Dissatisfied'] as const;

export const CHANNELS = ['Phone', 'Email', 'Visit', 'Meeting', 'Chat', 'Other'] as const;
export const INTERACTION_KINDS = ['Sales', 'Care', 'Support'] as const;

export const SURVEY_REASONS = [
  '3 Months',
  '6 Months',
  '12 Months',
  'After Ticket',
  'Project Delivery',
  'Ad Hoc',
] as const;
export const SURVEY_STATUSES = ['Due', 'Sent', 'Reminded', 'Responded', 'Expired'] as const;

export const SLA_STATUSES = ['Met', 'On Track', 'At Risk', 'Breached'] as const;
export const SLA_TARGETS = ['ack', 'plan', 'update', 'resolve'] as const;
export const RISK_LEVELS = ['High', 'Medium', 'Low'] as const;

export const ALERT_KINDS = [
  'SLA Breach',
  'At Risk',
  'Follow-up Overdue',
  'Survey Reminder',
  'Low Score',
  'Bad Data',
] as const;
export const ALERT_STATUSES = ['Open', 'Done'] as const;

export type CustomerStatus = (typeof CUSTOMER_STATUSES)[number];
export type Tier = (typeof TIERS)[number];
export type TicketType = (typeof TICKET_TYPES)[number];
export type Department = (typeof DEPARTMENTS)[number];
export type TicketLevel = (typeof TICKET_LEVELS)[number];
export type TicketStatus = (typeof TICKET_STATUSES)[number];
export type SlaStatus = (typeof SLA_STATUSES)[number];
export type SlaTarget = (typeof SLA_TARGETS)[number];
export type SurveyReason = (typeof SURVEY_REASONS)[number];
export type SurveyStatus = (typeof SURVEY_STATUSES)[number];
export type RiskLevel = (typeof RISK_LEVELS)[number];
export type AlertKind = (typeof ALERT_KINDS)[number];

/** Tickets in these states no longer run the resolve and update clocks. */
export const DONE_TICKET_STATUSES: readonly TicketStatus[] = ['Resolved', 'Closed'];
