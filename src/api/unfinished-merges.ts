/**
 * Merges that stopped part way (a failure, or more records than one click moves), kept in the
 * document properties until finished: a stopped merge finished into another customer would leave
 * the duplicate's records split between two, so until then the duplicate merges only into the
 * customer it began with.
 */
import type { Env } from '../sheets/env';
import { storedJson } from '../sheets/stored-json';
import { FieldError } from './result';

const KEY = 'crm.mergesUnfinished';

/** By the duplicate's ID: the customer it is merging into, and how many records moved so far. */
type Unfinished = Record<string, { keepId: string; moved: number }>;

const read = (env: Env) => storedJson<Unfinished>(env, KEY, {});

function write(env: Env, merges: Unfinished): void {
  const props = env.documentProperties();
  if (Object.keys(merges).length === 0) props.deleteProperty(KEY);
  else props.setProperty(KEY, JSON.stringify(merges));
}

/** Refuses to merge `mergeId` into another customer than the one its stopped merge began with. */
export function checkUnfinished(env: Env, keepId: string, mergeId: string): void {
  const begun = read(env)[mergeId];
  if (!begun || begun.keepId === keepId) return;
  throw new FieldError(
    'mergeId',
    `The merge of ${mergeId} into ${begun.keepId} stopped part way (${begun.moved} records moved): merge ${mergeId} into ${begun.keepId} again to finish it first, or its records end up split between two customers.`,
  );
}

export function recordUnfinished(env: Env, keepId: string, mergeId: string, moved: number): void {
  const merges = read(env);
  merges[mergeId] = { keepId, moved: (merges[mergeId]?.moved ?? 0) + moved };
  write(env, merges);
}

export function recordFinished(env: Env, mergeId: string): void {
  const merges = read(env);
  if (!(mergeId in merges)) return;
  delete merges[mergeId];
  write(env, merges);
}
