/**
 * The weekly problem review (DOMAIN.md, "Records, privacy and review"): the most frequent problems
 * of the past week (Monday to Sunday, the spreadsheet's calendar), by ticket Type and by keyword of
 * Subject and Description (English and Chinese, keywords.ts), each with its count against the week
 * before and the tickets behind it. A ticket counts in the week it was Submitted; a keyword counts
 * once per ticket however often the ticket repeats it.
 */
import { escapeHtml } from './digest';
import type { HanSplitter } from './han-words';
import { keywordsOf } from './keywords';
import { inWeek, type Week, weekOf } from './periods';
import { someOf } from './some-of';
import { TICKET_TYPES } from './values';

/** "1 ticket submitted", "12 tickets submitted": how the report opens. */
export const ticketsSubmitted = (n: number): string => `${n} ticket${n === 1 ? '' : 's'} submitted`;

/** The tickets behind a problem as shown: the first 100 named, the rest counted. */
export const ticketsShown = (r: Pick<ProblemRow, 'ticketIds'>): string => someOf(r.ticketIds, 100);

export interface ProblemTicket {
  readonly id: string;
  readonly type: string;
  readonly subject: string;
  readonly description: string;
  readonly submitted: number | null;
}

export interface ProblemRow {
  /** A Type ('Technical', '(no type)') or a keyword ('login', '登录'). */
  readonly problem: string;
  readonly lastWeek: number;
  readonly weekBefore: number;
  /** The past week's tickets behind it, in sheet order. */
  readonly ticketIds: readonly string[];
}

export interface WeeklyProblems {
  readonly week: Week;
  readonly before: Week;
  readonly tickets: number;
  readonly ticketsBefore: number;
  readonly byType: readonly ProblemRow[];
  readonly byKeyword: readonly ProblemRow[];
  /** Tickets in no week: Submitted empty, not a date, or after now (typed 2062 for 2026). */
  readonly undated: readonly string[];
}

export const TOP_PROBLEMS = 10;
export const NO_TYPE = '(no type)';

const typeOf = (t: ProblemTicket) => t.type || NO_TYPE;
const textOf = (t: ProblemTicket) => `${t.subject}\n${t.description}`;

function byType(last: readonly ProblemTicket[], before: readonly ProblemTicket[]): ProblemRow[] {
  const order = [...TICKET_TYPES, NO_TYPE] as string[];
  const types = [...new Set([...last, ...before].map(typeOf))];
  return types
    .map((type) => {
      const mine = last.filter((t) => typeOf(t) === type);
      return {
        problem: type,
        lastWeek: mine.length,
        weekBefore: before.filter((t) => typeOf(t) === type).length,
        ticketIds: mine.map((t) => t.id),
      };
    })
    .sort(
      (a, b) =>
        b.lastWeek - a.lastWeek ||
        b.weekBefore - a.weekBefore ||
        order.indexOf(a.problem) - order.indexOf(b.problem) ||
        a.problem.localeCompare(b.problem),
    );
}

/** Words every ticket may use that name no problem ("customer reported …", "客户反馈 …"). */
export const TICKET_FILLER = new Set(
  (
    'reported customer client user ticket issue problem says said asked today yesterday hi hello ' +
    'thanks thank 客户 用户 问题 反馈 您好 谢谢'
  ).split(' '),
);

function byKeyword(
  last: readonly ProblemTicket[],
  before: readonly ProblemTicket[],
  top: number,
  hanWords?: HanSplitter,
): ProblemRow[] {
  const words = (t: ProblemTicket) =>
    new Set(keywordsOf(textOf(t), hanWords).filter((w) => !TICKET_FILLER.has(w)));
  const lastWords = last.map((t) => ({ id: t.id, words: words(t) }));
  const beforeWords = before.map(words);
  // Each ticket's words once, most tickets first; ties keep first appearance (as topKeywords).
  const counts = new Map<string, number>();
  for (const t of lastWords) for (const w of t.words) counts.set(w, (counts.get(w) ?? 0) + 1);
  return [...counts]
    .sort((a, b) => b[1] - a[1])
    .slice(0, top)
    .map(([keyword, count]) => ({
      problem: keyword,
      lastWeek: count,
      weekBefore: beforeWords.filter((w) => w.has(keyword)).length,
      ticketIds: lastWords.filter((t) => t.words.has(keyword)).map((t) => t.id),
    }));
}

/** The report for the last complete week before `now`, against the week before it. */
export function weeklyProblems(
  tickets: readonly ProblemTicket[],
  now: number,
  timeZone: string,
  top = TOP_PROBLEMS,
  hanWords?: HanSplitter,
): WeeklyProblems {
  const week = weekOf(now, timeZone, -1);
  const before = weekOf(now, timeZone, -2);
  const last = tickets.filter((t) => inWeek(week, t.submitted));
  const earlier = tickets.filter((t) => inWeek(before, t.submitted));
  return {
    week,
    before,
    tickets: last.length,
    ticketsBefore: earlier.length,
    byType: byType(last, earlier),
    byKeyword: byKeyword(last, earlier, top, hanWords),
    undated: tickets.filter((t) => t.submitted === null || t.submitted > now).map((t) => t.id),
  };
}

export interface ReportMail {
  readonly subject: string;
  readonly body: string;
  readonly htmlBody: string;
}

const change = (r: ProblemRow) => {
  const d = r.lastWeek - r.weekBefore;
  return d > 0 ? `+${d}` : String(d);
};

/** Said beside the counts, so a manager knows they leave these tickets out ('' when none). */
export function undatedNote(report: WeeklyProblems): string {
  const n = report.undated.length;
  return n === 0
    ? ''
    : ` ${n} tickets are counted in no week, their Submitted empty, not a date or in the future: ${someOf(report.undated, 20)}; their SLA Status says what to fix.`;
}

/** The report as one email: plain text, and HTML with every value escaped. */
export function reportMail(report: WeeklyProblems, sheetUrl: string): ReportMail {
  const span = `${report.week.monday} to ${report.week.sunday}`;
  const against = `${report.before.monday} to ${report.before.sunday}`;
  const intro = `${ticketsSubmitted(report.tickets)} ${span} (${report.ticketsBefore} the week before, ${against}).${undatedNote(report)}`;
  const line = (r: ProblemRow) =>
    `${r.problem}: ${r.lastWeek} (week before ${r.weekBefore}, ${change(r)})${r.ticketIds.length ? ` - ${ticketsShown(r)}` : ''}`;
  const text = (title: string, rows: readonly ProblemRow[]) =>
    `${title}\n${rows.length ? rows.map((r) => `- ${line(r)}`).join('\n') : '- none'}`;
  const html = (title: string, rows: readonly ProblemRow[]) =>
    `<h3>${escapeHtml(title)}</h3>` +
    (rows.length
      ? `<table border="1" cellpadding="4" cellspacing="0"><tr><th>Problem</th><th>Last week</th><th>Week before</th><th>Change</th><th>Tickets</th></tr>${rows
          .map(
            (r) =>
              `<tr><td>${escapeHtml(r.problem)}</td><td>${r.lastWeek}</td><td>${r.weekBefore}</td><td>${change(r)}</td><td>${escapeHtml(ticketsShown(r))}</td></tr>`,
          )
          .join('')}</table>`
      : '<p>none</p>');
  return {
    subject: `CRM weekly problem report: ${span}`,
    body: `${intro}\n\n${text('By type', report.byType)}\n\n${text('By keyword (Subject and Description)', report.byKeyword)}\n\nOpen the sheet: ${sheetUrl}\n`,
    htmlBody:
      `<p>${escapeHtml(intro)}</p>${html('By type', report.byType)}` +
      `${html('By keyword (Subject and Description)', report.byKeyword)}` +
      `<p><a href="${escapeHtml(sheetUrl)}">Open the sheet</a></p>`,
  };
}
