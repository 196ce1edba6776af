/**
 * Forms that change an existing record (edit customer, update ticket, survey answers) open it
 * first with sidebarGetRecord: its ID field loads the record into the form and shows the stamps
 * the server keeps. Saving is refused until the record in the ID field is the one opened, so a
 * half-filled form can never blank another record's fields. What the person typed before or while
 * a record opens is kept over it, and said so: an open never wipes input. Changes made to a record
 * already open are not carried over to another: opening another first says they are not saved,
 * and only asking for it a second time leaves them.
 */
import type { ServerApi } from '../src/api/contract';
import { exampleId } from '../src/domain/fields';
import type { TableDef } from '../src/sheets/columns';
import { ask } from './bridge';
import { h } from './dom';
import type { FormView } from './form';
import { leaveQuestion } from './leave';
import type { Errors } from './record';
import { fullId, RECORD_ID } from './record-id';
import { makeSummary, type Summary } from './summary';

type Table = Parameters<ServerApi['sidebarGetRecord']>[0];

export interface Loader {
  open(id: string): Promise<void>;
  /** Reads the saved record again to show the server's stamps; '' or what to add to "saved". */
  reload(): Promise<string>;
  /**
   * What a form needs before saving (its `ready`): the record being saved is the one opened, and
   * (unless `unchanged` is allowed) something in it was changed. `id` is what the ID field holds.
   */
  check(id: string, unchanged?: 'allowed'): Errors;
  /**
   * The record to send: its ID and the fields the person changed since it opened. A field sent as
   * opened would undo a change someone made in the sheet meanwhile; one left out stays as it is.
   */
  changed<T extends { id: string }>(record: T): Partial<T> & { id: string };
}

/** A form that opens a record: what the queue and the other views call. */
export interface Opener {
  view: FormView;
  open(id: string): Promise<void>;
}

export function attachLoader(
  view: FormView,
  table: TableDef & { name: Table },
  summaryKeys: string[],
  /** More of the record, shown after its summary (Edit customer's history). */
  extra: readonly Summary[] = [],
): Loader {
  const panels = [makeSummary(table, summaryKeys), ...extra];
  const control = view.control('id');
  let loaded = '';
  /** The fields as the form last showed them, opened or fresh: what differs now, the person typed. */
  let shown = view.values();

  /** What the person changed in the form (before or while a record was opening), by field. */
  const typed = () => {
    const now = view.values();
    return Object.fromEntries(Object.entries(now).filter(([k, v]) => k !== 'id' && v !== shown[k]));
  };
  const read = (id: string) => ask('sidebarGetRecord', table.name, id);
  /** Shows `record` (or a fresh form) and puts back what the person typed; returns its labels. */
  const show = (id: string, record: Record<string, string | number | boolean> | null) => {
    const kept = typed();
    view.reset();
    control.set(id);
    if (record) view.set(record);
    shown = view.values();
    view.set(kept);
    for (const panel of panels) {
      if (record) panel.show(record);
      else panel.hide();
    }
    loaded = record ? id : '';
    return Object.keys(kept).map((k) => view.label(k));
  };
  /**
   * The record asked for while the changes to the one open are not saved. It opens only from the
   * button the question shows: a typed ID fires both "change" and the Open button, so asking twice
   * cannot tell a second wish from one gesture.
   */
  let leaving = '';
  // Asked right under the ID, where Open was pressed: the foot of a long form is out of sight.
  const question = leaveQuestion(() => control.input);
  const leave = (id: string) => () => {
    // What was changed on the record left stays behind: it is no change to the next one.
    shown = view.values();
    control.set(id);
    void load(id);
  };
  /** False, with the question asked, when the record open has changes not saved. */
  const mayLeaveFor = (id: string) => {
    const unsaved = loaded !== '' && loaded !== id ? Object.keys(typed()) : [];
    leaving = unsaved.length > 0 ? id : '';
    if (!leaving) {
      question.hide();
      return true;
    }
    control.set(loaded);
    const what = unsaved.map((k) => view.label(k)).join(', ');
    question.ask(
      `Your changes to ${loaded} (${what}) are not saved. Save them first, or leave them to open ${id}.`,
      `Leave them and open ${id}`,
      leave(id),
    );
    return false;
  };
  const load = async (id: string) => {
    if (!mayLeaveFor(id)) return;
    for (const panel of panels) panel.hide();
    // An open starts afresh: what an earlier attempt marked (an ID it could not open) is past.
    view.clearFeedback();
    view.say(`Opening ${id}…`);
    const answer = await read(id);
    // A failed open leaves no other record on show, and keeps what the person typed.
    const kept = show(id, answer.ok ? answer.value : null);
    if (!answer.ok) return view.fail(answer, 'Open');
    const said =
      kept.length > 0 ? `${id} opened. Kept what you changed: ${kept.join(', ')}.` : `${id} opened.`;
    view.say(said);
  };
  /** A committed edit opens the record once; the Open button always reads it afresh. */
  const loadTyped = (again: boolean) => {
    const id = fullId(control.get(), table);
    if (id !== control.get()) control.set(id);
    // The Open press that follows a typed ID's "change" would re-read the record kept open and
    // hide the question about leaving it.
    if (leaving !== '' && id === loaded) return;
    if (RECORD_ID.test(id)) {
      if (again || id !== loaded) void load(id);
    } else if (again) view.fail({ ok: false, kind: 'invalid', message: '', fields: { id: notAnId(id) } });
  };
  /** Open pressed with nothing it can open: what to type instead. */
  const notAnId = (typed: string) => {
    const label = view.label('id');
    if (typed.trim() === '') return `Enter the ${label} to open.`;
    return `"${typed.trim()}" is not a ${label}: they look like ${exampleId(table.idPrefix)} (or just 12).`;
  };

  view.box('id').after(question.element, ...panels.map((p) => p.element));
  control.input.addEventListener('change', () => loadTyped(false));
  const picked = control.input.getAttribute('role') === 'combobox';
  /** Said when no record is open and no ID to open is given: how to open one. */
  const openFirst = picked
    ? `Choose the ${view.label('id').toLowerCase()} first, so you see what you are changing.`
    : `Enter the ${view.label('id')} and press Open first, so you see what you are changing.`;
  if (control.input instanceof HTMLInputElement && !picked) {
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
      // Saved: nothing is left to lose by opening another record.
      leaving = '';
      question.hide();
      shown = view.values();
      const answer = await read(id);
      if (!answer.ok) return ` Its latest could not be shown (${answer.message}); press Open to see it.`;
      show(id, answer.value);
      return '';
    },
    changed: (record) => {
      const keys = new Set(['id', ...Object.keys(typed())]);
      return Object.fromEntries(Object.entries(record).filter(([k]) => keys.has(k))) as typeof record;
    },
    check: (id, unchanged): Errors => {
      if (!RECORD_ID.test(id)) return { id: openFirst };
      if (id !== loaded) return { id: `Open ${id} first, so you see what you are changing.` };
      return unchanged === 'allowed' || Object.keys(typed()).length > 0
        ? {}
        : { id: `Nothing to save: nothing was changed since ${id} was opened.` };
    },
  };
}
