/**
 * Failures in words a person understands. The server's message says what happened; the title
 * and the advice say what to do, and always that nothing typed was lost.
 */
import type { Failure } from '../src/api/contract';
import { messageOf } from '../src/domain/message-of';

export interface Explained {
  title: string;
  detail: string;
}

const KEPT = 'What you typed is still here.';

/** What the person pressed: the advice tells them to press it again. */
export type Verb = 'Save' | 'Open';

function advice(kind: Failure['kind'], verb: Verb): [title: string, advice: string] {
  const again = `press ${verb} again`;
  switch (kind) {
    case 'invalid':
      return ['Some fields need attention', `Correct the marked fields and ${again}.`];
    case 'busy':
      return ['The spreadsheet is busy', `Wait a few seconds and ${again}. ${KEPT}`];
    case 'setup':
      return [
        'The spreadsheet needs a repair',
        `Ask its owner to choose Extensions → CRM → Set up / repair, then ${again}. ${KEPT}`,
      ];
    case 'full':
      // The server's words say what to delete or move.
      return ['The spreadsheet is full', `Once there is room, ${again}. ${KEPT}`];
    case 'not-found':
      // The server's words already say it may have been deleted.
      return ['That record was not found', `Check the ID. ${KEPT}`];
    case 'error':
      // A call that never answered may have saved: the retry carries the same request ID.
      return verb === 'Save'
        ? [
            'The save was not confirmed',
            `Press Save again: if the first try did get through, it is not saved twice. If it keeps failing, tell the sheet's owner. ${KEPT}`,
          ]
        : [
            'The record could not be opened',
            `Press Open again; if it keeps failing, tell the sheet's owner. ${KEPT}`,
          ];
    case 'partly':
      // The server's words say what was saved and what to do next.
      return ['Saved, but not all of it', ''];
  }
}

export function explain(failure: Failure, verb: Verb = 'Save'): Explained {
  const [title, words] = advice(failure.kind, verb);
  return { title, detail: `${failure.message} ${words}`.trim() };
}

/** The call failed on the way (google.script.run's failure handler) or answered no Result. */
export function unreachable(error: unknown): Failure {
  const why = messageOf(error);
  return {
    ok: false,
    kind: 'error',
    message: `The spreadsheet did not answer properly (${why}). Check your connection.`,
  };
}
