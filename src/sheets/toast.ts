/**
 * A toast for the person who chose a menu item or typed in the sheet: Apps Script itself shows only
 * "Finished script", and nobody reads the execution log. Showing it must never turn work that was
 * done into a failure, so a toast that cannot be shown is only logged.
 */
import { messageOf } from '../domain/message-of';
import type { Env } from './env';

/** `seconds`: how long it stays (Apps Script's own default is 5). */
export function tellInToast(env: Env, text: string, title: string, seconds = 10): void {
  try {
    env.ss.toast(text, title, seconds);
  } catch (error) {
    env.log(`Could not show "${title}" (${text}): ${messageOf(error)}`);
  }
}
