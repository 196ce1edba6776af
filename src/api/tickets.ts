/** Sidebar calls for tickets: register one, and move it along (status, progress, solution, verdict). */
import { expectedTooEarly, type Ticket, ticketSchema, ticketUpdateSchema } from '../domain/records/ticket';
import { departmentFor } from '../domain/routing';
import { missingSolution } from '../domain/ticket-lifecycle';
import { instantFromWall, isAhead, wallFromInstant } from '../domain/zone';
import { textOf } from '../sheets/cell-values';
import type { Env } from '../sheets/env';
import { TICKETS } from '../sheets/tables';
import type { Saved, Submit } from './contract';
import { createRecord, given, parse, updateRecord } from './records';
import { FieldError, guard, invalid, ok, type Result } from './result';
import { stampsFor, ticketClocks } from './ticket-clock';

export function createTicket(env: Env, submit: Submit<unknown>): Result<Saved> {
  const parsed = parse(ticketSchema, submit?.record);
  if (!parsed.ok) return parsed;
  const t = parsed.value;
  const timely = checkedAgainstNow(env, t);
  if (!timely.ok) return timely;
  // Stamps fill only what was left empty; typed values were already converted to cells.
  return createRecord(env, TICKETS, t, submit.requestId, (now) => ({
    ...(t.submitted === '' ? { submitted: now } : {}),
    ...(t.department === '' ? { department: departmentFor(t.type) } : {}),
    status: 'New',
    progress: 0,
    pausedMinutes: 0,
  }));
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

export function updateTicket(env: Env, submit: Submit<unknown>): Result<Saved> {
  const parsed = parse(ticketUpdateSchema, submit?.record);
  if (!parsed.ok) return parsed;
  const { id, ...fields } = parsed.value;
  const changes = given(fields);
  return updateRecord(env, TICKETS, id, (current, now) => {
    const status = fields.status;
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
        ? stampsFor(current, textOf(current.status), status, now, ticketClocks(env))
        : {};
    const progressed =
      fields.progress !== undefined && fields.progress !== current.progress ? { lastUpdate: now } : {};
    return { ...changes, ...progressed, ...stamps };
  });
}
