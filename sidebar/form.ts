/**
 * One form: labelled controls, the schema check before anything is sent, the request ID that
 * makes saving idempotent, and failures shown without losing what was typed.
 */
import type * as z from 'zod/mini';
import type { Failure, Result, Saved, Submit } from '../src/api/contract';
import type { Control } from './control';
import { h } from './dom';
import { createFeedback } from './feedback';
import { buildField, groupFields } from './field';
import type { FieldSpec } from './field-spec';
import { type Checked, check, type Errors, type Raw, toRecord } from './record';
import { newRequestId } from './request-id';
import type { Verb } from './words';

type Schema = z.ZodMiniObject;
export type Data<S extends Schema> = z.output<S>;

export interface FormConfig<S extends Schema, R extends Saved = Saved> {
  id: string;
  title: string;
  /** The submit button's words; default "Save". */
  saveLabel?: string;
  /** A second form shown inside another form's view: an h3 heading, never hidden on its own. */
  inside?: boolean;
  intro?: string;
  schema: S;
  fields: FieldSpec[];
  /** Headed groups of fields, by the key that starts each; without it the form is one group. */
  sections?: Array<[legend: string, firstKey: string]>;
  /** Values a fresh form starts with beyond each field's own (e.g. "now"). */
  defaults?: () => Raw;
  /**
   * What must be so before the fields are worth checking, from what the controls hold (the record
   * to change is open): while it is not, it is all that is said, as the fields are not yet its.
   */
  ready?: (raw: Raw) => Errors;
  /**
   * Rules beyond the schema (vague details), from what the controls hold: said in the same round
   * as the schema's, which speaks first for a field both fault.
   */
  check?: (raw: Raw) => Errors;
  /** May hold the save to warn first (possible duplicates); true to go on. */
  confirm?: (data: Data<S>, view: FormView, requestId: string) => Promise<boolean>;
  save: (submit: Submit<Data<S>>) => Promise<Result<R>>;
  /** What to say while the save runs; default "Saving…". */
  working?: string;
  /** Runs after a save (reset, reload); returns what to tell the user. */
  saved: (saved: R, data: Data<S>, view: FormView) => string | Promise<string>;
}

/** The event a form sends up the page after a save. */
export const SAVED = 'crm:saved';

export interface FormView {
  root: HTMLElement;
  control(key: string): Control;
  /** The labelled box of a field, to place related content after it. */
  box(key: string): HTMLElement;
  set(values: Record<string, unknown>): void;
  /** Every field's value as the control holds it. */
  values(): Raw;
  /** The fields whose value differs from the form's last reset: what the person entered. */
  entered(): string[];
  label(key: string): string;
  reset(): void;
  /** A message beside Save, read out (e.g. "Opening T-00012…"). */
  say(message: string): void;
  fail(failure: Failure, verb?: Verb): void;
  /** Takes down what the last attempt said: its marks on fields, its banner and message. */
  clearFeedback(): void;
  /** Content shown above Save until the next attempt (the duplicate warning). */
  notice(content: Node, saveLabel: string): void;
}

export function createForm<S extends Schema, R extends Saved = Saved>(config: FormConfig<S, R>): FormView {
  const SAVE = config.saveLabel ?? 'Save';
  const fields = config.fields.map((spec) => buildField(config.id, spec));
  const byKey = new Map(fields.map((f) => [f.spec.key, f]));
  const feedback = createFeedback(fields);
  const notice = h('div', { class: 'notice' });
  const save = h('button', { type: 'submit', class: 'primary' }, SAVE);
  const title = h(config.inside ? 'h3' : 'h2', { id: `${config.id}-heading`, tabindex: '-1' }, config.title);
  const form = h(
    'form',
    { novalidate: true, 'aria-labelledby': title.id },
    h('p', { class: 'legend' }, h('span', { class: 'req', 'aria-hidden': 'true' }, '*'), ' required'),
    ...groupFields(fields, config.sections ?? []),
    notice,
    h('div', { class: 'actions' }, save, feedback.status),
  );
  const intro = config.intro ? [h('p', { class: 'intro' }, config.intro)] : [];
  const root = h(
    'section',
    {
      class: config.inside ? 'part' : 'view',
      id: config.id,
      hidden: !config.inside,
      'aria-labelledby': title.id,
    },
    title,
    ...intro,
    feedback.banner,
    form,
  );
  let requestId = newRequestId();
  let inFlight = false;
  /** The defaults the form was last reset with. */
  let defaulted: Raw = {};
  /** Every field as the last reset left it (a default taken afresh at Save too). */
  let asReset: Raw = {};
  /** A default left untouched is taken afresh at Save: "now" means when it was saved, not opened. */
  const refreshDefaults = () => {
    const fresh = config.defaults?.() ?? {};
    for (const [key, value] of Object.entries(defaulted)) {
      const control = byKey.get(key)?.control;
      if (!control || control.get() !== value || fresh[key] === undefined) continue;
      control.set(fresh[key]);
      defaulted[key] = control.get();
      asReset[key] = control.get();
    }
  };

  const clear = () => {
    feedback.clear();
    notice.replaceChildren();
    save.textContent = SAVE;
  };

  const view: FormView = {
    root,
    control: (key) => byKey.get(key)!.control,
    box: (key) => byKey.get(key)!.box,
    set: (values) => {
      for (const [key, value] of Object.entries(values)) byKey.get(key)?.control.set(String(value ?? ''));
    },
    values: () => Object.fromEntries(fields.map((f) => [f.spec.key, f.control.get()])),
    entered: () => fields.filter((f) => f.control.get() !== asReset[f.spec.key]).map((f) => f.spec.key),
    label: (key) => byKey.get(key)?.spec.label ?? key,
    reset: () => {
      clear();
      const defaults = config.defaults?.() ?? {};
      for (const f of fields) f.control.set(defaults[f.spec.key] ?? f.spec.initial);
      // As the controls hold them (a date-time control keeps minutes only).
      defaulted = Object.fromEntries(
        Object.keys(defaults).map((k) => [k, byKey.get(k)?.control.get() ?? '']),
      );
      asReset = view.values();
    },
    say: feedback.saved,
    fail: feedback.failure,
    clearFeedback: feedback.clear,
    notice: (content, label) => {
      notice.replaceChildren(content);
      save.textContent = label;
    },
  };

  const validate = (): Checked<Data<S>> => {
    const raw = view.values();
    const notReady = config.ready?.(raw) ?? {};
    if (Object.keys(notReady).length > 0) return { ok: false, errors: notReady };
    const checked = check(config.schema, toRecord(config.fields, raw, config.schema.shape), config.fields);
    const extra = config.check?.(raw) ?? {};
    if (Object.keys(extra).length === 0) return checked;
    return { ok: false, errors: { ...extra, ...(checked.ok ? {} : checked.errors) } };
  };

  const setBusy = (busy: boolean) => {
    inFlight = busy;
    save.disabled = busy;
    form.setAttribute('aria-busy', String(busy));
    // A disabled button drops focus; give it back so the keyboard user stays where they were,
    // without scrolling away from a banner the answer just brought into view.
    if (!busy && document.activeElement === document.body) save.focus({ preventScroll: true });
  };

  /**
   * The request ID changes only after a success: a retry of a lost answer reuses it. What was
   * first sent under it is kept, so a retry carrying changes made since knows they were not saved.
   */
  let firstSent: string | undefined;
  const send = async (data: Data<S>) => {
    if (config.confirm && !(await config.confirm(data, view, requestId))) return;
    // Only once it is going ahead: a review held up by confirm has not started anything.
    feedback.working(config.working ?? 'Saving…');
    firstSent ??= JSON.stringify(data);
    const answer = await config.save({ requestId, record: data });
    // Anything saved may change My queue: the sidebar refreshes it when it is next shown.
    if (answer.ok || answer.kind === 'partly') root.dispatchEvent(new CustomEvent(SAVED, { bubbles: true }));
    if (!answer.ok && !('value' in answer)) return feedback.failure(answer);
    const changedSince = answer.ok && answer.value.repeated && firstSent !== JSON.stringify(data);
    requestId = newRequestId();
    firstSent = undefined;
    if (changedSince) return feedback.failure(notWithChanges(answer.value.id));
    const said = await config.saved(answer.value, data, view);
    // Saved, but a step after it failed: what follows a save has run; the warning stays in sight.
    if (!answer.ok) feedback.failure(answer);
    feedback.saved(said);
  };

  // The later clicks of a double-click are one wish to save: the first already sent it, and one
  // landing on the "Save anyway" its answer put up would answer a question nobody read.
  save.addEventListener('click', (event) => {
    if (event.detail > 1) event.preventDefault();
  });
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    if (inFlight) return;
    clear();
    // A retry sends the "now" its first try sent: only a person's changes differ.
    if (firstSent === undefined) refreshDefaults();
    const checked = validate();
    if (!checked.ok) return feedback.errors(checked.errors);
    setBusy(true);
    try {
      await send(checked.data);
    } finally {
      setBusy(false);
    }
  });

  view.reset();
  return view;
}

/** A retry found its first try saved: the changes made in between were not, and stay in the form. */
const notWithChanges = (id: string): Failure => ({
  ok: false,
  kind: 'partly',
  message: `${id} had already been saved as first sent, without the changes you made since. Correct ${id} in the sheet, or press Save to save what the form holds now as another record. What you typed is still here.`,
});
