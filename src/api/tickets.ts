/** Sidebar calls for tickets: register one, and move it along (status, progress, solution, verdict). */
import { alertKeys } from '../domain/alert-keys';
import type { Calendar } from '../domain/calendar';
import { earlierThanResolve, expectedFirst } from '../domain/expected-by';
import { expectedTooEarly, type Ticket, ticketSchema, ticketUpdateSchema } from '../domain/records/ticket';
import { departmentFor } from '../domain/routing';
import { SettingsError } from '../domain/settings';
import { slaOnClock, ticketClock } from '../domain/sla';
import type { SlaTicketRow } from '../domain/sla-ticket';
import { missingSolution } from '../domain/ticket-lifecycle';
import { instantFromWall, isAhead, startOfMinute, wallFromInstant, wallText } from '../domain/zone';
import { msOf, slaRowOf, textOf } from '../sheets/cell-values';
import type { Env } from '../sheets/env';
import { loadSection } from '../sheets/settings-sheet';
import type { Cell } from '../sheets/table';
import { TICKETS } from '../sheets/tables';
import { handOverAlerts, keyed, settleAlerts } from './alerts';
import type { Saved, Submit } from './contract';
import { createRecord, given, parse, updateRecord, withNote } from './records';
import { FieldError, guard, invalid, ok, type Result } from './result';
import { settingsCalendar, stampsFor, ticketClocks } from './ticket-clock';

export function createTicket(env: Env, submit: Submit<unknown>): Result<Saved> {
  const parsed = parse(ticketSchema, submit?.record);
  if (!parsed.ok) return parsed;
  const t = parsed.value;
  const timely = checkedAgainstNow(env, t);
  if (!timely.ok) return timely;
  let savedAt: Date | undefined;
  let tier = '';
  // Stamps fill only what was left empty; typed values were already converted to cells.
  const saved = createRecord(
    env,
    TICKETS,
    t,
    submit.requestId,
    (now) => {
      savedAt = now;
      return {
        ...(t.submitted === '' ? { submitted: now } : {}),
        ...(t.department === '' ? { department: departmentFor(t.type) } : {}),
        status: 'New',
        progress: 0,
        pausedMinutes: 0,
      };
    },
    // The customer as the save read it (never one merged away) gives the ticket's clock.
    (customer) => {
      tier = textOf(customer?.tier);
    },
  );
  return withNote(saved, () => {
    if (!savedAt || t.expectedBy === '') return undefined;
    const tz = env.timeZone();
    const submitted = t.submitted === '' ? savedAt.getTime() : instantFromWall(t.submitted, tz);
    return expectationNote(
      env,
      () => ticketClock(tier, () => settingsCalendar(env)),
      { submitted, status: 'New', level: t.level, pausedMinutes: 0 },
      instantFromWall(t.expectedBy, tz),
      savedAt.getTime(),
    );
  });
}

/**
 * When the customer expects the ticket solved before the resolve target the SLA policy puts on it
 * (the hourly job writes Resolve Due later), the person saving it is told which time to plan for.
 * A broken SLA or calendar setting leaves it unsaid: the ticket is saved all the same, and the
 * sidebar already names the cell to fix.
 */
function expectationNote(
  env: Env,
  clock: () => Calendar,
  row: SlaTicketRow,
  expectedBy: number | null,
  now: number,
): string | undefined {
  const expectation = { status: row.status, expectedBy };
  // Settings are read only for a ticket held to the customer's time.
  if (expectedFirst(expectation, null) === null) return undefined;
  try {
    const sla = slaOnClock(row, clock(), loadSection(env, 'sla'), now);
    const resolveDue = sla.ok ? sla.value.resolveDue : null;
    return earlierThanResolve(expectation, resolveDue, now, env.timeZone()) ?? undefined;
  } catch (e) {
    if (e instanceof SettingsError) return undefined;
    throw e;
  }
}

/**
 * What the schema cannot check without now: Submitted is not ahead of it (a year typed wrong would
 * hold the ticket out of the SLA until the hourly job flags it), one left empty is now, and
 * Expected By is not before it.
 */
function checkedAgainstNow(env: Env, t: Ticket): Result<null> {
  return guard(() => {
    const now = env.now().getTime();
    const tz = env.timeZone();
    if (t.submitted && isAhead(instantFromWall(t.submitted, tz), now))
      return invalid({ submitted: 'This is in the future: enter when the customer raised it.' });
    const early = expectedTooEarly(t.submitted || wallFromInstant(now, tz), t.expectedBy);
    return early ? invalid({ expectedBy: early }) : ok(null);
  });
}

/**
 * Times typed into Update ticket that cannot be: an Expected By before the ticket was submitted,
 * a Last Update (when the customer was last told how it goes) ahead of now or before the minute the
 * ticket was submitted.
 */
function refuseImpossibleTimes(
  submitted: number | null,
  fields: { expectedBy?: string; lastUpdate?: string },
  tz: string,
  now: number,
): void {
  if (fields.expectedBy && submitted !== null) {
    const early = expectedTooEarly(wallFromInstant(submitted, tz), fields.expectedBy);
    if (early) throw new FieldError('expectedBy', early);
  }
  if (!fields.lastUpdate) return;
  const told = instantFromWall(fields.lastUpdate, tz);
  if (isAhead(told, now))
    throw new FieldError(
      'lastUpdate',
      'This is in the future: enter when you told the customer how it goes.',
    );
  if (submitted !== null && told < startOfMinute(submitted))
    throw new FieldError(
      'lastUpdate',
      `This is before the ticket was submitted (${wallText(submitted, tz)}).`,
    );
}

export function updateTicket(env: Env, submit: Submit<unknown>): Result<Saved> {
  const parsed = parse(ticketUpdateSchema, submit?.record);
  if (!parsed.ok) return parsed;
  const { id, ...fields } = parsed.value;
  const changes = given(fields);
  const clockFor = ticketClocks(env);
  const tz = env.timeZone();
  let after: { row: Record<string, Cell>; now: Date } | undefined;
  let formerOwner = '';
  const saved = updateRecord(env, TICKETS, id, (current, now) => {
    const status = fields.status;
    formerOwner = textOf(current.owner);
    refuseImpossibleTimes(msOf(current.submitted), fields, tz, now.getTime());
    // Checked against the row under the lock: the Solution may be there already, or be left out.
    if (status !== undefined || fields.solution !== undefined) {
      const missing = missingSolution(
        status ?? textOf(current.status),
        fields.solution ?? textOf(current.solution),
      );
      if (missing) throw new FieldError('solution', missing);
    }
    const stamps =
      status && status !== textOf(current.status)
        ? stampsFor(current, textOf(current.status), status, now, clockFor)
        : {};
    // A new Progress tells the customer how it goes, unless the person said when they did.
    const progressed =
      fields.progress !== undefined && fields.progress !== current.progress && fields.lastUpdate === undefined
        ? { lastUpdate: now }
        : {};
    const derived = { ...changes, ...progressed, ...stamps };
    // A new Level or Status moves the resolve target, so the customer's time is weighed again, as
    // it is when the customer agreed a new time.
    const retimed =
      fields.expectedBy !== undefined ||
      (['level', 'status'] as const).some((k) => fields[k] !== undefined && fields[k] !== textOf(current[k]));
    if (retimed) after = { row: { ...current, ...derived } as Record<string, Cell>, now };
    return derived;
  });
  const retimedNote = (): string | undefined => {
    if (!after) return undefined;
    const { row, now } = after;
    const clock = () => clockFor(textOf(row.customerId));
    // One typed now is wall-clock text until it is written; one kept is the cell's time.
    const typed = fields.expectedBy;
    const expectedBy = typed === undefined ? msOf(row.expectedBy) : typed ? instantFromWall(typed, tz) : null;
    return expectationNote(env, clock, slaRowOf(row), expectedBy, now.getTime());
  };
  return withNote(saved, () => {
    // A Solution written answers the request for it on a ticket typed done without one.
    const solved = fields.solution ? settleAlerts(env, keyed(alertKeys.noSolution(id))) : '';
    const owner = fields.owner;
    const handed =
      owner && formerOwner && owner !== formerOwner ? handOverAlerts(env, id, formerOwner, owner) : '';
    return [retimedNote(), solved, handed].filter(Boolean).join(' ');
  });
}
