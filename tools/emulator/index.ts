/**
 * The emulator's public entry: an in-memory Apps Script project bound to one spreadsheet, with
 * every service the add-on uses, and a loader that runs the built add-on against it.
 *
 *   const emu = createEmulator({ spreadsheetTimeZone: 'Asia/Shanghai' });
 *   const addon = emu.load<typeof import('../../src/main')>();
 *   addon.open();                      // onOpen, AuthMode.NONE on first open
 *   addon.call('setupWorkbook');       // a menu click: FULL, with a UI
 *   emu.locks.hold('document');        // another run holds the lock
 *   addon.runClockTriggers();          // the hourly trigger fires, as its installer
 */
import { Addon, type AddonFunctions, type UntypedScript } from './loader';
import { Runtime, type RuntimeOptions } from './runtime';
import type { ServiceContext } from './services/access';
import { Executions } from './services/execution';
import { HtmlService } from './services/html';
import { type LockControl, LockService, LockTable } from './services/lock';
import { Console, type LogEntry, Logger } from './services/logging';
import { MailApp, type SentMail } from './services/mail';
import { PropertiesService, PropertyStores } from './services/properties';
import { ScriptApp } from './services/script-app';
import { Session } from './services/session';
import { guardSpreadsheetApp } from './services/spreadsheet-guard';
import { TriggerRegistry } from './services/triggers';
import { Ui, UiRecorder } from './services/ui';
import { Utilities } from './services/utilities';
import { createCharts, createSpreadsheetApp, Workbook, type WorkbookJSON } from './spreadsheet/index';

export type { Addon, AddonFunctions, UntypedScript } from './loader';
export { EXECUTION_LIMIT_MS, fixedClock, Runtime } from './runtime';
export type { LockControl, LockScope } from './services/lock';
export type { LogEntry } from './services/logging';
export type { SentMail } from './services/mail';
export type { TriggerRecord } from './services/triggers';
export type { AlertRecord, DialogRecord, MenuEntry, MenuRecord, UiRecorder } from './services/ui';

export interface EmulatorOptions extends RuntimeOptions {
  /** Use this runtime instead of building one from the options above. */
  runtime?: Runtime;
  /** A workbook to start from: a live one, or one saved with `toJSON()`. */
  workbook?: Workbook | WorkbookJSON;
  /** The spreadsheet's name, for a new workbook. */
  name?: string;
  /** Where HtmlService.createHtmlOutputFromFile reads `<name>.html`; default `dist`. */
  distDir?: string;
  /** Apply the editor add-on trigger rules; default true. */
  addon?: boolean;
  /** The add-on's menu name under Extensions. */
  addonName?: string;
  /** Seed for Utilities.getUuid, so runs repeat. */
  seed?: string;
  /** The add-on was already used in this document, so onOpen runs in LIMITED. */
  enabled?: boolean;
}

/** The Spreadsheet half's SpreadsheetApp, whose getUi() hands out the Ui emulated here. */
export type SpreadsheetAppGlobal = Omit<ReturnType<typeof createSpreadsheetApp>, 'getUi'> & { getUi(): Ui };

/** Every Apps Script global the add-on sees. */
export interface AppsScriptGlobals {
  readonly SpreadsheetApp: SpreadsheetAppGlobal;
  readonly Charts: ReturnType<typeof createCharts>;
  readonly LockService: LockService;
  readonly PropertiesService: PropertiesService;
  readonly ScriptApp: ScriptApp;
  readonly HtmlService: HtmlService;
  readonly MailApp: MailApp;
  readonly Session: Session;
  readonly Utilities: Utilities;
  readonly Logger: Logger;
  readonly console: Console;
}

export interface Emulator {
  readonly rt: Runtime;
  readonly workbook: Workbook;
  readonly globals: AppsScriptGlobals;
  /** Every message MailApp sent, in order. */
  readonly mail: readonly SentMail[];
  /** Menus, sidebars, dialogs and alerts shown; queue answers to alerts here. */
  readonly ui: UiRecorder;
  /** Make a lock "held by another run". */
  readonly locks: LockControl;
  readonly triggers: TriggerRegistry;
  /** The property stores behind PropertiesService, to seed or inspect. */
  readonly properties: PropertyStores;
  /** Logger.log and console output, in order. */
  readonly logs: readonly LogEntry[];
  /** Whether the add-on has been used in the document (then onOpen runs in LIMITED). */
  readonly document: { enabled: boolean };
  /** Loads a built script (default dist/Code.js); each call on it is one execution. */
  load<T extends AddonFunctions = UntypedScript>(codePath?: string): Addon<T>;
}

function openWorkbook(rt: Runtime, opts: EmulatorOptions): Workbook {
  if (opts.workbook instanceof Workbook) return opts.workbook;
  if (opts.workbook) return Workbook.fromJSON(rt, opts.workbook);
  return new Workbook(rt, { name: opts.name });
}

export function createEmulator(opts: EmulatorOptions = {}): Emulator {
  const rt = opts.runtime ?? new Runtime(opts);
  const ctx: ServiceContext = { rt, exec: new Executions(rt) };
  const workbook = openWorkbook(rt, opts);
  const ui = new UiRecorder();
  const spreadsheetApp = createSpreadsheetApp(rt, workbook, new Ui(ctx, ui, opts.addonName ?? 'Add-on'));
  const locks = new LockTable(rt.clock);
  const triggers = new TriggerRegistry({ addon: opts.addon ?? true, documentId: workbook.id });
  const properties = new PropertyStores();
  const mail: SentMail[] = [];
  const logs: LogEntry[] = [];
  const globals: AppsScriptGlobals = {
    SpreadsheetApp: guardSpreadsheetApp(spreadsheetApp as SpreadsheetAppGlobal, ctx),
    Charts: createCharts(),
    LockService: new LockService(ctx, locks),
    PropertiesService: new PropertiesService(ctx, properties),
    ScriptApp: new ScriptApp(ctx, triggers),
    HtmlService: new HtmlService(ctx, opts.distDir ?? 'dist'),
    MailApp: new MailApp(ctx, mail),
    Session: new Session(ctx),
    Utilities: new Utilities(ctx, opts.seed ?? 'emulator'),
    Logger: new Logger(ctx, logs),
    console: new Console(ctx, logs),
  };
  const document = { enabled: opts.enabled ?? false };
  const host = { ctx, triggers, globals, spreadsheetApp, document, timeZone: () => workbook.timeZone };
  return {
    rt,
    workbook,
    globals,
    mail,
    ui,
    locks,
    triggers,
    properties,
    logs,
    document,
    load: (codePath = 'dist/Code.js') => new Addon(host, codePath),
  };
}
