/** A customer as staff enter it (customer registration form, DOMAIN.md). */
import * as z from 'zod/mini';
import {
  amount,
  date,
  email,
  keptUnlessGiven,
  line,
  maybeOneOf,
  phone,
  recordId,
  required,
  text,
} from '../fields';
import { CUSTOMER_STATUSES, NEED_TYPES, PRIORITIES, RENEWAL_INTENTS, SIZES, SOURCES, TIERS } from '../values';

export const customerSchema = z.object({
  name: required(),
  industry: line(),
  size: maybeOneOf(SIZES),
  mainBusiness: line(),
  contact: required(),
  title: line(),
  phone: phone(),
  email: email(),
  needs: text(),
  needKeywords: line(),
  needType: maybeOneOf(NEED_TYPES),
  priority: maybeOneOf(PRIORITIES),
  source: maybeOneOf(SOURCES),
  firstContact: date(),
  expectedStart: date(),
  status: maybeOneOf(CUSTOMER_STATUSES),
  tier: maybeOneOf(TIERS),
  owner: email(),
  contractValue: amount(),
  contractStart: date(),
  renewalDate: date(),
  renewalIntent: maybeOneOf(RENEWAL_INTENTS),
  notes: text(),
});

/** An edit: a field left out stays as it is (the sidebar sends only what the person changed). */
export const customerUpdateSchema = z.object({ id: recordId('C'), ...keptUnlessGiven(customerSchema.shape) });

export type CustomerInput = z.input<typeof customerSchema>;
export type CustomerUpdateInput = z.input<typeof customerUpdateSchema>;
export type Customer = z.output<typeof customerSchema>;
