/** A labelled field: its label (with the required mark), control, hint and inline error. */
import { type Control, makeControl } from './control';
import { h } from './dom';
import type { FieldSpec } from './field-spec';
import { idsUnbroken, showText } from './id-text';

export interface Field {
  spec: FieldSpec;
  control: Control;
  box: HTMLElement;
  error: HTMLElement;
}

export function buildField(formId: string, spec: FieldSpec): Field {
  const id = `${formId}-f-${spec.key}`;
  const control = makeControl(spec, id);
  const error = h('p', { id: `${id}-error`, class: 'error', hidden: true });
  const hint = spec.hint ? h('p', { id: `${id}-hint`, class: 'hint' }, ...idsUnbroken(spec.hint)) : undefined;
  const label = h('label', { for: id }, spec.label);
  if (spec.required) {
    label.append(' ', h('span', { class: 'req', 'aria-hidden': 'true' }, '*'));
    control.input.setAttribute('aria-required', 'true');
  }
  // The error is part of the field's description, so a screen reader reads it with the field.
  control.input.setAttribute('aria-describedby', [hint?.id, error.id].filter(Boolean).join(' '));
  const box = h('div', { class: 'field' }, label, control.element, ...(hint ? [hint] : []), error);
  return { spec, control, box, error };
}

/** Marks the field invalid with a message, or clears it with ''. */
export function markField(field: Field, message: string): void {
  field.box.classList.toggle('invalid', message !== '');
  if (message) field.control.input.setAttribute('aria-invalid', 'true');
  else field.control.input.removeAttribute('aria-invalid');
  showText(field.error, message);
  field.error.hidden = message === '';
}

/** Fields grouped under legends, each group starting at the key named beside its legend. */
export function groupFields(
  fields: readonly Field[],
  sections: ReadonlyArray<[string, string]>,
): HTMLElement[] {
  const starts = new Map(sections.map(([legend, key]) => [key, legend]));
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
