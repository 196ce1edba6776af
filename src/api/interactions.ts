/** Sidebar call: log one touch with a customer. */
import { alertKeys } from '../domain/alert-keys';
import { meetsFollowUp } from '../domain/follow-ups';
import { messageOf } from '../domain/message-of';
import { interactionSchema } from '../domain/records/interaction';
import { SAY_MORE, vagueDetails } from '../domain/specific-records';
import { instantFromWall } from '../domain/zone';
import { msOf } from '../sheets/cell-values';
import { relocated, writeChecked } from '../sheets/checked-write';
import type { Env } from '../sheets/env';
import { who } from '../sheets/env';
import { locate } from '../sheets/layout';
import { withDocumentLock } from '../sheets/lock';
import { settingsOrDefaults } from '../sheets/settings-sheet';
import { CUSTOMERS, INTERACTIONS } from '../sheets/tables';
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
  return withNote(saved, () => {
    const touch = instantFromWall(when, env.timeZone());
    try {
      keepLastContact(env, customerId, touch);
    } catch (e) {
      // The touch is saved; the daily run brings Last Contact up to date from it.
      env.log(`Last Contact of ${customerId} waits for the daily run: ${messageOf(e)}`);
    }
    return settleAlerts(env, followUpsMet(customerId, touch));
  });
}

const followUpsMet =
  (customerId: string, touch: number) =>
  ({ key, due }: Settling): boolean =>
    key.startsWith(alertKeys.followUp(customerId, '')) && due !== null && meetsFollowUp(due, touch);

/**
 * The customer's Last Contact, at once rather than at the next daily run, so My queue stops listing
 * a follow-up the touch met (queue.ts). Only a later touch that has happened moves it: one ahead
 * (a meeting logged in advance) counts once its time comes, and the daily run works out the rest.
 */
function keepLastContact(env: Env, customerId: string, touch: number): void {
  if (touch > env.now().getTime()) return;
  withDocumentLock(env, () => {
    const layout = locate(env.ss, CUSTOMERS, ['lastContact']);
    const at = relocated(layout, customerId);
    const last = at ? msOf(at.record.lastContact) : null;
    if (at && (last === null || touch > last))
      writeChecked(layout, customerId, at, { lastContact: new Date(touch) });
  });
}
