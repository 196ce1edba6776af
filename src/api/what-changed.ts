/**
 * Sidebar call: after a month's low survey score, email the customers who answered what the team
 * changed, and log each email as a Care interaction (src/domain/what-changed.ts). Asked first
 * with `send` false, it only counts; a second press sends. Under the document lock, so two
 * people pressing at once do not both email the same customers.
 */
import { isEmailAddress } from '../domain/email-address';
import { messageOf } from '../domain/message-of';
import { whatChangedSchema } from '../domain/records/what-changed';
import { counted } from '../domain/some-of';
import { whatChangedEmail } from '../domain/survey-email';
import { improvementOf } from '../domain/survey-improvements';
import { isChurned } from '../domain/values';
import { answeredIn, type Told, toldSubject, toldWords } from '../domain/what-changed';
import { appendRows } from '../sheets/append';
import { audit, describeChange } from '../sheets/audit';
import { isMerged, msOf, textOf } from '../sheets/cell-values';
import { relocated } from '../sheets/checked-write';
import { type Env, who } from '../sheets/env';
import { highestId, nextIds } from '../sheets/ids';
import { columnOf, locate } from '../sheets/layout';
import { withDocumentLock } from '../sheets/lock';
import { currentRows } from '../sheets/rows';
import { loadSection } from '../sheets/settings-sheet';
import { type Cell, readRecords, readTable } from '../sheets/table';
import { ALERTS, CUSTOMERS, INTERACTIONS, SURVEYS } from '../sheets/tables';
import type { Submit } from './contract';
import { afterSaving, parse } from './records';
import { FieldError, guard, ok, type Result } from './result';

export function tellWhatChanged(env: Env, submit: Submit<unknown>): Result<Told> {
  const parsed = parse(whatChangedSchema, submit?.record);
  if (!parsed.ok) return parsed;
  const { alertId, changes, send } = parsed.value;
  return guard(() =>
    withDocumentLock(env, () => {
      const { period, dimension } = improvementFor(env, alertId);
      const subject = toldSubject(alertId);
      const told = new Set(
        readRecords(env.ss, INTERACTIONS, ['customerId', 'subject'], 'customerId')
          .rows.filter((r) => textOf(r.subject) === subject)
          .map((r) => textOf(r.customerId)),
      );
      const answers = readRecords(env.ss, SURVEYS, ['customerId', 'responded', dimension], 'customerId').rows;
      const answered = answeredIn(
        answers.map((r) => ({
          customerId: textOf(r.customerId),
          responded: msOf(r.responded),
          score: r[dimension],
        })),
        period,
        env.timeZone(),
      );
      const { reachable, cannot } = addresses(
        env,
        answered.filter((id) => !told.has(id)),
      );
      const quota = reachable.length > 0 ? Math.max(0, env.mail().getRemainingDailyQuota()) : 0;
      const now = reachable.slice(0, Math.min(quota, MOST_PER_PRESS));
      const left = reachable.length - now.length;
      const result: Told = {
        id: alertId,
        repeated: false,
        month: period,
        sent: send,
        emailed: now.length,
        left,
        // The quota is used up by this press when it allows no more than a press sends.
        tomorrow: left > 0 && quota <= MOST_PER_PRESS,
        already: answered.filter((id) => told.has(id)).length,
        cannot,
      };
      if (!send || now.length === 0) return ok(result);
      const { signedBy } = loadSection(env, 'surveys');
      const emailed: Recipient[] = [];
      for (const customer of now) {
        const email = whatChangedEmail(customer.contact, period, dimension, changes, signedBy);
        try {
          env.mail().sendEmail({ to: customer.email, ...email });
          emailed.push(customer);
        } catch (e) {
          // One address Google refuses stops that email, not the others.
          cannot.push(`${customer.id}: Google refused ${customer.email} (${messageOf(e)})`);
        }
      }
      return logged(env, { ...result, emailed: emailed.length }, emailed, subject, changes);
    }),
  );
}

/**
 * Each email is a call of its own (up to a second), sent under the document lock: a press sends
 * this many at most, so saves and the hourly run (which wait 30 s for the lock) are not held off.
 */
const MOST_PER_PRESS = 20;

interface Recipient {
  readonly id: string;
  readonly contact: string;
  readonly email: string;
}

/** The improvement alert named, as its key tells it: only a low month's has customers to tell. */
function improvementFor(env: Env, alertId: string) {
  const alert = relocated(locate(env.ss, ALERTS, ['key']), alertId);
  if (!alert) throw new FieldError('alertId', `There is no alert ${alertId} in the Alerts sheet.`);
  const improvement = improvementOf(textOf(alert.record.key));
  if (!improvement)
    throw new FieldError(
      'alertId',
      `Alert ${alertId} is not about a month's low survey score, so it has no customers to tell.`,
    );
  return improvement;
}

/** The customers who can be emailed, and why the others cannot. */
function addresses(env: Env, ids: readonly string[]): { reachable: Recipient[]; cannot: string[] } {
  const customers = readTable(env.ss, CUSTOMERS, { keys: ['contact', 'email', 'status', 'mergedInto'] });
  const reachable: Recipient[] = [];
  const cannot: string[] = [];
  for (const id of ids) {
    const c = customers.byId.get(id);
    const email = textOf(c?.email);
    const why = !c
      ? 'is not in Customers'
      : isMerged(c)
        ? `was merged into ${textOf(c.mergedInto)}`
        : isChurned(textOf(c.status))
          ? 'has left (Churned)'
          : !email
            ? 'has no email address'
            : !isEmailAddress(email)
              ? `has the email address "${email}", which an email cannot go to`
              : '';
    if (why) cannot.push(`${id} ${why}`);
    else reachable.push({ id, contact: textOf(c!.contact), email });
  }
  return { reachable, cannot };
}

/**
 * Each customer emailed gets a Care interaction naming the alert, so the next press skips them,
 * and the Audit Log notes it. The emails went and cannot be taken back: a failure here says so.
 */
function logged(
  env: Env,
  told: Told,
  emailed: readonly Recipient[],
  subject: string,
  details: string,
): Result<Told> {
  if (emailed.length === 0) return ok(told);
  const layout = locate(env.ss, INTERACTIONS);
  const when = env.now();
  const loggedBy = who(env);
  let records: Array<Record<string, Cell> & { id: string; customerId: string }>;
  try {
    const inSheet = highestId(INTERACTIONS, currentRows(layout.sheet, columnOf(layout, 'id')).ids);
    const ids = nextIds(env, layout, emailed.length, inSheet);
    records = emailed.map((c, i) => ({
      id: ids[i]!,
      customerId: c.id,
      when,
      channel: 'Email',
      kind: 'Care',
      subject,
      details,
      participants: c.contact,
      loggedBy,
    }));
    appendRows(layout, records);
  } catch (e) {
    return {
      ok: false,
      kind: 'partly',
      message: `${toldWords(told)} But they could not be logged in Interactions (${messageOf(e)}), so pressing Send again would email them again: log it by hand for ${emailed.map((c) => c.id).join(', ')}.`,
    };
  }
  return afterSaving(`The email to ${counted(emailed.length, 'customer')}`, told, () =>
    audit(
      env,
      records.map((r) => ({
        action: 'create',
        table: INTERACTIONS.name,
        recordId: r.id,
        changes: [
          describeChange('customerId', '', r.customerId),
          describeChange('subject', '', subject),
        ].join('; '),
      })),
    ),
  );
}
