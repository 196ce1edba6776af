/** Sidebar call: log one touch with a customer. */
import { interactionSchema } from '../domain/records/interaction';
import { SAY_MORE, vagueDetails } from '../domain/specific-records';
import type { Env } from '../sheets/env';
import { who } from '../sheets/env';
import { settingsOrDefaults } from '../sheets/settings-sheet';
import { INTERACTIONS } from '../sheets/tables';
import type { Saved, Submit } from './contract';
import { createRecord, parse } from './records';
import { guard, invalid, ok, type Result } from './result';

export function logInteraction(env: Env, submit: Submit<unknown>): Result<Saved> {
  const parsed = parse(interactionSchema, submit?.record);
  if (!parsed.ok) return parsed;
  const vague = guard(() => {
    // The same phrases the sidebar checked against: the defaults while a Settings cell is broken.
    const { vaguePhrases } = settingsOrDefaults(env).value.interactions;
    return vagueDetails(parsed.value.details, vaguePhrases) ? invalid({ details: SAY_MORE }) : ok(null);
  });
  if (!vague.ok) return vague;
  return createRecord(env, INTERACTIONS, parsed.value, submit.requestId, () => ({
    loggedBy: who(env),
  }));
}
