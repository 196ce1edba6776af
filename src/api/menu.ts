/**
 * The CRM menu under Extensions. Each item names a global function of dist/Code.js. Building it
 * touches nothing else, so it is safe in AuthMode.NONE (an add-on not yet used in the document).
 */
export function buildMenu(ui: GoogleAppsScript.Base.Ui): void {
  ui.createAddonMenu()
    .addItem('Open CRM', 'openSidebar')
    .addItem('Set up / repair', 'setupWorkbook')
    .addItem('Install schedule (hourly)', 'installTriggers')
    .addItem('Give IDs to new rows', 'menuGiveIds')
    .addSeparator()
    .addItem('Run hourly jobs now', 'menuRunHourlyJobs')
    .addItem('Run daily jobs now', 'menuRunDailyJobs')
    .addItem('Refresh dashboard', 'refreshDashboard')
    .addToUi();
}
