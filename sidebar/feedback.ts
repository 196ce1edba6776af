/**
 * What a form tells the user: inline errors (focus on the first, read out by the live region), a
 * banner in plain words for failures that are not about one field, and what a save did.
 */
import type { Failure } from '../src/api/contract';
import { announce } from './announce';
import { h } from './dom';
import { type Field, markField } from './field';
import { idsUnbroken, showText } from './id-text';
import { describeErrors, type Errors } from './record';
import { explain, type Verb } from './words';

export interface Feedback {
  banner: HTMLElement;
  status: HTMLElement;
  clear(): void;
  errors(errors: Errors): void;
  /** `verb`: what the person pressed (Save unless said), which the advice asks them to press again. */
  failure(failure: Failure, verb?: Verb): void;
  /** Says a save is under way (a merge may take a minute). */
  working(message: string): void;
  saved(message: string): void;
}

export function createFeedback(fields: readonly Field[]): Feedback {
  const banner = h('div', { class: 'banner', role: 'alert', hidden: true });
  const status = h('p', { class: 'status' });
  const known = new Set(fields.map((f) => f.spec.key));

  const showBanner = (failure: Failure, verb?: Verb) => {
    const { title, detail } = explain(failure, verb);
    banner.replaceChildren(h('strong', {}, ...idsUnbroken(title)), h('p', {}, ...idsUnbroken(detail)));
    // Part of the work was saved: a warning to check something, not an error to redo it.
    banner.classList.toggle('warning', failure.kind === 'partly');
    banner.hidden = false;
    // Save sits at the foot of a long form and the banner at its head: bring the banner into view.
    banner.scrollIntoView?.({ block: 'nearest' });
  };

  const errors = (found: Errors) => {
    const marked = fields.filter((f) => found[f.spec.key]);
    for (const f of marked) markField(f, found[f.spec.key]!);
    // A rule about the whole record (or a field this form lacks) has no field to sit beside.
    const stray = Object.entries(found).filter(([key]) => !known.has(key));
    if (stray.length > 0) {
      showBanner({ ok: false, kind: 'invalid', message: stray.map(([, m]) => m).join(' '), fields: found });
    }
    marked[0]?.control.input.focus();
    announce(
      describeErrors(
        fields.map((f) => f.spec),
        found,
      ),
    );
  };

  return {
    banner,
    status,
    clear: () => {
      banner.hidden = true;
      banner.replaceChildren();
      status.textContent = '';
      for (const f of fields) markField(f, '');
    },
    errors,
    failure: (failure, verb) => {
      status.textContent = '';
      if (failure.kind === 'invalid') return errors(failure.fields);
      // The banner is an alert: screen readers read it out as it appears, once.
      showBanner(failure, verb);
    },
    working: (message) => {
      showText(status, message);
      announce(message);
    },
    saved: (message) => {
      showText(status, message);
      announce(message);
    },
  };
}
