/**
 * The weekly problem report on the Dashboard (every run shows the last complete week) and in one
 * email to the Settings "Managers", sent on the first daily run from its Monday on that can send
 * it. The week mailed is remembered in document properties, so it goes once. Two weeks without a
 * ticket are not mailed.
 */
import { sameOnce } from '../domain/digest';
import { isEmailAddress } from '../domain/email-address';
import { weekOf } from '../domain/periods';
import {
  type ProblemRow,
  reportMail,
  ticketsShown,
  ticketsSubmitted,
  undatedNote,
  type WeeklyProblems,
} from '../domain/weekly-problems';
import { dayFromInstant } from '../domain/zone';
import { formatted, type Section } from './dashboard-sections';
import type { JobContext } from './run';

export const MAILED_KEY = 'crm.weeklyReportMailed';
/** MailApp refuses a message to more recipients than this. */
const MAX_RECIPIENTS = 50;

const rows = (list: readonly ProblemRow[]) =>
  list.map((r) => [
    r.problem,
    r.lastWeek,
    r.weekBefore,
    formatted(r.lastWeek - r.weekBefore, '+0;-0;0'),
    ticketsShown(r),
  ]);

export function weeklySections(report: WeeklyProblems): Section[] {
  const span = `${report.week.monday} to ${report.week.sunday}`;
  const header = ['Problem', 'Last week', 'Week before', 'Change', 'Tickets (last week)'];
  const note = `${ticketsSubmitted(report.tickets)} ${span}; ${report.ticketsBefore} the week before (${report.before.monday} to ${report.before.sunday}).${undatedNote(report)}`;
  return [
    {
      title: `Weekly problems by type (${span})`,
      note,
      header,
      rows: rows(report.byType),
      footer: ['Tickets by Type, counted in the week they were Submitted (Monday to Sunday).'],
    },
    {
      title: `Weekly problems by keyword (${span})`,
      header,
      rows: rows(report.byKeyword),
      footer: [
        'Words of Subject and Description (English and Chinese), each counted once per ticket; the most frequent of the last week first.',
      ],
    },
  ];
}

export interface WeeklyMail {
  readonly sent: boolean;
  /** What the status line should say ('' when nothing to say). */
  readonly note: string;
}

export function mailWeeklyReport(ctx: JobContext, report: WeeklyProblems): WeeklyMail {
  const { env } = ctx;
  const today = dayFromInstant(ctx.now.getTime(), ctx.timeZone);
  // The report's week ends on Sunday; today is the Monday after it only on a Monday.
  const { monday } = weekOf(report.week.start, ctx.timeZone, 1);
  const props = env.documentProperties();
  // Due from that Monday's first daily run; one that could not mail it (no quota left, a failed
  // run) leaves it to the next daily run, until the next week's report takes its place. A week
  // not after the one mailed went already: the zone moved west can make last week an older one.
  // (ISO dates compare as text.)
  if (report.week.monday <= (props.getProperty(MAILED_KEY) ?? '')) return { sent: false, note: '' };
  // A new workbook's first weeks: an email of zeros tells a manager nothing (the Dashboard shows them).
  if (report.tickets + report.ticketsBefore + report.undated.length === 0) return { sent: false, note: '' };
  const managers = sameOnce(ctx.settings.people.managers.filter(isEmailAddress));
  if (managers.length === 0)
    return { sent: false, note: today === monday ? 'weekly report not mailed: no Managers in Settings' : '' };
  const to = managers.slice(0, MAX_RECIPIENTS);
  const mail = env.mail();
  const quota = mail.getRemainingDailyQuota();
  if (to.length > quota) {
    const note = `weekly report held: ${to.length} recipients, only ${quota} emails left in today's Google quota`;
    env.log(note);
    return { sent: false, note };
  }
  const message = reportMail(report, env.ss.getUrl());
  mail.sendEmail({ to: to.join(','), ...message, name: 'CRM' });
  props.setProperty(MAILED_KEY, report.week.monday);
  const left = managers.length - to.length;
  return {
    sent: true,
    note: `weekly report mailed to ${to.length} managers${left ? ` (${left} left out: at most ${MAX_RECIPIENTS} per email)` : ''}`,
  };
}
