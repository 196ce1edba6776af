/** A merge request: the customer kept and the duplicate folded into it (both customer IDs). */
import * as z from 'zod/mini';
import { recordId } from '../fields';

export const mergeSchema = z.object({ keepId: recordId('C'), mergeId: recordId('C') });
export type MergeRequest = z.infer<typeof mergeSchema>;
