/**
 * Win-back from the sidebar: the owner records the churn cause, the measures and, optionally, the
 * day they should be done by (Expected Completion); the reaction is checked the days set in
 * Settings later (the daily job alerts when that passes with no outcome); the outcome is recorded
 * as Won Back or Lost.
 */
import { alertKeys } from '../domain/alert-keys';
import {
  expectedCompletionRefusal,
  isOpenWinBack,
  winBackOutcomeSchema,
  winBackSchema,
} from '../domain/records/win-back';
import { reactionCheckDue } from '../domain/win-back-checks';
import { dayFromInstant } from '../domain/zone';
import { msOf, textOf } from '../sheets/cell-values';
import type { Env } from '../sheets/env';
import { who } from '../sheets/env';
import { loadSection } from '../sheets/settings-sheet';
import { readTable } from '../sheets/table';
import { WIN_BACKS } from '../sheets/tables';
import { keyed, settleAlerts } from './alerts';
import type { Saved, Submit } from './contract';
import { createRecord, parse, updateRecord, withNote } from './records';
import { FieldError, type Result } from './result';

export function startWinBack(env: Env, submit: Submit<unknown>): Result<Saved> {
  const parsed = parse(winBackSchema, submit?.record);
  if (!parsed.ok) return parsed;
  const { owner, ...rest } = parsed.value;
  // Read inside the save's guard: a broken health setting is answered in words, naming the cell;
  // a broken cell elsewhere in Settings does not stop the save.
  return createRecord(
    env,
    WIN_BACKS,
    rest,
    submit.requestId,
    (now) => ({
      started: now,
      checkBy: new Date(
        reactionCheckDue(now.getTime(), loadSection(env, 'health').winBackCheckDays, env.timeZone()),
      ),
      owner: owner || who(env),
      outcome: 'Open',
    }),
    () => {
      doneAfterStart(env, rest.expectedCompletion);
      noneOpen(env, rest.customerId);
    },
  );
}

/** The win-back starts now (Started), so its Expected Completion is today or later. */
function doneAfterStart(env: Env, expected: string): void {
  const today = dayFromInstant(env.now().getTime(), env.timeZone());
  const refusal = expectedCompletionRefusal(expected, today);
  if (refusal) throw new FieldError('expectedCompletion', refusal);
}

/** One open win-back per customer: a second would run its own reaction check beside the first. */
function noneOpen(env: Env, customerId: string): void {
  const open = readTable(env.ss, WIN_BACKS, { keys: ['customerId', 'outcome'] }).rows.find(
    (r) => textOf(r.customerId) === customerId && isOpenWinBack(textOf(r.outcome)),
  );
  if (open)
    throw new FieldError(
      'customerId',
      `Win-back ${textOf(open.id)} is still open for ${customerId}: record its outcome before starting another.`,
    );
}

export function recordWinBackOutcome(env: Env, submit: Submit<unknown>): Result<Saved> {
  const parsed = parse(winBackOutcomeSchema, submit?.record);
  if (!parsed.ok) return parsed;
  const { id, outcome, measures } = parsed.value;
  const saved = updateRecord(env, WIN_BACKS, id, (current, now) => {
    // The date the outcome came: saving it again (a retry, measures written up later) keeps it.
    const dated =
      outcome !== 'Open' && outcome === textOf(current.outcome) && msOf(current.outcomeAt) !== null;
    return {
      outcome,
      ...(dated ? {} : { outcomeAt: outcome === 'Open' ? '' : now }),
      ...(measures ? { measures } : {}),
    };
  });
  // The reaction check asked for this outcome; one still Open leaves it to ask again.
  return withNote(saved, () =>
    outcome === 'Open' ? undefined : settleAlerts(env, keyed(alertKeys.winBackCheck(id))),
  );
}
