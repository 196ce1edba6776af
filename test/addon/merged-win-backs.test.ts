/**
 * A merge can leave the kept customer two open win-backs, one from each record. Both stay (each is
 * a real attempt, with its own owner and measures), but a customer's reaction check is one alert:
 * for the win-back whose check passed first, naming the other open one, whose own alert follows
 * once the first has its outcome. A win-back typed in under the record merged away counts, in the
 * quarter's Saved / Lost, for the customer it was merged into.
 */
import { describe, expect, it } from 'vitest';
import { customer, daily, dashboardSection, serve, submit, typeRows } from './daily-fixtures';
import { shanghai, startAddon } from './harness';

const NOW = '2026-11-23T10:00';

const checkAlerts = (h: ReturnType<typeof startAddon>) =>
  h.records('Alerts').filter((a) => String(a.Key).startsWith('win-back-check:'));

function ok(answer: { ok: boolean; value?: { id: string } }): string {
  expect(answer, JSON.stringify(answer)).toMatchObject({ ok: true });
  return answer.value!.id;
}

function mergedPair() {
  const h = startAddon({ now: NOW });
  const keep = customer(h, { name: 'Acme Ltd', status: 'Won', tier: 'Key' });
  const dupe = customer(h, { name: 'ACME, Ltd.', status: 'Won', tier: 'Key' });
  return { h, keep, dupe };
}

const merge = (h: ReturnType<typeof startAddon>, keepId: string, mergeId: string) =>
  expect(h.addon.serve('sidebarMergeCustomers', submit({ keepId, mergeId }))).toMatchObject({ ok: true });

const start = (h: ReturnType<typeof startAddon>, customerId: string, owner: string) =>
  ok(serve(h, 'sidebarStartWinBack', { customerId, cause: 'Budget', measures: 'Discount offered.', owner }));

describe('two open win-backs of one customer after a merge', () => {
  it('raise one reaction-check alert, naming the other, whose own alert follows once the first has its outcome', () => {
    const { h, keep, dupe } = mergedPair();
    const first = start(h, keep, 'amy@example.com');
    h.emu.rt.clock.set(shanghai('2026-11-23T11:00'));
    const second = start(h, dupe, 'bob@example.com');
    merge(h, keep, dupe);
    daily(h, '2026-11-27T10:00');
    expect(checkAlerts(h).map((a) => [a['Record ID'], a['Customer ID'], a.Owner, a.Message])).toEqual([
      [
        first,
        keep,
        'amy@example.com',
        `Win-back ${first}: check how ${keep} reacted to the measures and record the outcome. Win-back ${second} is open for ${keep} too: record its outcome as well.`,
      ],
    ]);
    ok(serve(h, 'sidebarRecordWinBackOutcome', { id: first, outcome: 'Lost' }));
    daily(h, '2026-11-28T10:00');
    expect(checkAlerts(h).map((a) => [a['Record ID'], a.Owner, a.Message])).toEqual([
      [first, 'amy@example.com', expect.any(String)],
      [
        second,
        'bob@example.com',
        `Win-back ${second}: check how ${keep} reacted to the measures and record the outcome.`,
      ],
    ]);
  });

  it("count once in the quarter's Saved / Lost when one was typed in under the record merged away", () => {
    const { h, keep, dupe } = mergedPair();
    const lost = start(h, keep, 'amy@example.com');
    ok(serve(h, 'sidebarRecordWinBackOutcome', { id: lost, outcome: 'Lost' }));
    merge(h, keep, dupe);
    typeRows(h, 'Win-backs', [
      {
        ID: 'W-09001',
        'Customer ID': dupe,
        Started: shanghai('2026-11-23T12:00'),
        Outcome: 'Won Back',
        'Outcome Date': shanghai('2026-11-24T12:00'),
      },
    ]);
    daily(h, '2026-11-25T10:00');
    const figures = dashboardSection(h, 'Churn and win-back (2026-Q4)', 'At-risk customers').rows[0]!;
    expect([figures['Saved this quarter'], figures['Lost this quarter']]).toEqual([1, 0]);
  });
});
