/** Sidebar call: log one touch with a customer. */
import { alertKeys } from '../domain/alert-keys';
import { interactionSchema } from '../domain/records/interaction';
import { SAY_MORE, vagueDetails } from '../domain/specific-records';
import { instantFromWall } from '../domain/zone';
import type { Env } from '../sheets/env';
import { who } from '../sheets/env';
import { settingsOrDefaults } from '../sheets/settings-sheet';
import { INTERACTIONS } from '../sheets/tables';
import { type Settling, settleAlerts } from './alerts';
import type { Saved, Submit } from './contract';
import { createRecord, parse, withNote } from './records';
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
  const saved = createRecord(env, INTERACTIONS, parsed.value, submit.requestId, () => ({
    loggedBy: who(env),
  }));
  const { customerId, when } = parsed.value;
  return withNote(saved, () =>
    settleAlerts(env, followUpsMet(customerId, instantFromWall(when, env.timeZone()))),
  );
}

/**
 * A touch at or after a missed follow-up's due time does what it asked, whatever it counted from
 * (follow-ups.ts): the call-back, the visits, the check-back, the cadence and the promised next
 * action all count as done once a later touch is logged. One that happened before the due time
 * (a May call logged only now) leaves it: the daily run weighs that.
 */
const followUpsMet =
  (customerId: string, when: number) =>
  ({ key, due }: Settling): boolean =>
    key.startsWith(alertKeys.followUp(customerId, '')) && due !== null && due <= when;
