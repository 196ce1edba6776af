/**
 * Mails each recipient one digest of their unmailed open alerts, within the daily mail quota,
 * and stamps Mailed on what was sent. Alerts held for business hours go out on a later run.
 */
import { type BusinessCalendar, isWorkingTime } from '../domain/calendar';
import { type Digest, type DigestAlert, digests, isAmong, managersWith } from '../domain/digest';
import { messageOf } from '../domain/message-of';
import { DAY_MS, wallText } from '../domain/zone';
import { type AlertsTable, MAIL_KEYS } from '../sheets/alerts';
import { fillIn } from '../sheets/fill-in';
import { storedJson } from '../sheets/stored-json';
import { writeComputed } from '../sheets/write-computed';
import { decodeOwed, encodeOwed } from './owed-stamps';
import type { JobContext } from './run';

export interface MailReport {
  sent: number;
  held: number;
  warning: string;
}

/**
 * Alerts mailed but not yet stamped (owed-stamps.ts): written to a document property right after
 * each email (one call), stamped Mailed in one write at the end. A run that dies in between leaves
 * them there, and the next run stamps them instead of mailing them again.
 */
const OWED = 'crm.mailedUnstamped';
/** Well under Apps Script's 9 KB a property value; beyond it the stamps are written at once. */
const OWED_LIMIT = 8000;
/** Longer than any weekend with holidays an escalation may be held over. */
const DONE_ESCALATION_DAYS = 7;

/** `table`: the Alerts as read for raising, with the alerts just raised. */
export function sendDigests(ctx: JobContext, calendar: BusinessCalendar, table: AlertsTable): MailReport {
  const { env } = ctx;
  const owed = decodeOwed(storedJson<unknown>(env, OWED, {}));
  const settle = () => {
    if (owed.size === 0) return;
    const stamps = [...owed].map(([id, at]) => [id, { mailed: new Date(at) }] as const);
    writeComputed(table, { values: new Map(stamps) });
    env.documentProperties().deleteProperty(OWED);
    owed.clear();
  };
  const inBusinessHours = isWorkingTime(calendar, ctx.now.getTime());
  const show = (d: Date) => wallText(d.getTime(), ctx.timeZone);
  const unmailed = table.rows.filter((r) => r.mailed === '' && !owed.has(String(r.id)));
  // An alert its owner marked Done before it was mailed (held for business hours) is still mailed
  // to the person it is escalated to: a missed target reaches the supervisor whatever the owner did.
  // Within a week of being raised: one older was settled long ago (a schedule that stood still, or
  // a version before this rule), and a supervisor needs no backlog of settled slips.
  const since = ctx.now.getTime() - DONE_ESCALATION_DAYS * DAY_MS;
  const heldBack = (r: (typeof unmailed)[number]) =>
    r.escalatedTo !== '' && r.raised instanceof Date && r.raised.getTime() >= since;
  const toMail = fillIn(table, unmailed, [...MAIL_KEYS, 'raised']).filter(
    (r) => r.status === 'Open' || heldBack(r),
  );
  const pending: DigestAlert[] = toMail.map((r) => ({
    id: String(r.id),
    kind: String(r.kind),
    recordId: String(r.recordId),
    message: String(r.message),
    due: r.due instanceof Date ? show(r.due) : '',
    owner: String(r.owner),
    escalatedTo: String(r.escalatedTo),
    urgent: r.urgent === 'Yes',
    done: r.status !== 'Open',
  }));
  const mailAll = inBusinessHours || !ctx.settings.housekeeping.mailInBusinessHours;
  const managers = ctx.settings.people.managers;
  const outgoing = digests(pending, mailAll, env.ss.getUrl(), managers);
  const mail = env.mail();
  const quota = mail.getRemainingDailyQuota();
  if (outgoing.length > quota) {
    settle();
    const warning = `${outgoing.length} alert emails held: only ${quota} emails left in today's Google quota.`;
    env.log(warning);
    return { sent: 0, held: outgoing.length, warning };
  }
  const mailed = new Set<string>();
  const refused: string[] = [];
  let sent = 0;
  // How many of the digests each alert is in (owner and supervisor get one each): it counts as
  // mailed once the last of them went and someone got it. A run that stops between them mails it
  // again next time, to all: one person may get it twice, and nobody goes without.
  const digestsLeft = new Map<string, number>();
  const count = (batch: readonly Digest[], step: number) => {
    for (const d of batch)
      for (const id of d.alertIds) digestsLeft.set(id, (digestsLeft.get(id) ?? 0) + step);
  };
  /**
   * Mails the digests, and returns each alert none of them reached with the addresses refused: an
   * address Google refuses stops that email alone, and the others go.
   */
  const reached = new Set<string>();
  const refusedTo = new Map<string, string[]>();
  const send = (batch: readonly Digest[]): Map<string, string[]> => {
    const unreached = new Map<string, string[]>();
    for (const digest of batch) {
      if (!ctx.hasTime()) break;
      const went = mailedTo(mail, digest);
      if (went) sent++;
      else refused.push(digest.to);
      // Recorded right after each email, not once at the end: a run that dies midway must not mail
      // the same alerts again next hour.
      for (const id of digest.alertIds) {
        if (went) reached.add(id);
        else refusedTo.set(id, [...(refusedTo.get(id) ?? []), digest.to]);
        const left = digestsLeft.get(id)! - 1;
        digestsLeft.set(id, left);
        if (left > 0) continue;
        if (!reached.has(id)) {
          unreached.set(id, refusedTo.get(id)!);
          continue;
        }
        owed.set(id, ctx.now.toISOString());
        mailed.add(id);
      }
      const record = encodeOwed(owed);
      if (record.length > OWED_LIMIT) settle();
      else env.documentProperties().setProperty(OWED, record);
    }
    return unreached;
  };
  // The Managers' digests go last, so an alert that reached no one (its owner's address refused,
  // say) joins them, saying why, rather than coming as a second email; while no one can be mailed
  // it stays unmailed, and the next run tries again.
  count(outgoing, 1);
  const unreached = send(outgoing.filter((d) => !isAmong(managers, d.to)));
  const toManagers = outgoing.filter((d) => isAmong(managers, d.to));
  const merged =
    unreached.size > 0 ? managersWith(pending, toManagers, unreached, env.ss.getUrl(), managers) : [];
  if (merged.length > 0 && merged.length <= mail.getRemainingDailyQuota()) {
    count(toManagers, -1);
    count(merged, 1);
    send(merged);
  } else send(toManagers);
  settle();
  const warning =
    refused.length > 0
      ? `Google refused the address ${refused.join(', ')}: correct it where the alert names it.`
      : '';
  if (warning) env.log(warning);
  return { sent, held: pending.filter((a) => !mailed.has(a.id)).length, warning };
}

/** Sends one digest; false when Google refuses its address ("Invalid email: …"). */
function mailedTo(mail: GoogleAppsScript.Mail.MailApp, digest: Digest): boolean {
  try {
    mail.sendEmail({
      to: digest.to,
      subject: digest.subject,
      body: digest.body,
      htmlBody: digest.htmlBody,
      name: 'CRM',
    });
    return true;
  } catch (e) {
    if (/invalid email/i.test(messageOf(e))) return false;
    throw e;
  }
}
