/**
 * Forms that change an existing record (edit customer, update ticket, survey answers) open it
 * first with sidebarGetRecord: its ID field loads the record into the form and shows the stamps
 * the server keeps. Saving is refused until the record in the ID field is the one opened, so a
 * half-filled form can never blank another record's fields.
 */
import type { ServerApi } from '../src/api/contract';
import type { TableDef } from '../src/sheets/columns';
import { announce } from './announce';
import { ask } from './bridge';
import { h } from './dom';
import type { FormView } from './form';
import type { Errors } from './record';
import { makeSummary } from './summary';

type Table = Parameters<ServerApi['sidebarGetRecord']>[0];

export interface Loader {
  open(id: string): Promise<void>;
  /** Reads the saved record again to show the server's stamps; '' or what to add to "saved". */
  reload(): Promise<string>;
  /** The check a form adds: the record being saved is the one opened. */
  check(id: string): Errors;
}

/** A form that opens a record: what the queue and the other views call. */
export interface Opener {
  view: FormView;
  open(id: string): Promise<void>;
}

const RECORD_ID = /^[A-Z]-\d{4,}$/;

export function attachLoader(
  view: FormView,
  table: TableDef & { name: Table },
  summaryKeys: string[],
): Loader {
  const summary = makeSummary(table, summaryKeys);
  const control = view.control('id');
  let loaded = '';

  const read = (id: string) => ask('sidebarGetRecord', table.name, id);
  const show = (id: string, record: Record<string, string | number | boolean>) => {
    view.reset();
    view.set(record);
    summary.show(record);
    loaded = id;
  };
  /** An open that fails leaves no other record on show: the form is emptied but for the ID. */
  const load = async (id: string) => {
    const answer = await read(id);
    if (!answer.ok) {
      view.reset();
      control.set(id);
      summary.hide();
      loaded = '';
      return view.fail(answer, 'Open');
    }
    show(id, answer.value);
    announce(`${id} opened.`);
  };
  /** A committed edit opens the record once; the Open button always reads it afresh. */
  const loadTyped = (again: boolean) => {
    const id = control.get().toUpperCase();
    if (RECORD_ID.test(id) && (again || id !== loaded)) void load(id);
  };

  view.box('id').after(summary.element);
  control.input.addEventListener('change', () => loadTyped(false));
  if (control.input instanceof HTMLInputElement && control.input.getAttribute('role') !== 'combobox') {
    // A typed ID: Enter opens it rather than saving a form that was never opened.
    control.input.addEventListener('keydown', (e) => {
      if (e.key !== 'Enter') return;
      e.preventDefault();
      loadTyped(true);
    });
    const open = h('button', { type: 'button', class: 'secondary' }, 'Open');
    open.addEventListener('click', () => loadTyped(true));
    const row = h('div', { class: 'inline' });
    control.element.before(row);
    row.append(control.element, open);
  }

  return {
    open: (id) => {
      control.set(id);
      return load(id);
    },
    reload: async () => {
      const id = loaded;
      const answer = await read(id);
      if (!answer.ok) return ` Its latest could not be shown (${answer.message}); press Open to see it.`;
      show(id, answer.value);
      return '';
    },
    check: (id): Errors =>
      id === loaded ? {} : { id: `Open ${id || 'the record'} first, so you see what you are changing.` },
  };
}
