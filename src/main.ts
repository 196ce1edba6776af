/**
 * The add-on's entry points: the only file that names Apps Script's globals. Each export becomes
 * a top-level function in dist/Code.js (see tools/build.mjs), so menus, triggers and
 * google.script.run can call it.
 */
import { markAlertDone } from './api/alerts';
import { bootstrap } from './api/bootstrap';
import type { ServerApi } from './api/contract';
import { customerActivity } from './api/customer-activity';
import { createCustomer, findDuplicates, updateCustomer } from './api/customers';
import { giveIds } from './api/give-ids';
import { logInteraction } from './api/interactions';
import { buildMenu } from './api/menu';
import { mergeCustomers } from './api/merge';
import { handleEdit } from './api/on-edit';
import { getRecord } from './api/records';
import { markSurveySent, recordSurvey, scheduleSurvey } from './api/surveys';
import { createTicket, updateTicket } from './api/tickets';
import { tellWhatChanged } from './api/what-changed';
import { recordWinBackOutcome, startWinBack } from './api/win-backs';
import { useChartTypes } from './jobs/charts';
import { runDaily } from './jobs/daily';
import { refreshDashboardNow } from './jobs/dashboard';
import { runHourly } from './jobs/hourly';
import { showOutcome } from './jobs/menu-outcome';
import { forgetNotSetUp, type Outcome } from './jobs/outcome';
import { runScheduled } from './jobs/scheduled';
import { installTriggers as installSchedule, type ScheduleInfo } from './jobs/triggers';
import type { Env } from './sheets/env';
import { type SetupReport, setupWorkbook as setUp } from './sheets/setup';

function env(): Env {
  // One Properties object per run: each getDocumentProperties is a service call, and the object
  // reads and writes the store afresh on every getProperty / setProperty.
  let properties: GoogleAppsScript.Properties.Properties | undefined;
  let timeZone: string | undefined;
  const ss = SpreadsheetApp.getActive();
  return {
    ss,
    timeZone: () => {
      timeZone ??= ss.getSpreadsheetTimeZone();
      return timeZone;
    },
    documentLock: () => LockService.getDocumentLock(),
    documentProperties: () => {
      properties ??= PropertiesService.getDocumentProperties();
      return properties;
    },
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

/** Runs a sidebar call with a fresh Env; the result is plain JSON. */
const call =
  <A extends unknown[], R>(fn: (env: Env, ...args: A) => R) =>
  (...args: A): R =>
    fn(env(), ...args);

/** May run in AuthMode.NONE, where only the menu may be built: it reads nothing else. */
export function onOpen(): void {
  buildMenu(SpreadsheetApp.getUi());
}

export function onInstall(): void {
  onOpen();
}

export function onEdit(e: GoogleAppsScript.Events.SheetsOnEdit): void {
  handleEdit(env(), e);
}

export function openSidebar(): void {
  const html = HtmlService.createHtmlOutputFromFile('Sidebar').setTitle('CRM');
  SpreadsheetApp.getUi().showSidebar(html);
}

export function setupWorkbook(): SetupReport {
  const shared = env();
  const report = setUp(shared);
  forgetNotSetUp(shared);
  return report;
}

export function installTriggers(): ScheduleInfo {
  return installSchedule(env());
}

export function runScheduledJobs(e?: GoogleAppsScript.Events.TimeDriven): Outcome[] {
  return runScheduled(env(), e?.triggerUid);
}

export function runHourlyJobs(): Outcome {
  return runHourly(env());
}

export function runDailyJobs(): Outcome {
  return runDaily(env());
}

/** Menu: runHourlyJobs, then how it went in a toast. */
export function menuRunHourlyJobs(): Outcome {
  const shared = env();
  return showOutcome(shared, runHourly(shared));
}

/** Menu: runDailyJobs, then how it went in a toast. */
export function menuRunDailyJobs(): Outcome {
  const shared = env();
  return showOutcome(shared, runDaily(shared));
}

/** Menu: gives the next ID to each pasted or typed row that has none, and says how many in a toast. */
export function menuGiveIds(): string {
  return giveIds(env());
}

// Looked up only when a chart is drawn: onOpen in AuthMode.NONE never touches it.
useChartTypes((kind) => Charts.ChartType[kind]);

/** Menu: rebuild the Dashboard and its charts from the sheets now, without the other daily work. */
export function refreshDashboard(): { error: string; detail: string } {
  return refreshDashboardNow(env());
}

export const sidebarBootstrap: ServerApi['sidebarBootstrap'] = call(bootstrap);
export const sidebarFindDuplicates: ServerApi['sidebarFindDuplicates'] = call(findDuplicates);
export const sidebarCreateCustomer: ServerApi['sidebarCreateCustomer'] = call(createCustomer);
export const sidebarUpdateCustomer: ServerApi['sidebarUpdateCustomer'] = call(updateCustomer);
export const sidebarGetRecord: ServerApi['sidebarGetRecord'] = call(getRecord);
export const sidebarCustomerActivity: ServerApi['sidebarCustomerActivity'] = call(customerActivity);
export const sidebarLogInteraction: ServerApi['sidebarLogInteraction'] = call(logInteraction);
export const sidebarCreateTicket: ServerApi['sidebarCreateTicket'] = call(createTicket);
export const sidebarUpdateTicket: ServerApi['sidebarUpdateTicket'] = call(updateTicket);
export const sidebarScheduleSurvey: ServerApi['sidebarScheduleSurvey'] = call(scheduleSurvey);
export const sidebarRecordSurvey: ServerApi['sidebarRecordSurvey'] = call(recordSurvey);
export const sidebarMarkSurveySent: ServerApi['sidebarMarkSurveySent'] = call(markSurveySent);
export const sidebarStartWinBack: ServerApi['sidebarStartWinBack'] = call(startWinBack);
export const sidebarRecordWinBackOutcome: ServerApi['sidebarRecordWinBackOutcome'] =
  call(recordWinBackOutcome);
export const sidebarMergeCustomers: ServerApi['sidebarMergeCustomers'] = call(mergeCustomers);
export const sidebarMarkAlertDone: ServerApi['sidebarMarkAlertDone'] = call(markAlertDone);
export const sidebarTellWhatChanged: ServerApi['sidebarTellWhatChanged'] = call(tellWhatChanged);
