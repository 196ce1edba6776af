/**
 * The headline figures and the per-owner table as Dashboard sections, each with the line that
 * says how its numbers are counted, so a manager can check any of them against the sheets.
 */
import type { DashboardFigures, Median, OwnerFigures, SlaMet } from '../domain/dashboard-figures';
import { percentFormat } from '../domain/percent-format';
import { plural } from '../domain/some-of';
import type { CareShare } from '../domain/specific-records';
import type { Figure } from '../domain/survey-summary';
import { formatted, type Section, type SectionCell } from './dashboard-sections';

export const FIGURES_TITLE = 'Service at a glance';
export const OWNERS_TITLE = 'By owner';
export const NO_OWNER = '(no owner)';

const pct = (share: number | null): SectionCell =>
  share === null ? '' : formatted(share, percentFormat(share));
const hours = (m: Median): SectionCell =>
  m.hours === null ? '' : formatted(Math.round(m.hours * 10) / 10, '0.0');
// toFixed as the survey summaries round it (a half away from zero): one quarter, one figure.
const score = (f: Figure): SectionCell =>
  f.value === null ? '' : formatted(Number(f.value.toFixed(0)), '0');
// With nothing to count, words: "0 of 0" reads to a newcomer like a score of nothing.
const resolvedOf = (r: SlaMet) =>
  `${r.whole === 0 ? 'no tickets resolved' : `${r.part} of ${r.whole} resolved`}${r.unchecked > 0 ? `; ${r.unchecked} left out: Check this row` : ''}`;
const answers = (f: Figure) => `${plural(f.count, 'answer')}${f.thin && f.count > 0 ? ' (thin)' : ''}`;
const tickets = (m: Median) => plural(m.count, 'ticket');
const touches = (c: CareShare) => (c.total === 0 ? 'no interactions' : `${c.care} of ${c.total} touches`);
const careShare = (c: CareShare): SectionCell => (c.total === 0 ? '' : pct(c.share));

export function figuresSection(
  f: DashboardFigures,
  asOf: string,
  { careGoal, refreshDays }: { careGoal: number; refreshDays: number },
): Section {
  const m = `${f.month.current} vs ${f.month.previous}`;
  const q = `${f.quarter.current} vs ${f.quarter.previous}`;
  return {
    title: FIGURES_TITLE,
    note: `As of ${asOf}. "Previous": the month or quarter before.`,
    header: ['Figure', 'Value', 'Based on', 'Previous', 'Based on (previous)'],
    rows: [
      ['Open tickets', f.openTickets, '', '', ''],
      ['Breached now', f.breachedNow, f.openTickets === 0 ? '' : `of ${f.openTickets} open`, '', ''],
      [
        `SLA met % (${m})`,
        pct(f.slaMet.current.share),
        resolvedOf(f.slaMet.current),
        pct(f.slaMet.previous.share),
        resolvedOf(f.slaMet.previous),
      ],
      [
        `Median hours to acknowledge (${m})`,
        hours(f.ackHours.current),
        tickets(f.ackHours.current),
        hours(f.ackHours.previous),
        tickets(f.ackHours.previous),
      ],
      [
        `Median hours to resolve (${m})`,
        hours(f.resolveHours.current),
        tickets(f.resolveHours.current),
        hours(f.resolveHours.previous),
        tickets(f.resolveHours.previous),
      ],
      ['At-risk customers', f.atRisk, '', '', ''],
      ['Overdue follow-ups', f.overdueFollowUps, '', '', ''],
      ['Records to refresh', f.recordsToRefresh, '', '', ''],
      ['Surveys due', f.surveysDue, '', '', ''],
      [
        `CSAT (${q})`,
        pct(f.csat.current.value),
        answers(f.csat.current),
        pct(f.csat.previous.value),
        answers(f.csat.previous),
      ],
      [
        `Recommend score (${q})`,
        score(f.recommend.current),
        answers(f.recommend.current),
        score(f.recommend.previous),
        answers(f.recommend.previous),
      ],
      [
        `Care share of touches (${q})`,
        careShare(f.care.current),
        touches(f.care.current),
        careShare(f.care.previous),
        touches(f.care.previous),
      ],
    ],
    footer: [
      'Open tickets: Status is not Resolved or Closed. Breached now: open tickets whose Breaches cell lists a missed target.',
      'SLA met %: tickets resolved in the month (Resolved, else Closed) with an empty Breaches cell, divided by all tickets resolved in the month; a ticket whose SLA Status reads "Check this row" was never timed and is left out of both.',
      'Median hours: business hours of the Settings calendar (7x24 for VIP customers) from Submitted to Acknowledged, for tickets acknowledged in the month; from Submitted to resolved, less Paused Minutes, for tickets resolved in the month.',
      `At-risk customers: Risk Level High or Medium. Overdue follow-ups: Follow-up Status Overdue. Records merged into another are not counted. Records to refresh: customers neither Churned nor merged into another whose record was last saved (Updated, else Created) over ${refreshDays} days ago. Surveys due: Surveys with Status Due.`,
      `CSAT: share of the quarter's answers whose dimension average is 4 or more. Recommend: % of 5s minus % of 1-3s. Care share: Care interactions of all interactions in the quarter (goal ${Math.round(careGoal * 100)}%).`,
    ],
  };
}

export function ownersSection(owners: readonly OwnerFigures[], f: DashboardFigures): Section {
  const total = f.care.current;
  return {
    title: OWNERS_TITLE,
    header: [
      'Owner',
      'Open tickets',
      'Breached now',
      'Overdue follow-ups',
      'At-risk customers',
      'Records to refresh',
      `Care share ${f.quarter.current}`,
      'Care touches',
    ],
    rows: [
      ...owners.map((o) => [
        o.owner || NO_OWNER,
        o.openTickets,
        o.breachedNow,
        o.overdueFollowUps,
        o.atRisk,
        o.recordsToRefresh,
        careShare(o.care),
        touches(o.care),
      ]),
      [
        'Total',
        f.openTickets,
        f.breachedNow,
        f.overdueFollowUps,
        f.atRisk,
        f.recordsToRefresh,
        careShare(total),
        touches(total),
      ],
    ],
    footer: [
      "Tickets count under the ticket's Owner; follow-ups, at-risk customers, records to refresh and Care touches under the customer's Owner; an address in another letter case is the same person. Definitions as in the table above.",
    ],
  };
}
