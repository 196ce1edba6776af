/**
 * A win-back's Expected Completion (DOMAIN.md: "win-back measures, owner, expected completion"):
 * the day its measures should be done, optional, never before it starts; the Dashboard counts the
 * open ones past it. Set up / repair adds the column to a Win-backs sheet an earlier version made,
 * moving nothing. Now is Monday 2026-11-23 10:00 in Shanghai.
 */
import { describe, expect, it } from 'vitest';
import { at, customer, daily, dashboardSection, record, serve, sheet } from './daily-fixtures';
import { type Harness, shanghai, startAddon } from './harness';

const SECTION = 'Churn and win-back (2026-Q4)';

function start(h: Harness, name: string, extra: Record<string, unknown> = {}) {
  return serve(h, 'sidebarStartWinBack', {
    customerId: customer(h, { name }),
    cause: 'Competitor price',
    measures: 'A 10% discount on renewal and a named support engineer.',
    ...extra,
  });
}

const started = (h: Harness, name: string, extra: Record<string, unknown> = {}): string => {
  const answer = start(h, name, extra);
  expect(answer.ok, JSON.stringify(answer)).toBe(true);
  return answer.value!.id;
};

const overdue = (h: Harness) =>
  dashboardSection(h, SECTION, 'At-risk customers').rows[0]!['Win-backs overdue'];

describe('starting a win-back with an Expected Completion', () => {
  it('keeps the day in its own column, after Check Reaction By', () => {
    const h = startAddon();
    const headers = h.values('Win-backs')[0]!;
    expect(headers.indexOf('Expected Completion')).toBe(headers.indexOf('Check Reaction By') + 1);
    const w = started(h, 'Acme Ltd', { expectedCompletion: '2026-11-30' });
    expect(record(h, 'Win-backs', w)['Expected Completion']).toEqual(shanghai('2026-11-30'));
  });

  it('leaves it empty when none is given', () => {
    const h = startAddon();
    expect(record(h, 'Win-backs', started(h, 'Acme Ltd'))['Expected Completion']).toBe('');
  });

  it('takes the day it starts, and refuses one before it in words, writing nothing', () => {
    const h = startAddon();
    const refused = start(h, 'Acme Ltd', { expectedCompletion: '2026-11-22' });
    expect(refused).toMatchObject({ ok: false, kind: 'invalid' });
    expect(refused.fields).toEqual({
      expectedCompletion:
        'This is before the win-back starts (today, 2026-11-23): enter the day the measures should be done.',
    });
    expect(h.records('Win-backs')).toHaveLength(0);
    started(h, 'Beta Co', { expectedCompletion: '2026-11-23' });
  });
});

describe('the Dashboard', () => {
  it('counts the open win-backs whose Expected Completion has passed as overdue, and says so', () => {
    const h = startAddon();
    started(h, 'Late Ltd', { expectedCompletion: '2026-11-25' });
    started(h, 'Due Today Co', { expectedCompletion: '2026-11-27' });
    started(h, 'Undated Inc');
    const saved = started(h, 'Saved Co', { expectedCompletion: '2026-11-24' });
    expect(serve(h, 'sidebarRecordWinBackOutcome', { id: saved, outcome: 'Won Back' }).ok).toBe(true);
    daily(h, '2026-11-25T23:00');
    expect(overdue(h)).toBe(0);
    daily(h, '2026-11-27T09:00');
    expect(overdue(h)).toBe(1);
    expect(h.values('Dashboard').flat().join('\n')).toContain(
      'Win-backs overdue: open ones whose Expected Completion day has passed.',
    );
  });
});

describe('Set up / repair on a Win-backs sheet an earlier version made', () => {
  /** The sheet as the earlier version left it, a person's own column at its right: its values. */
  function earlierLayout(h: Harness): unknown[][] {
    at(h, '2026-11-02T09:00');
    const w = started(h, 'Acme Ltd');
    const s = sheet(h, 'Win-backs');
    s.deleteColumn(h.values('Win-backs')[0]!.indexOf('Expected Completion') + 1);
    s.insertColumnAfter(s.getLastColumn());
    const notes = s.getLastColumn() + 1;
    s.getRange(1, notes).setValue('Call notes');
    s.getRange(h.values('Win-backs').findIndex((r) => r[0] === w) + 1, notes).setValue('Called twice.');
    return h.values('Win-backs');
  }

  it('adds Expected Completion at the right, moving and changing nothing, and it is used from then on', () => {
    const h = startAddon();
    const before = earlierLayout(h);
    expect(before[0]).not.toContain('Expected Completion');

    const report = h.addon.call('setupWorkbook') as { columnsAdded: string[] };
    expect(report.columnsAdded).toEqual(['Win-backs: Expected Completion']);
    const after = h.values('Win-backs');
    expect(after.map((r) => r.slice(0, before[0]!.length))).toEqual(before);
    expect(after[0]!.at(-1)).toBe('Expected Completion');
    expect((h.addon.call('setupWorkbook') as { columnsAdded: string[] }).columnsAdded).toEqual([]);
    expect(h.values('Win-backs')).toEqual(after);

    at(h, '2026-11-23T10:00');
    const w = started(h, 'Beta Co', { expectedCompletion: '2026-11-24' });
    expect(record(h, 'Win-backs', w)).toMatchObject({
      'Call notes': '',
      'Expected Completion': shanghai('2026-11-24'),
    });
    expect(record(h, 'Win-backs', 'W-00001')).toMatchObject({
      'Call notes': 'Called twice.',
      'Expected Completion': '',
    });
    daily(h, '2026-11-26T08:00');
    expect(overdue(h)).toBe(1);
  });
});
