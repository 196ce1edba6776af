/**
 * Loads the built add-on (dist/Code.js) the way Apps Script runs it: every execution gets a fresh
 * global scope (a new vm context) holding exactly the Apps Script globals, the whole file runs,
 * then the requested top-level function is called with the execution's auth mode, user and limit.
 * Only top-level function declarations can be called, as in Apps Script's Run menu and triggers.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import vm from 'node:vm';
import { parse } from 'acorn';
import { installClockDate } from './clock-date';
import { clockEvent, editEvent, openEvent } from './events';
import { Membrane, type Realm } from './membrane';
import { asPerson } from './person';
import { checkArguments, delivered } from './script-run';
import { AuthMode, type ServiceContext } from './services/access';
import type { EnumValue } from './services/enums';
import type { RunSettings } from './services/execution';
import { User } from './services/session';
import type { TriggerEvent, TriggerRecord, TriggerRegistry } from './services/triggers';

/** The add-on's callable functions, e.g. `typeof import('../../src/main')`. */
export type AddonFunctions = Record<string, (...args: never) => unknown>;
/** Any script, when the test does not say which: arguments are unchecked. */
export type UntypedScript = Record<string, (...args: readonly unknown[]) => unknown>;

interface CellRange {
  getValue(): unknown;
  setValue(value: unknown): unknown;
}

/** The part of SpreadsheetApp a person's edit goes through. */
export interface EditableSpreadsheetApp {
  getActive(): { getSheetByName(name: string): { getRange(a1: string): CellRange } | null };
}

export interface AddonHost {
  readonly ctx: ServiceContext;
  readonly triggers: TriggerRegistry;
  /** The globals the script sees, as emulator values; the membrane converts them per execution. */
  readonly globals: object;
  /** SpreadsheetApp without the auth-mode guard, for what a person does. */
  readonly spreadsheetApp: EditableSpreadsheetApp;
  /** Whether the add-on has been used in this document; onOpen runs in LIMITED once it has. */
  readonly document: { enabled: boolean };
  /** The spreadsheet's time zone (it may change while the add-on runs). */
  readonly timeZone: () => string;
}

const SIMPLE_TRIGGER_LIMIT_MS = 30_000;
/** A menu item, the editor's Run button or a sidebar call. */
const USER_RUN: RunSettings = { authMode: 'FULL', ui: true };

type Program = ReturnType<typeof parse>;
const parsed = (source: string): Program => parse(source, { ecmaVersion: 'latest', sourceType: 'script' });

/** Top-level function declarations only: `globalThis.x = function () {}` is not one. */
export function topLevelFunctions(source: string | Program): string[] {
  const program = typeof source === 'string' ? parsed(source) : source;
  return program.body.flatMap((node) => (node.type === 'FunctionDeclaration' ? [node.id.name] : []));
}

/** Every name a script declares at its top level (functions, classes, var, let and const). */
function topLevelNames(program: Program): Set<string> {
  return new Set(
    program.body.flatMap((node) => {
      if (node.type === 'FunctionDeclaration' || node.type === 'ClassDeclaration') return [node.id.name];
      if (node.type !== 'VariableDeclaration') return [];
      return node.declarations.flatMap((d) => (d.id.type === 'Identifier' ? [d.id.name] : []));
    }),
  );
}

/**
 * Apps Script's built-ins (Math, Date, Number …) are plain properties of an ordinary global object,
 * read at V8's usual speed. A vm context's global sits behind an interceptor that makes each such
 * read about a hundred times slower, which the benchmark would charge to the add-on's compute
 * (about a quarter of the daily job's). Script-scope bindings of the same values, run before the
 * script, are found first. Only configurable ones can be shadowed (not undefined or NaN); not
 * `eval` (a direct eval must name the global), nor console (the emulator's, set per execution).
 */
const BUILT_INS: readonly string[] = vm
  .runInNewContext(
    'Object.getOwnPropertyNames(globalThis).filter((name) => Object.getOwnPropertyDescriptor(globalThis, name).configurable)',
  )
  .filter((name: string) => !['globalThis', 'eval', 'console'].includes(name));

function builtInBindings(declared: ReadonlySet<string>): vm.Script {
  const names = BUILT_INS.filter((name) => !declared.has(name));
  return new vm.Script(`const { ${names.join(', ')} } = globalThis;`, { filename: 'built-ins' });
}

export class Addon<T extends AddonFunctions = UntypedScript> {
  readonly functions: readonly string[];
  private readonly script: vm.Script;
  private readonly builtIns: vm.Script;

  constructor(
    private readonly host: AddonHost,
    codePath: string,
  ) {
    const path = resolve(codePath);
    const source = readFileSync(path, 'utf8');
    const program = parsed(source);
    this.functions = topLevelFunctions(program);
    this.builtIns = builtInBindings(topLevelNames(program));
    this.script = new vm.Script(source, { filename: path });
  }

  /** Runs a function as the person at the document would (menu, Run button): FULL, with a UI. */
  call<K extends keyof T & string>(name: K, ...args: Parameters<T[K]>): ReturnType<T[K]> {
    return this.execute(name, args, USER_RUN) as ReturnType<T[K]>;
  }

  /** A sidebar's google.script.run call: private functions (name_) are out of reach, and only
   * plain data crosses in either direction. */
  serve<K extends keyof T & string>(name: K, ...args: Parameters<T[K]>): ReturnType<T[K]> | null {
    if (name.endsWith('_')) throw new Error(`google.script.run cannot call the private function ${name}.`);
    checkArguments(name, args);
    return delivered(this.execute(name, args, USER_RUN)) as ReturnType<T[K]> | null;
  }

  /** The document opens: the simple onOpen runs in AuthMode.NONE until the add-on has been used
   * in the document, LIMITED after; installable open triggers follow. */
  open(): void {
    const authMode = this.host.document.enabled ? AuthMode.LIMITED : AuthMode.NONE;
    this.simpleTrigger('onOpen', authMode.name(), () => this.openEvent(authMode));
    this.installable('ON_OPEN', (trigger) => ({
      ...this.openEvent(AuthMode.FULL),
      triggerUid: trigger.uniqueId,
    }));
  }

  /** The user installs the add-on from the Marketplace: onInstall runs in FULL. */
  install(): void {
    if (this.functions.includes('onInstall'))
      this.execute('onInstall', [{ authMode: AuthMode.FULL }], USER_RUN);
  }

  /** A person types `value` into one cell; the simple onEdit runs (LIMITED), then installable
   * edit triggers as their owners. */
  edit(sheetName: string, a1: string, value: unknown): void {
    const { rt } = this.host.ctx;
    const cell = asPerson(rt, () => {
      const source = this.host.spreadsheetApp.getActive();
      const sheet = source.getSheetByName(sheetName);
      if (!sheet) throw new Error(`There is no sheet named "${sheetName}".`);
      const range = sheet.getRange(a1);
      const oldValue = range.getValue();
      range.setValue(value);
      return { range, source, oldValue, value: range.getValue(), user: this.user() };
    });
    const zone = this.host.timeZone();
    this.simpleTrigger('onEdit', 'LIMITED', () => editEvent(cell, zone, AuthMode.LIMITED));
    this.installable('ON_EDIT', (trigger) => ({
      ...editEvent(cell, zone, AuthMode.FULL),
      triggerUid: trigger.uniqueId,
    }));
  }

  /** Fires one installable trigger as its owner, with no one looking at the document. */
  runTrigger(
    trigger: TriggerRecord,
    event: unknown = clockEvent(trigger, this.host.ctx.rt.clock.now()),
  ): unknown {
    const owner = { activeUser: trigger.owner, effectiveUser: trigger.owner };
    return this.execute(trigger.handler, [event], { authMode: 'FULL', ui: false, ...owner });
  }

  /** Fires every time-driven trigger once, as the clock would when they are due. */
  runClockTriggers(): void {
    for (const trigger of this.host.triggers.all()) {
      if (trigger.event === 'CLOCK') this.runTrigger(trigger);
    }
  }

  private simpleTrigger(name: string, authMode: RunSettings['authMode'], event: () => unknown): void {
    if (!this.functions.includes(name)) return;
    this.execute(name, [event()], { authMode, ui: true, limitMs: SIMPLE_TRIGGER_LIMIT_MS });
  }

  private installable(type: TriggerEvent, event: (trigger: TriggerRecord) => unknown): void {
    for (const trigger of this.host.triggers.all()) {
      if (trigger.event === type) this.runTrigger(trigger, event(trigger));
    }
  }

  private openEvent(authMode: EnumValue) {
    const source = () => asPerson(this.host.ctx.rt, () => this.host.spreadsheetApp.getActive());
    return openEvent(authMode, source, () => this.user());
  }

  private user(): User {
    return new User(this.host.ctx, this.host.ctx.rt.activeUser);
  }

  private execute(name: string, args: readonly unknown[], settings: RunSettings): unknown {
    if (!this.functions.includes(name)) throw new Error(`Script function not found: ${name}`);
    const result = this.host.ctx.exec.run(settings, () => {
      const { context, membrane } = this.newContext();
      try {
        this.script.runInContext(context);
        const fn = context[name] as (...a: unknown[]) => unknown;
        return membrane.toOuter(fn(...args.map((arg) => membrane.toInner(arg))));
      } catch (error) {
        throw membrane.toOuter(error);
      }
    });
    if (settings.authMode === 'FULL') this.host.document.enabled = true;
    return result;
  }

  private newContext(): { context: vm.Context; membrane: Membrane } {
    const context = vm.createContext({}, { name: 'Apps Script' });
    installClockDate(context, () => this.host.ctx.rt.clock.now());
    // After the clock's Date is installed: the binding holds it.
    this.builtIns.runInContext(context);
    const membrane = new Membrane(vm.runInContext('({ Date, Array, Object, Error })', context) as Realm);
    for (const [name, service] of Object.entries(this.host.globals))
      context[name] = membrane.toInner(service);
    return { context, membrane };
  }
}
