/**
 * What a merge does that the person may not expect, said in the review before it runs: the kept
 * record decides the customer's status, owner and details from then on. Pure, tested in Node.
 */
import { isChurned } from '../src/domain/values';
import { CUSTOMERS } from '../src/sheets/tables';

type Facts = Readonly<Record<string, string | number | boolean | undefined>>;

const text = (facts: Facts, key: string) => String(facts[key] ?? '').trim();

/** Entered details a person may want to carry over; who and what the record is are said apart. */
const DETAILS = CUSTOMERS.columns.filter(
  (c) =>
    c.owner === 'entered' && !['id', 'status', 'owner', 'created', 'updated', 'mergedInto'].includes(c.key),
);

export function mergeCautions(keepId: string, keep: Facts, mergeId: string, merged: Facts): string[] {
  const cautions: string[] = [];
  const status = text(merged, 'status');
  if (isChurned(text(keep, 'status')) && !isChurned(status)) {
    cautions.push(
      `${keepId} is Churned: after the merge the customer counts as one who left (no health score, follow-ups or surveys; a survey not yet sent closes unsent). If ${mergeId} (${status || 'no status'}) is the customer as they are now, keep ${mergeId} instead, or change the Status of ${keepId} first.`,
    );
  }
  const owner = text(keep, 'owner') || 'no one';
  const theirs = text(merged, 'owner') || 'no one';
  if (owner.toLowerCase() !== theirs.toLowerCase()) {
    // The merge hands the open ones to the kept record's owner, unless it has none (forKeptOwner).
    const open = text(keep, 'owner')
      ? 'those open now too'
      : 'those open now stay with whom they were raised for';
    cautions.push(
      `${keepId} is owned by ${owner}, ${mergeId} by ${theirs}: from now on follow-ups, at-risk warnings and survey reminders for the customer go to ${owner}, and ${open}. Moved tickets and win-backs, and their alerts, keep their own owner.`,
    );
  }
  const only = DETAILS.filter((c) => text(merged, c.key) !== '' && text(keep, c.key) === '');
  if (only.length > 0) {
    cautions.push(
      `Filled in ${mergeId} only: ${only.map((c) => c.header).join(', ')}. The merge does not copy fields: copy them into ${keepId} first if you need them.`,
    );
  }
  return cautions;
}
