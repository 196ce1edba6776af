/**
 * Wraps the Spreadsheet half's SpreadsheetApp with the rules that depend on how the code was
 * started: getUi() throws when nobody is looking at the document (a time-driven trigger), and in
 * AuthMode.NONE only getUi() (to build menus) is allowed.
 * https://developers.google.com/apps-script/guides/dialogs (getUi needs a user at the document)
 * https://developers.google.com/workspace/add-ons/concepts/addon-authorization#authorization_modes
 */
import { requireMode, Scope, type ServiceContext } from './access';

/** As users see it when a trigger or the editor's Run button calls getUi(). */
export const NO_UI = 'Cannot call SpreadsheetApp.getUi() from this context.';

const SHEETS = { mode: 'LIMITED', scope: Scope.currentSpreadsheet } as const;

function admit(ctx: ServiceContext, method: string): void {
  if (method !== 'getUi') {
    requireMode(ctx, `SpreadsheetApp.${method}`, SHEETS);
  } else if (!ctx.exec.current.ui) {
    throw new Error(NO_UI);
  }
}

export function guardSpreadsheetApp<T extends object>(app: T, ctx: ServiceContext): T {
  return new Proxy(app, {
    get(target, key) {
      const value: unknown = Reflect.get(target, key, target);
      if (typeof value !== 'function' || typeof key !== 'string') return value;
      return (...args: unknown[]) => {
        admit(ctx, key);
        return Reflect.apply(value, target, args);
      };
    },
  });
}
