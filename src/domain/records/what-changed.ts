/**
 * Telling the customers who answered a month's surveys what changed after its low score: the
 * improvement alert it answers and the changes in the team's words. Sent with `send` false first,
 * to hear how many would be emailed.
 */
import * as z from 'zod/mini';
import { recordId, required } from '../fields';

export const whatChangedSchema = z.object({
  alertId: recordId('A'),
  changes: required(3000),
  send: z._default(z.boolean(), false),
});

export type WhatChangedInput = z.input<typeof whatChangedSchema>;
