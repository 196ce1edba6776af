/** Sidebar calls for customers: create, edit, and the duplicate warning before saving. */

import { emailKey, mergedWords, normalizeName } from '../domain/duplicates';
import { customerSchema, customerUpdateSchema } from '../domain/records/customer';
import { CUSTOMER_STATUSES } from '../domain/values';
import { isMerged, textOf, valueSetReader } from '../sheets/cell-values';
import type { Env } from '../sheets/env';
import { readChain } from '../sheets/merged-into';
import { type Cell, readTable } from '../sheets/table';
import { CUSTOMERS } from '../sheets/tables';
import type { DuplicateWarning, Saved, Submit } from './contract';
import { createRecord, given, parse, updateRecord } from './records';
import { FieldError, guard, ok, type Result } from './result';

const stamped = (now: Date) => ({ created: now, updated: now });

export function createCustomer(env: Env, submit: Submit<unknown>): Result<Saved> {
  const parsed = parse(customerSchema, submit?.record);
  if (!parsed.ok) return parsed;
  return createRecord(env, CUSTOMERS, parsed.value, submit.requestId, stamped);
}

export function updateCustomer(env: Env, submit: Submit<unknown>): Result<Saved> {
  const parsed = parse(customerUpdateSchema, submit?.record);
  if (!parsed.ok) return parsed;
  const { id, ...fields } = parsed.value;
  return updateRecord(env, CUSTOMERS, id, (current, now) => {
    // Its records moved to the kept customer and nothing reads it any more: an edit would be lost.
    if (textOf(current.mergedInto) !== '') {
      const chain = readChain(env.ss, id);
      throw new FieldError('id', `${mergedWords(chain)}: open ${chain.at(-1)} to edit it.`);
    }
    if (signsWithoutStart(current, fields))
      throw new FieldError(
        'contractStart',
        'Enter the Contract Start: the first visit after signing and the routine surveys count from it.',
      );
    return { ...given(fields), updated: now };
  });
}

const statusOf = valueSetReader(CUSTOMER_STATUSES);

/**
 * A customer set to Won (signing) with no Contract Start, in the save or the sheet: the first
 * visit after signing and the routine surveys count from that date, so without it none is ever
 * planned. A record already Won (an imported one, say) is saved as it is.
 */
function signsWithoutStart(
  current: Record<string, Cell>,
  fields: { status?: string; contractStart?: string },
) {
  if (fields.status !== 'Won' || statusOf(textOf(current.status)) === 'Won') return false;
  return (fields.contractStart ?? textOf(current.contractStart)) === '';
}

/**
 * Customers whose name or email matches the one being entered, by the daily duplicate check's
 * rules (saving anyway is allowed). A record merged into another is no customer to warn about.
 */
export function findDuplicates(
  env: Env,
  record: { name?: unknown; email?: unknown },
): Result<DuplicateWarning[]> {
  return guard(() => {
    const name = normalizeName(String(record?.name ?? ''));
    const email = emailKey(String(record?.email ?? ''));
    const table = readTable(env.ss, CUSTOMERS, { keys: ['name', 'email', 'mergedInto'] });
    const matches = table.rows
      .filter((r) => !isMerged(r))
      .flatMap((r) => {
        const why = [
          name !== '' && normalizeName(String(r.name)) === name ? 'same name' : '',
          email !== '' && emailKey(String(r.email)) === email ? 'same email' : '',
        ].filter(Boolean);
        return why.length > 0 ? [{ id: String(r.id), name: String(r.name), why: why.join(', ') }] : [];
      });
    return ok(matches.slice(0, 5));
  });
}
