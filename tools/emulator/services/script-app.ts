/**
 * ScriptApp: installable triggers and the enums add-ons read from event objects.
 * https://developers.google.com/apps-script/reference/script/script-app
 */
import { ANY, AuthMode, authorized, enter, Scope, type ServiceContext } from './access';
import { makeEnum } from './enums';
import { identity } from './execution';
import type { Schedule, TriggerEvent, TriggerRecord, TriggerRegistry } from './triggers';

export const EventType = makeEnum([
  'CLOCK',
  'ON_OPEN',
  'ON_EDIT',
  'ON_FORM_SUBMIT',
  'ON_CHANGE',
  'ON_EVENT_UPDATED',
]);
export const TriggerSource = makeEnum(['SPREADSHEETS', 'CLOCK', 'FORMS', 'DOCUMENTS', 'CALENDAR']);

const SCRIPT_APP = authorized(Scope.scriptApp);
/** https://developers.google.com/apps-script/reference/script/clock-trigger-builder#everyMinutes(Integer) */
const MINUTE_STEPS = [1, 5, 10, 15, 30];

export class Trigger {
  constructor(
    private readonly ctx: ServiceContext,
    readonly record: TriggerRecord,
  ) {}

  getHandlerFunction(): string {
    enter(this.ctx, 'Trigger.getHandlerFunction', ANY);
    return this.record.handler;
  }

  getUniqueId(): string {
    enter(this.ctx, 'Trigger.getUniqueId', ANY);
    return this.record.uniqueId;
  }

  getEventType() {
    enter(this.ctx, 'Trigger.getEventType', ANY);
    return EventType[this.record.event];
  }

  getTriggerSource() {
    enter(this.ctx, 'Trigger.getTriggerSource', ANY);
    return this.record.event === 'CLOCK' ? TriggerSource.CLOCK : TriggerSource.SPREADSHEETS;
  }

  getTriggerSourceId(): string | null {
    enter(this.ctx, 'Trigger.getTriggerSourceId', ANY);
    return this.record.event === 'CLOCK' ? null : this.record.documentId;
  }
}

/** Shared by both builders: record the trigger for the person running the code. */
function createTrigger(
  ctx: ServiceContext,
  registry: TriggerRegistry,
  trigger: { handler: string; event: TriggerEvent; schedule?: Schedule },
): Trigger {
  return new Trigger(ctx, registry.add({ ...trigger, owner: identity(ctx.rt) }));
}

export class ClockTriggerBuilder {
  private readonly schedule: Schedule = {};

  constructor(
    private readonly ctx: ServiceContext,
    private readonly registry: TriggerRegistry,
    private readonly handler: string,
  ) {}

  everyMinutes(n: number): ClockTriggerBuilder {
    return this.set('everyMinutes', { everyMinutes: n }, () => {
      if (!MINUTE_STEPS.includes(n)) throw new Error('The number of minutes must be 1, 5, 10, 15 or 30.');
    });
  }

  everyHours(n: number): ClockTriggerBuilder {
    return this.set('everyHours', { everyHours: n });
  }

  everyDays(n: number): ClockTriggerBuilder {
    return this.set('everyDays', { everyDays: n });
  }

  everyWeeks(n: number): ClockTriggerBuilder {
    return this.set('everyWeeks', { everyWeeks: n });
  }

  atHour(hour: number): ClockTriggerBuilder {
    return this.set('atHour', { atHour: hour });
  }

  nearMinute(minute: number): ClockTriggerBuilder {
    return this.set('nearMinute', { nearMinute: minute });
  }

  at(date: Date): ClockTriggerBuilder {
    return this.set('at', { at: date.getTime() });
  }

  after(durationMilliseconds: number): ClockTriggerBuilder {
    return this.set('after', { at: this.ctx.rt.clock.now() + durationMilliseconds });
  }

  inTimezone(timezone: string): ClockTriggerBuilder {
    return this.set('inTimezone', { timeZone: timezone });
  }

  create(): Trigger {
    enter(this.ctx, 'ClockTriggerBuilder.create', SCRIPT_APP);
    const { everyMinutes, everyHours, everyDays, everyWeeks, at } = this.schedule;
    if ([everyMinutes, everyHours, everyDays, everyWeeks, at].every((v) => v === undefined)) {
      throw new Error('A time-driven trigger needs a recurrence (everyMinutes, everyHours, ...) or a time.');
    }
    return createTrigger(this.ctx, this.registry, {
      handler: this.handler,
      event: 'CLOCK',
      schedule: this.schedule,
    });
  }

  private set(method: string, patch: Schedule, check?: () => void): ClockTriggerBuilder {
    enter(this.ctx, `ClockTriggerBuilder.${method}`, ANY);
    check?.();
    Object.assign(this.schedule, patch);
    return this;
  }
}

export class SpreadsheetTriggerBuilder {
  private event: TriggerEvent | undefined;

  constructor(
    private readonly ctx: ServiceContext,
    private readonly registry: TriggerRegistry,
    private readonly handler: string,
  ) {}

  onOpen(): SpreadsheetTriggerBuilder {
    return this.on('onOpen', 'ON_OPEN');
  }

  onEdit(): SpreadsheetTriggerBuilder {
    return this.on('onEdit', 'ON_EDIT');
  }

  onChange(): SpreadsheetTriggerBuilder {
    return this.on('onChange', 'ON_CHANGE');
  }

  onFormSubmit(): SpreadsheetTriggerBuilder {
    return this.on('onFormSubmit', 'ON_FORM_SUBMIT');
  }

  create(): Trigger {
    enter(this.ctx, 'SpreadsheetTriggerBuilder.create', SCRIPT_APP);
    if (!this.event) throw new Error('A spreadsheet trigger needs an event (onOpen, onEdit, ...).');
    return createTrigger(this.ctx, this.registry, { handler: this.handler, event: this.event });
  }

  private on(method: string, event: TriggerEvent): SpreadsheetTriggerBuilder {
    enter(this.ctx, `SpreadsheetTriggerBuilder.${method}`, ANY);
    this.event = event;
    return this;
  }
}

export class TriggerBuilder {
  constructor(
    private readonly ctx: ServiceContext,
    private readonly registry: TriggerRegistry,
    private readonly handler: string,
  ) {}

  timeBased(): ClockTriggerBuilder {
    enter(this.ctx, 'TriggerBuilder.timeBased', ANY);
    return new ClockTriggerBuilder(this.ctx, this.registry, this.handler);
  }

  /** The emulator holds one document, so the argument only has to be there. */
  forSpreadsheet(sheet: unknown): SpreadsheetTriggerBuilder {
    enter(this.ctx, 'TriggerBuilder.forSpreadsheet', ANY);
    if (sheet == null) throw new Error('Invalid argument: sheet');
    return new SpreadsheetTriggerBuilder(this.ctx, this.registry, this.handler);
  }
}

export class ScriptApp {
  readonly AuthMode = AuthMode;
  readonly EventType = EventType;
  readonly TriggerSource = TriggerSource;

  constructor(
    private readonly ctx: ServiceContext,
    private readonly registry: TriggerRegistry,
  ) {}

  newTrigger(functionName: string): TriggerBuilder {
    enter(this.ctx, 'ScriptApp.newTrigger', SCRIPT_APP);
    return new TriggerBuilder(this.ctx, this.registry, String(functionName));
  }

  /** "All installable triggers associated with the current project and current user." */
  getProjectTriggers(): Trigger[] {
    enter(this.ctx, 'ScriptApp.getProjectTriggers', SCRIPT_APP);
    return this.mine().map((t) => new Trigger(this.ctx, t));
  }

  /** The current user's triggers in the given document, for this script or add-on only. */
  getUserTriggers(document: unknown): Trigger[] {
    enter(this.ctx, 'ScriptApp.getUserTriggers', SCRIPT_APP);
    if (document == null) throw new Error('Invalid argument: document');
    return this.mine()
      .filter((t) => t.documentId === this.registry.rules.documentId)
      .map((t) => new Trigger(this.ctx, t));
  }

  deleteTrigger(trigger: Trigger): void {
    enter(this.ctx, 'ScriptApp.deleteTrigger', SCRIPT_APP);
    if (!(trigger instanceof Trigger)) throw new Error('Invalid argument: trigger');
    this.registry.remove(trigger.record.uniqueId);
  }

  private mine(): TriggerRecord[] {
    const owner = identity(this.ctx.rt);
    return this.registry.all().filter((t) => t.owner === owner);
  }
}
