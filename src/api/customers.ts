/** Sidebar calls for customers: create, edit, and the duplicate warning before saving. */

import { customerSchema, customerUpdateSchema } from '../domain/records/customer';
import type { Env } from '../sheets/env';
import { readTable } from '../sheets/table';
import { CUSTOMERS } from '../sheets/tables';
import type { DuplicateWarning, Saved, Submit } from './contract';
import { createRecord, given, parse, updateRecord } from './records';
import { guard, ok, type Result } from './result';

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
  return updateRecord(env, CUSTOMERS, id, (_, now) => ({ ...given(fields), updated: now }));
}

const squash = (s: string) => s.toLowerCase().replace(/[\s\p{P}]+/gu, '');

/** Customers whose name or email matches the one being entered (saving anyway is allowed). */
export function findDuplicates(
  env: Env,
  record: { name?: unknown; email?: unknown },
): Result<DuplicateWarning[]> {
  return guard(() => {
    const name = squash(String(record?.name ?? ''));
    const email = String(record?.email ?? '')
      .trim()
      .toLowerCase();
    const table = readTable(env.ss, CUSTOMERS, { keys: ['name', 'email'] });
    const matches = table.rows.flatMap((r) => {
      const why = [
        name !== '' && squash(String(r.name)) === name ? 'same name' : '',
        email !== '' && String(r.email).trim().toLowerCase() === email ? 'same email' : '',
      ].filter(Boolean);
      return why.length > 0 ? [{ id: String(r.id), name: String(r.name), why: why.join(', ') }] : [];
    });
    return ok(matches.slice(0, 5));
  });
}
