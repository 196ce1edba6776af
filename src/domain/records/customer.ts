/** A customer as staff enter it (customer registration form, DOMAIN.md). */
import * as z from 'zod/mini';
import { amount, date, email, line, maybeOneOf, phone, required, text } from '../fields';
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

export type CustomerInput = z.input<typeof customerSchema>;
export type Customer = z.output<typeof customerSchema>;
