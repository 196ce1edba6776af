/**
 * What a form says after a save, with what the server noted about the record; a repeated request ID
 * means the first attempt had gone through.
 */
import type { Saved } from '../src/api/contract';

export const savedAs = (saved: Saved, what: string): string =>
  saved.repeated
    ? `${what} ${saved.id} had already been saved; nothing new was written.`
    : `${what} ${saved.id} saved.${saved.note ? ` ${saved.note}` : ''}`;
