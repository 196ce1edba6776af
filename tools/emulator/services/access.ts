/**
 * What each auth mode may touch. An editor add-on's onOpen runs in AuthMode.NONE until the add-on
 * is used in the document (menus only), simple triggers run in LIMITED (the current document, no
 * services that need authorization), everything the user starts runs in FULL.
 * https://developers.google.com/apps-script/reference/script/auth-mode
 * https://developers.google.com/workspace/add-ons/concepts/addon-authorization
 * https://developers.google.com/apps-script/guides/triggers#restrictions
 */
import type { Runtime } from '../runtime';
import { makeEnum } from './enums';
import type { AuthModeName, Executions } from './execution';

export const AuthMode = makeEnum(['NONE', 'CUSTOM_FUNCTION', 'LIMITED', 'FULL'] as const);

export const Scope = {
  sendMail: 'https://www.googleapis.com/auth/script.send_mail',
  scriptApp: 'https://www.googleapis.com/auth/script.scriptapp',
  containerUi: 'https://www.googleapis.com/auth/script.container.ui',
  currentSpreadsheet: 'https://www.googleapis.com/auth/spreadsheets.currentonly',
} as const;

/** The least auth mode a method runs in; a scope names what the refusal asks for. */
export interface Need {
  readonly mode: AuthModeName;
  readonly scope?: string;
}

/** Menus, Logger, Utilities and the user's locale work even in AuthMode.NONE. */
export const ANY: Need = { mode: 'NONE' };
/** The current document, properties, locks: LIMITED (simple triggers) or FULL. */
export const DOCUMENT: Need = { mode: 'LIMITED' };
/** Services that need the user's authorization: simple triggers may not call them. */
export const authorized = (scope: string): Need => ({ mode: 'FULL', scope });

const RANK: Record<AuthModeName, number> = { NONE: 0, CUSTOM_FUNCTION: 1, LIMITED: 2, FULL: 3 };

export interface ServiceContext {
  readonly rt: Runtime;
  readonly exec: Executions;
}

/** Apps Script's refusal, e.g. "You do not have permission to call MailApp.sendEmail. Required
 * permissions: https://www.googleapis.com/auth/script.send_mail". */
export function requireMode(ctx: ServiceContext, method: string, need: Need): void {
  if (RANK[ctx.exec.current.authMode] >= RANK[need.mode]) return;
  const scope = need.scope ? ` Required permissions: ${need.scope}` : '';
  throw new Error(`You do not have permission to call ${method}.${scope}`);
}

/** The first line of every emulated method: count the call (the runtime's hook and time limit run
 * here), then refuse it if the current auth mode does not allow it. */
export function enter(ctx: ServiceContext, method: string, need: Need = DOCUMENT): void {
  ctx.rt.call(method);
  requireMode(ctx, method, need);
}
