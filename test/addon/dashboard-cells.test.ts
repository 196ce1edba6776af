/**
 * What a manager reads on the Dashboard, cell by cell: text from records stays text, a figure
 * shown twice reads the same, notes follow the settings, a pasted essay cannot stop the job, and
 * a duplicate merged away is not counted as a customer.
 */
import { describe, expect, it } from 'vitest';
import {
  customer,
  daily,
  dashboardSection,
  interaction,
  setSetting,
  sheet,
  submit,
  typeRows,
} from './daily-fixtures';
import { shanghai, startAddon } from './harness';

const ANSWER = {
  Reason: 'Ad Hoc',
  Sent: shanghai('2026-11-10T10:00'),
  'Response Speed': 4,
  Resolution: 4,
  Professionalism: 4,
  Status: 'Responded',
};

/** The Dashboard rows as shown, and the one whose first cell is `label`. */
const shown = (h: ReturnType<typeof startAddon>) =>
  sheet(h, 'Dashboard').getDataRange().getDisplayValues() as string[][];
const rowOf = (h: ReturnType<typeof startAddon>, label: string) => {
  const found = shown(h).find((r) => r[0] === label);
  if (!found) throw new Error(`no Dashboard row ${label}`);
  return found;
};

describe('dashboard cells', () => {
  it('stores a weekly-problem keyword as the text it is, not as the value it looks like', () => {
    const h = startAddon();
    const c = customer(h, { name: 'Acme', status: 'Won', tier: 'Regular' });
    typeRows(
      h,
      'Tickets',
      ['T-09001', 'T-09002', 'T-09003'].map((id, i) => ({
        ID: id,
        'Customer ID': c,
        Subject: 'Auto-renew false after save',
        Description: 'The auto-renew checkbox shows false after save',
        Type: 'Technical',
        Level: 'Regular',
        Status: 'New',
        Submitted: shanghai(`2026-11-1${7 + i}T10:00`),
      })),
    );
    expect(h.addon.call('refreshDashboard')).toMatchObject({ error: '' });
    const { rows } = dashboardSection(h, 'Weekly problems by keyword (2026-11-16 to 2026-11-22)', 'Problem');
    const words = rows.map((r) => r.Problem);
    expect(words).toContain('false');
    expect(words).not.toContain(false);
  });

  it('shows one recommend score for a quarter in the glance and in the quarter summary (-12.5 is -13 in both)', () => {
    const h = startAddon();
    const c = customer(h, { name: 'Acme', status: 'Won', tier: 'Regular' });
    // One 5 and two 1-3s of eight: 12.5% - 25% = -12.5.
    typeRows(
      h,
      'Surveys',
      [5, 3, 2, 4, 4, 4, 4, 4].map((recommend, i) => ({
        ...ANSWER,
        ID: `S-0900${i}`,
        'Customer ID': c,
        Responded: shanghai(`2026-11-1${i}T11:00`),
        Recommend: recommend,
      })),
    );
    daily(h);
    expect(rowOf(h, 'Recommend score (2026-Q4 vs 2026-Q3)')[1]).toBe('-13');
    const { rows } = dashboardSection(h, 'Satisfaction by quarter', 'Period');
    expect(rows.find((r) => r.Period === '2026-Q4')?.Recommend).toBe('-13 (thin)');
  });

  it('explains "(thin)" with the thin-sample setting in force', () => {
    const h = startAddon();
    setSetting(h, 'Survey thin sample under (responses)', '5');
    daily(h);
    const notes = shown(h)
      .map((r) => r[0]!)
      .filter((t) => t.includes('"(thin)"'));
    expect(notes).toHaveLength(2);
    for (const note of notes) expect(note).toContain('"(thin)": under 5 answers.');
  });

  it('cuts long negative comments, so two pasted essays do not stop the Dashboard or the daily job', () => {
    const h = startAddon();
    const c = customer(h, { name: 'Acme', status: 'Won', tier: 'Regular' });
    const essay = (word: string) => `${word} `.repeat(26_000 / (word.length + 1)).trim();
    typeRows(
      h,
      'Surveys',
      ['slow', 'broken'].map((word, i) => ({
        ...ANSWER,
        ID: `S-0900${i}`,
        'Customer ID': c,
        Responded: shanghai('2026-11-11T10:00'),
        'Response Speed': 2,
        Resolution: 2,
        Professionalism: 2,
        Recommend: 1,
        Comments: essay(word),
      })),
    );
    daily(h);
    const { rows } = dashboardSection(h, 'Satisfaction by month', 'Period');
    const comments = String(rows.find((r) => r.Period === '2026-11')?.['Negative comments']);
    expect(comments).toMatch(/^C-0001: slow slow .*… \| C-0001: broken broken .*…$/);
    expect(comments.length).toBeLessThan(5_000);
  });

  it('counts a duplicate merged into another neither under Records to refresh nor in the picker', () => {
    const h = startAddon({ now: '2026-10-01T10:00' });
    const base = { status: 'Won', tier: 'Regular', owner: 'agent@example.com' };
    const keep = customer(h, { ...base, name: 'Acme Ltd' });
    const duplicate = customer(h, { ...base, name: 'ACME, Ltd.' });
    const merged = h.addon.serve('sidebarMergeCustomers', submit({ keepId: keep, mergeId: duplicate }));
    expect(merged).toMatchObject({ ok: true });
    // The kept record is saved again three weeks later; the duplicate never is.
    interaction(h, keep, '2026-10-20T10:00');
    h.emu.rt.clock.set(shanghai('2026-10-22T10:00'));
    expect(h.addon.serve('sidebarUpdateCustomer', submit({ id: keep, notes: 'Reviewed.' }))).toMatchObject({
      ok: true,
    });
    daily(h, '2026-11-05T10:00');
    expect(rowOf(h, 'Records to refresh')[1]).toBe('0');
    const boot = h.addon.serve('sidebarBootstrap') as {
      value: { customers: { rows: string[][] }; queue: { refresh: unknown[] } };
    };
    expect(boot.value.customers.rows.map((r) => r[0])).toEqual([keep]);
    expect(boot.value.queue.refresh).toEqual([]);
  });
});
