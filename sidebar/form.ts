/**
 * One form: labelled controls, the schema check before anything is sent, inline errors, the
 * request ID that makes saving idempotent, and failures shown without losing what was typed.
 */
import type * as z from 'zod/mini';
import type { Failure, Result, Saved, Submit } from '../src/api/contract';
import { announce } from './announce';
import { type Control, makeControl } from './control';
import { h } from './dom';
import type { FieldSpec } from './field-spec';
import { type Checked, check, describeErrors, type Errors, type Raw, toRecord } from './record';
import { newRequestId } from './request-id';
import { explain } from './words';

type Schema = z.ZodMiniObject;
export type Data<S extends Schema> = z.output<S>;

export interface FormConfig<S extends Schema> {
  id: string;
  title: string;
  intro?: string;
  schema: S;
  fields: FieldSpec[];
  /** Headed groups of fields, by the key that starts each; without it the form is one group. */
  sections?: Array<[legend: string, firstKey: string]>;
  saveLabel?: string;
  /** Values a fresh form starts with beyond each field's own (e.g. "now"). */
  defaults?: () => Raw;
  /** Rules beyond the schema: vague details, "open the record first". */
  check?: (data: Data<S>) => Errors;
  /** May hold the save to warn first (possible duplicates); true to go on. */
  confirm?: (data: Data<S>, view: FormView, requestId: string) => Promise<boolean>;
  save: (submit: Submit<Data<S>>) => Promise<Result<Saved>>;
  /** Runs after a save (reset, reload); returns what to tell the user. */
  saved: (saved: Saved, data: Data<S>, view: FormView) => string | Promise<string>;
}

export interface FormView {
  root: HTMLElement;
  control(key: string): Control;
  /** The labelled box of a field, to place related content after it. */
  box(key: string): HTMLElement;
  set(values: Record<string, unknown>): void;
  reset(): void;
  fail(failure: Failure): void;
  /** Content shown above Save until the next attempt (the duplicate warning). */
  notice(content: Node, saveLabel: string): void;
}

interface Field {
  spec: FieldSpec;
  control: Control;
  box: HTMLElement;
  error: HTMLElement;
}

function buildField(formId: string, spec: FieldSpec): Field {
  const id = `${formId}-f-${spec.key}`;
  const control = makeControl(spec, id);
  const error = h('p', { id: `${id}-error`, class: 'error', hidden: true });
  const hint = spec.hint ? h('p', { id: `${id}-hint`, class: 'hint' }, spec.hint) : undefined;
  const label = h('label', { for: id }, spec.label);
  if (spec.required) {
    label.append(' ', h('span', { class: 'req', 'aria-hidden': 'true' }, '*'));
    control.input.setAttribute('aria-required', 'true');
  }
  control.input.setAttribute('aria-describedby', [hint?.id, error.id].filter(Boolean).join(' '));
  const box = h('div', { class: 'field' }, label, control.element, ...(hint ? [hint] : []), error);
  return { spec, control, box, error };
}

function layout<S extends Schema>(config: FormConfig<S>, fields: Field[]): HTMLElement[] {
  const starts = new Map((config.sections ?? []).map(([legend, key]) => [key, legend]));
  const groups: HTMLElement[] = [];
  for (const { spec, box } of fields) {
    const legend = starts.get(spec.key);
    if (legend !== undefined || groups.length === 0) {
      groups.push(legend ? h('fieldset', {}, h('legend', {}, legend)) : h('div', { class: 'group' }));
    }
    groups[groups.length - 1]!.append(box);
  }
  return groups;
}

export function createForm<S extends Schema>(config: FormConfig<S>): FormView {
  const fields = config.fields.map((spec) => buildField(config.id, spec));
  const byKey = new Map(fields.map((f) => [f.spec.key, f]));
  const saveLabel = config.saveLabel ?? 'Save';
  const banner = h('div', { class: 'banner', role: 'alert', hidden: true });
  const notice = h('div', { class: 'notice' });
  const save = h('button', { type: 'submit', class: 'primary' }, saveLabel);
  const status = h('p', { class: 'status' });
  const form = h(
    'form',
    { novalidate: true, 'aria-labelledby': `${config.id}-heading` },
    h('p', { class: 'legend' }, h('span', { class: 'req', 'aria-hidden': 'true' }, '*'), ' required'),
    ...layout(config, fields),
    notice,
    h('div', { class: 'actions' }, save, status),
  );
  const title = h('h2', { id: `${config.id}-heading`, tabindex: '-1' }, config.title);
  const intro = config.intro ? [h('p', { class: 'intro' }, config.intro)] : [];
  const root = h(
    'section',
    { class: 'view', id: config.id, hidden: true, 'aria-labelledby': title.id },
    title,
    ...intro,
    banner,
    form,
  );
  let requestId = newRequestId();
  let inFlight = false;

  const clearMessages = () => {
    banner.hidden = true;
    banner.replaceChildren();
    notice.replaceChildren();
    save.textContent = saveLabel;
    status.textContent = '';
    for (const f of fields) {
      f.box.classList.remove('invalid');
      f.control.input.removeAttribute('aria-invalid');
      f.error.hidden = true;
      f.error.textContent = '';
    }
  };

  const showBanner = (failure: Failure) => {
    const { title: headline, detail } = explain(failure);
    banner.replaceChildren(h('strong', {}, headline), h('p', {}, detail));
    banner.hidden = false;
  };

  const showErrors = (errors: Errors) => {
    const marked = fields.filter((f) => errors[f.spec.key]);
    for (const f of marked) {
      f.box.classList.add('invalid');
      f.control.input.setAttribute('aria-invalid', 'true');
      f.error.textContent = errors[f.spec.key]!;
      f.error.hidden = false;
    }
    const stray = Object.entries(errors).filter(([key]) => !byKey.has(key));
    if (stray.length > 0) {
      showBanner({ ok: false, kind: 'invalid', message: stray.map(([, m]) => m).join(' '), fields: errors });
    }
    marked[0]?.control.input.focus();
    announce(describeErrors(config.fields, errors));
  };

  const view: FormView = {
    root,
    control: (key) => byKey.get(key)!.control,
    box: (key) => byKey.get(key)!.box,
    set: (values) => {
      for (const [key, value] of Object.entries(values)) byKey.get(key)?.control.set(String(value ?? ''));
    },
    reset: () => {
      clearMessages();
      const defaults = config.defaults?.() ?? {};
      for (const f of fields) f.control.set(defaults[f.spec.key] ?? f.spec.initial);
    },
    fail: (failure) => {
      if (failure.kind === 'invalid') showErrors(failure.fields);
      else {
        showBanner(failure);
        announce(`${explain(failure).title}. ${failure.message}`);
      }
    },
    notice: (content, label) => {
      notice.replaceChildren(content);
      save.textContent = label;
    },
  };

  const validate = (): Checked<Data<S>> => {
    const raw: Raw = {};
    for (const f of fields) raw[f.spec.key] = f.control.get();
    const record = toRecord(config.fields, raw, config.schema.shape);
    const checked = check(config.schema, record, config.fields);
    if (!checked.ok) return checked;
    const extra = config.check?.(checked.data) ?? {};
    return Object.keys(extra).length > 0 ? { ok: false, errors: extra } : checked;
  };

  const setBusy = (busy: boolean) => {
    inFlight = busy;
    save.disabled = busy;
    form.setAttribute('aria-busy', String(busy));
    // A disabled button drops focus; give it back so the keyboard user stays where they were.
    if (!busy && document.activeElement === document.body) save.focus();
  };

  const send = async (data: Data<S>) => {
    if (config.confirm && !(await config.confirm(data, view, requestId))) return;
    const answer = await config.save({ requestId, record: data });
    if (!answer.ok) return view.fail(answer);
    requestId = newRequestId();
    const message = await config.saved(answer.value, data, view);
    status.textContent = message;
    announce(message);
  };

  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    if (inFlight) return;
    clearMessages();
    const checked = validate();
    if (!checked.ok) return showErrors(checked.errors);
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
