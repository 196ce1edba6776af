/**
 * What every sidebar call returns: plain JSON, never an exception, so the sidebar can always
 * keep what was typed and say what went wrong in words a person understands.
 */
import type * as z from 'zod/mini';
import { messageOf } from '../domain/message-of';
import { isSpreadsheetFull, spreadsheetFull } from '../sheets/cell-limit';
import { SetupNeededError } from '../sheets/layout';
import { BusyError } from '../sheets/lock';
import { isPastTheEdge } from '../sheets/past-the-edge';
import { NotFoundError } from '../sheets/record-row';
import type { Failure, Result } from './contract';

export type { Failure, Result };

export const ok = <T>(value: T): Result<T> => ({ ok: true, value });

export function invalid(fields: Record<string, string>): Failure {
  return {
    ok: false,
    kind: 'invalid',
    message: 'Please fix the highlighted fields; nothing was saved.',
    fields,
  };
}

export function fieldErrors(error: z.core.$ZodError): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const issue of error.issues) {
    const key = String(issue.path[0] ?? '_form');
    fields[key] ??= issue.message;
  }
  return fields;
}

/** A rule about one field that only the server can check (it needs the sheet). */
export class FieldError extends Error {
  override name = 'FieldError';
  constructor(
    readonly field: string,
    message: string,
  ) {
    super(message);
  }
}

/** Runs a sidebar call; any failure becomes a Failure with a message for a person. */
export function guard<T>(work: () => Result<T>): Result<T> {
  try {
    return work();
  } catch (e) {
    const message = messageOf(e);
    if (e instanceof FieldError) return invalid({ [e.field]: message });
    if (e instanceof BusyError) return { ok: false, kind: 'busy', message };
    if (e instanceof SetupNeededError) return { ok: false, kind: 'setup', message };
    if (e instanceof NotFoundError) return { ok: false, kind: 'not-found', message };
    if (isSpreadsheetFull(message))
      return { ok: false, kind: 'full', message: spreadsheetFull('nothing was saved') };
    if (isPastTheEdge(message)) {
      return {
        ok: false,
        kind: 'busy',
        message:
          'Someone deleted rows in the sheet just as this was being saved. Please try again in a moment; what you typed is still here.',
      };
    }
    if (/too many times in a short time|rate limit/i.test(message)) {
      return {
        ok: false,
        kind: 'busy',
        message: 'Google asks the add-on to slow down for a moment. Please try again in a few seconds.',
      };
    }
    if (/too many times|quota/i.test(message)) {
      return {
        ok: false,
        kind: 'busy',
        message:
          'Google limits how much the add-on may do per day, and today’s limit is reached. Please try again tomorrow.',
      };
    }
    return { ok: false, kind: 'error', message: `Something went wrong and nothing was saved: ${message}` };
  }
}
