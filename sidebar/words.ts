/**
 * Failures in words a person understands. The server's message says what happened; the title
 * and the advice say what to do, and always that nothing typed was lost.
 */
import type { Failure } from '../src/api/contract';

export interface Explained {
  title: string;
  detail: string;
}

const KEPT = 'What you typed is still here.';

const ADVICE: Record<Failure['kind'], [title: string, advice: string]> = {
  invalid: ['Some fields need attention', 'Correct the marked fields and press Save again.'],
  busy: ['The spreadsheet is busy', `Wait a few seconds and press Save again. ${KEPT}`],
  setup: [
    'The spreadsheet needs a repair',
    `Ask its owner to choose Extensions → CRM → Set up / repair, then press Save again. ${KEPT}`,
  ],
  'not-found': ['That record was not found', `Someone may have deleted it or changed its ID. ${KEPT}`],
  error: ['Nothing was saved', `Press Save again; if it keeps failing, tell the sheet's owner. ${KEPT}`],
  partly: ['Saved, but not all of it', KEPT],
};

export function explain(failure: Failure): Explained {
  const [title, advice] = ADVICE[failure.kind];
  return { title, detail: `${failure.message} ${advice}`.trim() };
}

/** The call failed on the way (google.script.run's failure handler) or answered no Result. */
export function unreachable(error: unknown): Failure {
  const why = error instanceof Error ? error.message : String(error);
  return {
    ok: false,
    kind: 'error',
    message: `The spreadsheet did not answer properly (${why}). Check your connection.`,
  };
}
