import { describe, expect, it } from 'vitest';
import { reactionChecks } from '../../src/domain/win-back-checks';

describe('reactionChecks', () => {
  const NOW = 1_000;
  const checked = (open: Parameters<typeof reactionChecks>[0]) =>
    reactionChecks(open, NOW).map(({ check, alsoOpen }) => [check.id, alsoOpen]);

  it("raises one per customer, for the check passed first (ties by ID), naming the customer's other open ones", () => {
    expect(
      checked([
        { id: 'W-10', customerId: 'C-1', checkBy: 500 },
        { id: 'W-9', customerId: 'C-1', checkBy: 500 },
        { id: 'W-11', customerId: 'C-1', checkBy: 2_000 },
        { id: 'W-12', customerId: 'C-2', checkBy: 900 },
      ]),
    ).toEqual([
      ['W-9', ['W-10', 'W-11']],
      ['W-12', []],
    ]);
  });

  it('raises none for a customer whose checks have not passed, and one for each win-back of no customer', () => {
    expect(
      checked([
        { id: 'W-1', customerId: 'C-1', checkBy: 2_000 },
        { id: 'W-2', customerId: 'C-1', checkBy: null },
        { id: 'W-3', customerId: '', checkBy: 100 },
        { id: 'W-4', customerId: '', checkBy: 100 },
      ]),
    ).toEqual([
      ['W-3', []],
      ['W-4', []],
    ]);
  });
});
