/**
 * The installable triggers of the project, with Apps Script's limits: 20 per user per script, and
 * for an editor add-on one trigger of each event type per user per document, time-driven ones at
 * most hourly.
 * https://developers.google.com/apps-script/guides/services/quotas#current_limitations
 * https://developers.google.com/workspace/add-ons/concepts/editor-triggers#restrictions
 */
export type TriggerEvent = 'CLOCK' | 'ON_OPEN' | 'ON_EDIT' | 'ON_CHANGE' | 'ON_FORM_SUBMIT';

/** A time-driven trigger's recurrence, as the builder recorded it. */
export interface Schedule {
  everyMinutes?: number;
  everyHours?: number;
  everyDays?: number;
  everyWeeks?: number;
  atHour?: number;
  nearMinute?: number;
  /** One-off: the simulated time it is due. */
  at?: number;
  timeZone?: string;
}

export interface TriggerRecord {
  readonly uniqueId: string;
  readonly handler: string;
  readonly event: TriggerEvent;
  /** Installable triggers run as the person who created them. */
  readonly owner: string;
  readonly documentId: string;
  readonly schedule?: Schedule;
}

const PER_USER_LIMIT = 20;
/** Apps Script's message, as users report it. */
export const TOO_MANY_TRIGGERS =
  'This script has too many triggers. Triggers must be deleted from the script before more can be added.';
/** The rules are documented; Apps Script's exact wording for breaking them is not, so ours says
 * what the rule is. */
export const ADDON_ONE_PER_TYPE = 'An add-on may have only one trigger of each type per user per document.';
export const ADDON_HOURLY = 'An add-on time-driven trigger may run at most once per hour.';

export interface TriggerRules {
  /** Apply the editor add-on rules (the CRM ships as an add-on). */
  readonly addon: boolean;
  readonly documentId: string;
}

export class TriggerRegistry {
  private readonly records: TriggerRecord[] = [];
  private nextId = 1;

  constructor(readonly rules: TriggerRules) {}

  all(): readonly TriggerRecord[] {
    return [...this.records];
  }

  find(uniqueId: string): TriggerRecord | undefined {
    return this.records.find((t) => t.uniqueId === uniqueId);
  }

  add(trigger: Omit<TriggerRecord, 'uniqueId' | 'documentId'>): TriggerRecord {
    const mine = this.records.filter((t) => t.owner === trigger.owner);
    if (mine.length >= PER_USER_LIMIT) throw new Error(TOO_MANY_TRIGGERS);
    if (this.rules.addon) this.checkAddonRules(trigger, mine);
    const record = {
      ...trigger,
      uniqueId: String(1_000_000 + this.nextId++),
      documentId: this.rules.documentId,
    };
    this.records.push(record);
    return record;
  }

  remove(uniqueId: string): void {
    const index = this.records.findIndex((t) => t.uniqueId === uniqueId);
    if (index >= 0) this.records.splice(index, 1);
  }

  private checkAddonRules(trigger: Omit<TriggerRecord, 'uniqueId' | 'documentId'>, mine: TriggerRecord[]) {
    if (trigger.schedule?.everyMinutes !== undefined) throw new Error(ADDON_HOURLY);
    const sameType = mine.some((t) => t.documentId === this.rules.documentId && t.event === trigger.event);
    if (sameType) throw new Error(ADDON_ONE_PER_TYPE);
  }
}
