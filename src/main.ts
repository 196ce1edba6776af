/**
 * The add-on's entry points: the only file that names Apps Script's globals. Each export becomes
 * a top-level function in dist/Code.js (see tools/build.mjs), so menus, triggers and
 * google.script.run can call it.
 */
import type { Env } from './sheets/env';

function env(): Env {
  return {
    ss: SpreadsheetApp.getActive(),
    documentLock: () => LockService.getDocumentLock(),
    documentProperties: () => PropertiesService.getDocumentProperties(),
    userEmail: () => Session.getActiveUser().getEmail(),
    now: () => new Date(),
    flush: () => SpreadsheetApp.flush(),
    ui: () => {
      // getUi throws in a time-driven trigger: there is nobody to show anything to.
      try {
        return SpreadsheetApp.getUi();
      } catch {
        return null;
      }
    },
    newValidation: () => SpreadsheetApp.newDataValidation(),
    newFormatRule: () => SpreadsheetApp.newConditionalFormatRule(),
    protectionType: SpreadsheetApp.ProtectionType,
    scriptApp: () => ScriptApp,
    mail: () => MailApp,
    log: (message) => console.log(message),
  };
}
