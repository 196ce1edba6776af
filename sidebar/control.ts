/** One form control per field spec, all behind the same small interface. */

import { typedNumber } from '../src/domain/typed-number';
import { h } from './dom';
import type { FieldSpec } from './field-spec';
import { customerPicker } from './picker';
import { UNREADABLE, UNREADABLE_NUMBER } from './record';
import { fullId } from './record-id';

export interface Control {
  /** What goes under the label. */
  element: HTMLElement;
  /** The element that takes focus and carries aria-invalid / aria-describedby. */
  input: HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement;
  get(): string;
  set(value: string): void;
}

function plain(input: HTMLInputElement | HTMLTextAreaElement): Control {
  return {
    element: input,
    input,
    get: () => input.value,
    set: (v) => {
      input.value = v;
    },
  };
}

/** A record's ID, as people type it: "t-41" becomes T-00041 once the box is left. */
function recordIdBox(input: HTMLInputElement, table: NonNullable<FieldSpec['idOf']>): Control {
  input.addEventListener('change', () => {
    input.value = fullId(input.value, table);
  });
  return plain(input);
}

function select(spec: FieldSpec, id: string): Control {
  const input = h('select', { id, name: spec.key });
  const option = (value: string, text = value) => h('option', { value }, text);
  input.append(option('', spec.required ? 'Choose…' : '—'), ...spec.options.map((v) => option(v)));
  return {
    element: input,
    input,
    get: () => input.value,
    set: (v) => {
      // A value typed into the sheet outside the list is shown as is, not silently dropped.
      if (![...input.options].some((o) => o.value === v)) input.append(option(v));
      input.value = v;
    },
  };
}

/**
 * A box the browser cannot read ("1e" in a number, a date filled in part) holds '' with badInput
 * set: it sends `unreadable` instead, which the schema refuses, so the person is asked to fix it
 * rather than the field being saved empty.
 */
function readable(input: HTMLInputElement, unreadable: string): Control {
  return { ...plain(input), get: () => (input.validity.badInput ? unreadable : input.value) };
}

/**
 * A text box, not type=number: the browser would read the number by its own language and drop a
 * mark it does not expect as it is typed (an English one keeps 1.2345 of "1.234,5"). Here what
 * was typed is read as typedNumber reads it; anything else sends `UNREADABLE_NUMBER`, which the
 * form refuses asking for digits.
 */
function numberBox(input: HTMLInputElement): Control {
  const get = () => {
    if (input.value.trim() === '') return '';
    const n = typedNumber(input.value);
    return n === null ? UNREADABLE_NUMBER : String(n);
  };
  return { ...plain(input), get };
}

/** The wire gives '2026-11-23T14:30'; a sheet cell read as text may say '2026-11-23 14:30'. */
function dateTime(spec: FieldSpec, id: string): Control {
  const input = h('input', { id, name: spec.key, type: 'datetime-local' });
  return {
    ...readable(input, UNREADABLE.dateTime),
    set: (v) => {
      input.value = v.replace(' ', 'T').slice(0, 16);
    },
  };
}

export function makeControl(spec: FieldSpec, id: string): Control {
  const attrs = { id, name: spec.key, autocomplete: 'off' };
  switch (spec.control) {
    case 'select':
      return select(spec, id);
    case 'number':
      return numberBox(h('input', { ...attrs, type: 'text', inputmode: 'decimal' }));
    case 'datetime-local':
      return dateTime(spec, id);
    case 'date':
      return readable(h('input', { ...attrs, type: 'date' }), UNREADABLE.date);
    case 'customer':
      return customerPicker(id, spec.refusal);
    case 'textarea':
      return plain(h('textarea', { ...attrs, rows: '3' }));
    case 'email':
      // Not type=email: browsers may hand back an address's non-ASCII domain in punycode (HTML spec,
      // "E-Mail state"); this keeps it as typed, with the email keyboard on phones.
      return plain(h('input', { ...attrs, type: 'text', inputmode: 'email' }));
    default: {
      const input = h('input', { ...attrs, type: spec.control });
      return spec.idOf ? recordIdBox(input, spec.idOf) : plain(input);
    }
  }
}
