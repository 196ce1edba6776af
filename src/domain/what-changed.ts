/**
 * Closing the loop on a low survey score (DOMAIN.md, "Satisfaction surveys": a low item gets an
 * improvement plan, and the customers who answered hear back what changed). The customers to tell
 * are those whose answer in the month scored the low dimension; each one told is logged as a Care
 * interaction whose Subject names the alert, so telling again reaches only those not told yet.
 */
import { counted } from './some-of';
import { monthName } from './survey-email';
import { periodOf } from './survey-groups';
import { scoreOf } from './survey-rows';

export interface Answer {
  readonly customerId: string;
  /** Epoch ms, null when not answered. */
  readonly responded: number | null;
  /** The low dimension's cell as read. */
  readonly score: unknown;
}

/** Customers whose answer in `month` ('2026-03', the spreadsheet's calendar) scored the dimension, each once. */
export function answeredIn(answers: readonly Answer[], month: string, timeZone: string): string[] {
  const ids = new Set<string>();
  for (const a of answers) {
    if (a.customerId === '' || a.responded === null || scoreOf(a.score) === null) continue;
    if (periodOf(a.responded, 'month', timeZone) === month) ids.add(a.customerId);
  }
  return [...ids];
}

/** The Subject of the interaction that records a customer was told. */
export const toldSubject = (alertId: string): string => `What we changed after your feedback (${alertId})`;

/** What telling the customers came to, or (`sent` false) would come to. */
export interface Told {
  /** The alert's ID. */
  id: string;
  repeated: boolean;
  /** The month whose answers it was about: '2026-03'. */
  month: string;
  sent: boolean;
  /** Emailed now, or to be emailed (a preview). */
  emailed: number;
  /** Still to email after this press. */
  left: number;
  /** They are left because today's email quota ran out (else because a press sends so many). */
  tomorrow: boolean;
  /** Told before (an interaction names the alert). */
  already: number;
  /** Customers who cannot be emailed, with why ("C-0003 has no email address"). */
  cannot: string[];
}

const customers = (n: number) => counted(n, 'customer');

/** The answer in words a person acts on. */
export function toldWords({ month, sent, emailed, left, tomorrow, already, cannot }: Told): string {
  const main = sent
    ? emailed > 0
      ? `Emailed ${customers(emailed)} what changed; each is logged in Interactions.`
      : 'Nobody was emailed.'
    : emailed > 0
      ? `This emails ${customers(emailed)} who answered in ${monthName(month)}.`
      : `There is nobody left to email among those who answered in ${monthName(month)}.`;
  const later = tomorrow
    ? `${customers(left)} more must wait for tomorrow: today's Google email quota is used up.`
    : `${customers(left)} more ${sent ? 'are left: press Send again' : 'follow when you press Send again'}.`;
  return [
    main,
    left > 0 ? later : '',
    already > 0 ? `${customers(already)} ${already === 1 ? 'was' : 'were'} told before.` : '',
    cannot.length > 0 ? `Not emailed: ${cannot.join('; ')}.` : '',
  ]
    .filter(Boolean)
    .join(' ');
}
