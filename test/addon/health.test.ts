/**
 * Issue 6 (health score and churn warning), on the built add-on in the emulator: the spreadsheet
 * in Asia/Shanghai, "now" Monday 2026-11-23 10:00, default settings (weights recency 15,
 * frequency 10, satisfaction 20, recommend 10, open tickets 10, SLA breaches 10, complaints 10,
 * renewal 15; at risk <= 60, High <= 40).
 */
import { describe, expect, it } from 'vitest';
import {
  alerts,
  at,
  customer,
  daily,
  instant,
  interaction,
  letterOf,
  noteOf,
  record,
  serve,
  setSetting,
  sheet,
  sortBy,
  ticket,
  typeRows,
  updateTicket,
} from './daily-fixtures';
import { type Harness, shanghai, startAddon } from './harness';

const NOW = '2026-11-23T10:00';
const LONG_AGO = '2025-06-02T10:00';

/** Five dimension scores and Recommend, all the same. */
const scored = (n: number) => ({
  'Response Speed': n,
  Resolution: n,
  Professionalism: n,
  'Product Fit': n,
  'Proactive Care': n,
  Recommend: n,
});

/**
 * A Won Regular customer with, in the last 90 days, one Complaint ticket whose acknowledgement
 * came late (one SLA breach, computed by the hourly job), no contact for 120 days, and a latest
 * survey of 2/5 (an older one was 5/5).
 */
/** The alerts escalating a missed at-risk analysis (the customer's follow-ups share the kind). */
const missedAnalysis = (h: Harness, id: string) =>
  alerts(h, 'Follow-up Overdue', id).filter((a) => String(a.Message).startsWith('The analysis of'));

function troubled(h: Harness): string {
  const id = customer(
    h,
    { name: 'Dragon Freight', status: 'Won', tier: 'Regular', owner: 'amy@example.com' },
    LONG_AGO,
  );
  interaction(h, id, '2026-07-26T10:00');
  // Monday 2026-10-26 10:00: acknowledged 11:00 (due 10:30), resolved 12:00 (due 14:00).
  at(h, '2026-10-26T10:00');
  const t = ticket(h, { customerId: id, type: 'Complaint', level: 'Regular', subject: 'Late delivery' });
  at(h, '2026-10-26T11:00');
  updateTicket(h, { id: t, status: 'Acknowledged' });
  at(h, '2026-10-26T12:00');
  updateTicket(h, { id: t, status: 'Resolved', solution: 'Re-shipped' });
  expect((h.addon.call('runHourlyJobs') as { error: string }).error).toBe('');
  expect(record(h, 'Tickets', t).Breaches).toBe('ack');
  typeRows(h, 'Surveys', [
    {
      ID: 'S-09001',
      'Customer ID': id,
      Reason: '3 Months',
      Sent: shanghai('2026-06-01T10:00'),
      Responded: shanghai('2026-06-03T10:00'),
      ...scored(5),
    },
    {
      ID: 'S-09002',
      'Customer ID': id,
      Reason: '6 Months',
      Sent: shanghai('2026-11-01T10:00'),
      Responded: shanghai('2026-11-03T10:00'),
      ...scored(2),
    },
  ]);
  return id;
}

/** A Won Regular customer contacted last week, two 5/5 surveys, no tickets. */
function happy(h: Harness): string {
  const id = customer(
    h,
    { name: 'Bright Labs', status: 'Won', tier: 'Regular', owner: 'bo@example.com' },
    LONG_AGO,
  );
  interaction(h, id, '2026-11-16T10:00');
  typeRows(h, 'Surveys', [
    {
      ID: 'S-09101',
      'Customer ID': id,
      Reason: '3 Months',
      Responded: shanghai('2026-09-10T10:00'),
      ...scored(5),
    },
    {
      ID: 'S-09102',
      'Customer ID': id,
      Reason: '6 Months',
      Responded: shanghai('2026-11-10T10:00'),
      ...scored(5),
    },
  ]);
  return id;
}

const NOT_COUNTED =
  'Not counted, no data: Frequency, Satisfaction, Recommend, Open tickets, SLA breaches, Complaints, ' +
  'Renewal intent; the shares are of the weights counted.';

describe('health score', () => {
  it('makes a customer with a complaint, an SLA breach, 120 days without contact and a 2/5 survey High risk, naming each', () => {
    const h = startAddon({ now: NOW });
    const id = troubled(h);
    daily(h, NOW);
    const c = record(h, 'Customers', id);
    // Sub-scores: recency 120 d → 0; frequency 0 of 1 expected → 0; satisfaction 2.0 on the
    // 1.5-4.5 line → 16.67 → 17; recommend 2 → 0; open tickets 0 → 100; breaches 1 of 2 → 50;
    // complaints 1 of 2 → 50; renewal intent blank → left out.
    // (0×15 + 0×10 + 17×20 + 0×10 + 100×10 + 50×10 + 50×10) / 85 = 2340 / 85 = 27.53 → 28.
    expect(c['Health Score']).toBe(28);
    expect(c['Risk Level']).toBe('High');
    // Weakest first; ties: heavier first, then the model's order.
    expect(c['Risk Reasons']).toBe(
      [
        'no contact for 120 days',
        'no touches in 90 days, expected 1',
        'would recommend 2.0/5',
        'latest survey 2.0/5',
        '1 SLA breach in 90 days',
        '1 complaint in 90 days',
      ].join('; '),
    );
    const note = noteOf(h, 'Customers', id, 'Health Score');
    expect(note).toContain('Satisfaction (latest survey 2.0/5): 17 × 20 = 340');
    expect(note).toContain('Score = 2340 ÷ 85 = 27.52, rounded to 28');
  });

  it('scores a customer contacted last week with 5/5 surveys and no tickets above 80', () => {
    const h = startAddon({ now: NOW });
    const id = happy(h);
    daily(h, NOW);
    const c = record(h, 'Customers', id);
    // Recency 7 d, 1 touch of 1 expected, satisfaction 5.0, recommend 5: all 100; no tickets, no
    // renewal intent: left out.
    expect(c['Health Score']).toBe(100);
    expect(c['Health Score']).toBeGreaterThan(80);
    expect(c['Risk Level']).toBe('Low');
    expect(c['Risk Reasons']).toBe('');
  });

  it('leaves out survey scores that are not a whole number from 1 to 5, as the survey summaries do', () => {
    const h = startAddon({ now: NOW });
    const id = happy(h);
    // The latest answer: 4.5 in every dimension and a Recommend of 9 (someone used a 0-10 scale).
    typeRows(h, 'Surveys', [
      {
        ID: 'S-09103',
        'Customer ID': id,
        Reason: 'Ad Hoc',
        Responded: shanghai('2026-11-20T10:00'),
        ...scored(4.5),
        Recommend: 9,
      },
    ]);
    daily(h, NOW);
    const c = record(h, 'Customers', id);
    // The 5/5 answer of 2026-11-10 is still the latest that counts.
    expect(c['Health Score']).toBe(100);
    const note = noteOf(h, 'Customers', id, 'Health Score');
    expect(note).toContain('Satisfaction (latest survey 5.0/5)');
    expect(note).toContain('Recommend (would recommend 5.0/5)');
    expect(String(record(h, 'Surveys', 'S-09103').Problems)).toContain('Recommend');
  });

  it('scores a new customer with only a recent interaction from recency alone', () => {
    const h = startAddon({ now: NOW });
    const id = customer(
      h,
      { name: 'Cloud Nine', status: 'Potential', owner: 'cy@example.com' },
      '2026-11-20T10:00',
    );
    interaction(h, id, '2026-11-21T15:00');
    daily(h, NOW);
    const c = record(h, 'Customers', id);
    expect(c['Health Score']).toBe(100);
    expect(c['Risk Level']).toBe('Low');
    expect(noteOf(h, 'Customers', id, 'Health Score')).toBe(
      [
        'Health score 100 (Low risk)',
        'Indicator (fact): sub-score × weight = product; share of the weight → points',
        'Recency (no contact for 1 day): 100 × 15 = 1500; 100% → 100',
        'Score = 1500 ÷ 15 = 100.00, rounded to 100',
        NOT_COUNTED,
      ].join('\n'),
    );
  });

  it('gives a customer with no data no score, with the reason, not a made-up 50', () => {
    const h = startAddon({ now: NOW });
    const id = customer(h, { name: 'Quiet Co', status: 'Potential' }, '2026-11-20T10:00');
    daily(h, NOW);
    const c = record(h, 'Customers', id);
    expect(c['Health Score']).toBe('');
    expect(c['Risk Level']).toBe('');
    expect(c['Risk Reasons']).toBe('no data yet');
    expect(h.records('Health History').filter((r) => r['Customer ID'] === id)).toHaveLength(0);
  });

  it('raises one At Risk alert for the owner, due in 24 hours, across three daily runs', () => {
    const h = startAddon({ now: NOW });
    const id = troubled(h);
    const healthy = happy(h);
    daily(h, '2026-11-23T10:00');
    daily(h, '2026-11-24T10:00');
    daily(h, '2026-11-25T10:00');
    const raised = alerts(h, 'At Risk', id);
    expect(raised).toHaveLength(1);
    const [alert] = raised;
    expect(alert!.Owner).toBe('amy@example.com');
    expect(alert!['Customer ID']).toBe(id);
    expect(instant(alert!.Raised)).toBe(shanghai('2026-11-23T10:00').getTime());
    expect(instant(alert!.Due)).toBe(shanghai('2026-11-24T10:00').getTime());
    expect(alert!.Message).toContain('no contact for 120 days');
    expect(alert!.Message).toContain('1 complaint in 90 days');
    expect(alerts(h, 'At Risk', healthy)).toHaveLength(0);
    expect(alerts(h, 'At Risk')).toHaveLength(1);
  });

  it('escalates an analysis not started by its due time to the Service Supervisor, once', () => {
    const h = startAddon({ now: NOW });
    setSetting(h, 'Supervisor: Service Supervisor', 'care.lead@example.com');
    const id = troubled(h);
    daily(h, '2026-11-23T10:00');
    // Due 2026-11-24 10:00: not missed at that moment, missed after it.
    daily(h, '2026-11-24T10:00');
    expect(missedAnalysis(h, id)).toHaveLength(0);
    daily(h, '2026-11-25T10:00');
    daily(h, '2026-11-26T10:00');
    const missed = missedAnalysis(h, id);
    expect(missed).toHaveLength(1);
    const [warning] = alerts(h, 'At Risk', id);
    expect(missed[0]).toMatchObject({
      Owner: 'amy@example.com',
      'Escalated To': 'care.lead@example.com',
      Message: `The analysis of at-risk customer ${id} (alert ${warning!.ID}) was due 2026-11-24 10:00 and has not started: mark that alert Done when it does.`,
    });
  });

  it('does not escalate the analysis of a customer set to Churned since the warning', () => {
    const h = startAddon({ now: NOW });
    const id = troubled(h);
    daily(h, '2026-11-23T10:00');
    // The customer leaves the next morning; the warning was never marked Done.
    const row = h.values('Customers').findIndex((r) => r[0] === id) + 1;
    sheet(h, 'Customers')
      .getRange(`${letterOf(h, 'Customers', 'Status')}${row}`)
      .setValue('Churned');
    at(h, '2026-11-24T11:00');
    h.addon.call('runHourlyJobs');
    expect(missedAnalysis(h, id)).toHaveLength(0);
    daily(h, '2026-11-25T10:00');
    expect(missedAnalysis(h, id)).toHaveLength(0);
  });

  it('does not escalate an analysis whose warning was marked Done in time', () => {
    const h = startAddon({ now: NOW });
    const id = troubled(h);
    daily(h, '2026-11-23T10:00');
    const [warning] = alerts(h, 'At Risk', id);
    const done = h.addon.serve('sidebarMarkAlertDone', { requestId: 'done-1', record: { id: warning!.ID } });
    expect(done).toMatchObject({ ok: true });
    daily(h, '2026-11-25T10:00');
    expect(missedAnalysis(h, id)).toHaveLength(0);
    // The customer's own overdue follow-up is another matter, raised as before.
    expect(alerts(h, 'Follow-up Overdue', id)).toHaveLength(1);
  });

  it('takes the analysis due time from Settings', () => {
    const h = startAddon({ now: NOW });
    setSetting(h, 'Health: at-risk analysis due within (hours)', '8');
    const id = troubled(h);
    daily(h, '2026-11-23T10:00');
    const [alert] = alerts(h, 'At Risk', id);
    expect(instant(alert!.Due)).toBe(shanghai('2026-11-23T18:00').getTime());
    expect(alert!.Message).toContain('Start the analysis within 8 hours.');
  });

  it('does not score a Churned customer nor warn about it', () => {
    const h = startAddon({ now: NOW });
    const id = customer(
      h,
      { name: 'Gone Ltd', status: 'Churned', tier: 'Regular', owner: 'dd@example.com' },
      LONG_AGO,
    );
    interaction(h, id, '2026-06-01T10:00');
    ticket(h, { customerId: id, type: 'Complaint', submitted: '2026-11-02T10:00' });
    daily(h, NOW);
    const c = record(h, 'Customers', id);
    expect(c['Health Score']).toBe('');
    expect(c['Risk Level']).toBe('');
    expect(c['Risk Reasons']).toBe('churned: not scored');
    expect(noteOf(h, 'Customers', id, 'Health Score')).toBe('');
    expect(alerts(h, 'At Risk', id)).toHaveLength(0);
    expect(h.records('Health History').filter((r) => r['Customer ID'] === id)).toHaveLength(0);
  });

  // Sheets' Status dropdown lets "churned" through, kept as typed (the emulator's
  // validation-check.ts says why): it is the Churned status all the same.
  it('does not score a customer whose Status was typed "churned"', () => {
    const h = startAddon({ now: NOW });
    const id = customer(
      h,
      { name: 'Gone Ltd', status: 'Won', tier: 'Regular', owner: 'dd@example.com' },
      LONG_AGO,
    );
    const row = h.values('Customers').findIndex((r) => r[0] === id) + 1;
    h.addon.edit('Customers', `${letterOf(h, 'Customers', 'Status')}${row}`, 'churned');
    daily(h, NOW);
    const c = record(h, 'Customers', id);
    expect(c.Status).toBe('churned');
    expect(c['Health Score']).toBe('');
    expect(c['Risk Reasons']).toBe('churned: not scored');
  });
});

describe('the daily result', () => {
  it('says how many customers got a score, apart from those it looked at', () => {
    const h = startAddon({ now: NOW });
    const scored = customer(h, { name: 'Acme', status: 'Won' });
    interaction(h, scored, '2026-11-20T10:00');
    customer(h, { name: 'Gone Ltd', status: 'Churned' });
    customer(h, { name: 'New Ltd', status: 'Potential' });
    expect(daily(h).detail).toMatch(/^3 customers checked, 1 scored;/);
  });
});

describe('health history and trend', () => {
  it('keeps one Health History row per scored customer per month, however many runs', () => {
    const h = startAddon({ now: NOW });
    const a = troubled(h);
    const b = happy(h);
    const gone = customer(h, { name: 'Gone Ltd', status: 'Churned' }, LONG_AGO);
    interaction(h, gone, '2026-11-01T10:00');
    daily(h, '2026-11-23T10:00');
    daily(h, '2026-11-24T10:00');
    daily(h, '2026-11-25T10:00');
    const rows = h.records('Health History');
    expect(rows.map((r) => [r.Month, r['Customer ID'], r['Health Score'], r['Risk Level']])).toEqual([
      ['2026-11', a, 28, 'High'],
      ['2026-11', b, 100, 'Low'],
    ]);
    daily(h, '2026-12-01T10:00');
    const december = h.records('Health History').filter((r) => r.Month === '2026-12');
    expect(december.map((r) => r['Customer ID'])).toEqual([a, b]);
  });

  it('records a customer first scored later in the month, once, so next month shows its trend', () => {
    const h = startAddon({ now: '2026-10-01T10:00' });
    const early = customer(h, { name: 'Early Ltd', status: 'Won', tier: 'Regular' }, '2026-09-28T10:00');
    interaction(h, early, '2026-09-30T10:00');
    daily(h, '2026-10-01T10:00');
    // Entered on the 20th, after October's first run recorded the month.
    at(h, '2026-10-21T12:00');
    const late = customer(h, { name: 'Late Ltd', status: 'Won', tier: 'Regular' }, '2026-10-20T10:00');
    interaction(h, late, '2026-10-21T10:00');
    daily(h, '2026-10-23T10:00');
    daily(h, '2026-10-24T10:00');
    expect(h.records('Health History').map((r) => [r.Month, r['Customer ID'], r['Health Score']])).toEqual([
      ['2026-10', early, 100],
      ['2026-10', late, 100],
    ]);
    daily(h, '2026-11-23T10:00');
    // 33 days: 100 × (120 − 33) / (120 − 14) = 82.08 → 82; down 18 from its October score.
    expect(record(h, 'Customers', late)['Health Trend']).toBe('▼ 18');
  });

  it('shows the change since last month in Health Trend', () => {
    const h = startAddon({ now: '2026-10-23T10:00' });
    const id = customer(h, { name: 'Fading Inc', status: 'Won', tier: 'Regular' }, '2026-10-20T10:00');
    interaction(h, id, '2026-10-21T10:00');
    daily(h, '2026-10-23T10:00');
    // Recency alone (the relationship is younger than the 90-day window): 2 days → 100.
    expect(record(h, 'Customers', id)['Health Score']).toBe(100);
    expect(record(h, 'Customers', id)['Health Trend']).toBe('');
    daily(h, '2026-11-23T10:00');
    // 33 days: 100 × (120 − 33) / (120 − 14) = 82.08 → 82; down 18 from October's 100.
    const c = record(h, 'Customers', id);
    expect(c['Health Score']).toBe(82);
    expect(c['Health Trend']).toBe('▼ 18');
    expect(h.records('Health History').map((r) => [r.Month, r['Health Score']])).toEqual([
      ['2026-10', 100],
      ['2026-11', 82],
    ]);
    // A second November run compares with October still, not with the first November run:
    // 34 days → 100 × 86 / 106 = 81.13 → 81, down 19.
    daily(h, '2026-11-24T10:00');
    expect(record(h, 'Customers', id)['Health Score']).toBe(81);
    expect(record(h, 'Customers', id)['Health Trend']).toBe('▼ 19');
  });

  it("compares a kept customer with no history of its own with last month's score of the record merged into it", () => {
    const h = startAddon({ now: '2026-10-23T10:00' });
    const dupe = customer(h, { name: 'Fading Inc', status: 'Won', tier: 'Regular' }, '2026-10-20T10:00');
    interaction(h, dupe, '2026-10-21T10:00');
    daily(h, '2026-10-23T10:00');
    expect(record(h, 'Customers', dupe)['Health Score']).toBe(100);
    // Entered again in November, and the October record merged into it.
    at(h, '2026-11-20T10:00');
    const keep = customer(h, { name: 'Fading Incorporated', status: 'Won', tier: 'Regular' });
    expect(serve(h, 'sidebarMergeCustomers', { keepId: keep, mergeId: dupe }).ok).toBe(true);
    daily(h, '2026-11-23T10:00');
    const kept = record(h, 'Customers', keep);
    expect(kept['Health Score']).toBe(82);
    expect(kept['Health Trend']).toBe('▼ 18');
    // History stays as recorded: October's row keeps the ID it was written under.
    expect(h.records('Health History').map((r) => [r.Month, r['Customer ID']])).toEqual([
      ['2026-10', dupe],
      ['2026-11', keep],
    ]);
  });
});

describe('row order', () => {
  /**
   * The same customers, interactions, tickets and surveys, entered in the order given or the
   * reverse. Customers keep their IDs (made first, in one order); surveys are typed with fixed IDs.
   * Two of Echo's surveys were answered the same day (dates typed without a time).
   */
  function world(reverse: boolean): { h: Harness; ids: string[] } {
    const h = startAddon({ now: NOW });
    const flip = <T>(xs: T[]) => (reverse ? [...xs].reverse() : xs);
    const names = ['Alpha', 'Bravo', 'Charlie', 'Delta', 'Echo'];
    const ids = names.map((name, i) =>
      customer(
        h,
        { name, status: 'Won', tier: ['VIP', 'Key', 'Regular'][i % 3], owner: 'amy@example.com' },
        LONG_AGO,
      ),
    );
    const [alpha, bravo, charlie, delta, echo] = ids as [string, string, string, string, string];
    at(h, NOW);
    const touches: Array<[string, string]> = [
      [alpha, '2026-08-01T10:00'],
      [alpha, '2026-09-15T10:00'],
      [alpha, '2026-11-02T10:00'],
      [bravo, '2026-10-01T10:00'],
      [bravo, '2026-11-20T10:00'],
      [charlie, '2026-05-01T10:00'],
      [delta, '2026-11-22T10:00'],
      [delta, '2026-09-01T10:00'],
      [echo, '2026-10-10T10:00'],
    ];
    for (const [c, when] of flip(touches)) interaction(h, c, when);
    const tickets: Array<Record<string, unknown>> = [
      { customerId: alpha, type: 'Complaint', submitted: '2026-10-05T10:00' },
      { customerId: alpha, type: 'Technical', submitted: '2026-11-10T10:00' },
      { customerId: bravo, type: 'Inquiry', submitted: '2026-06-01T10:00' },
      { customerId: delta, type: 'Complaint', submitted: '2026-11-18T10:00' },
      { customerId: delta, type: 'Complaint', submitted: '2026-11-19T10:00' },
    ];
    for (const t of flip(tickets)) ticket(h, t);
    const day = (d: string) => shanghai(d);
    typeRows(
      h,
      'Surveys',
      flip([
        {
          ID: 'S-09001',
          'Customer ID': alpha,
          Reason: '3 Months',
          Responded: day('2026-09-01'),
          ...scored(4),
        },
        {
          ID: 'S-09002',
          'Customer ID': alpha,
          Reason: '6 Months',
          Responded: day('2026-11-01'),
          ...scored(3),
        },
        {
          ID: 'S-09003',
          'Customer ID': delta,
          Reason: '3 Months',
          Responded: day('2026-10-01'),
          ...scored(5),
        },
        {
          ID: 'S-09004',
          'Customer ID': echo,
          Reason: '3 Months',
          Responded: day('2026-11-05'),
          ...scored(2),
        },
        { ID: 'S-09005', 'Customer ID': echo, Reason: 'Ad Hoc', Responded: day('2026-11-05'), ...scored(5) },
      ]),
    );
    return { h, ids };
  }

  const scores = (h: Harness, ids: string[]) =>
    ids.map((id) => {
      const c = record(h, 'Customers', id);
      return {
        id,
        score: c['Health Score'],
        level: c['Risk Level'],
        reasons: c['Risk Reasons'],
        note: noteOf(h, 'Customers', id, 'Health Score'),
      };
    });

  it('gives the same scores, reasons and notes whatever order the rows were entered in', () => {
    const forward = world(false);
    const backward = world(true);
    daily(forward.h, NOW);
    daily(backward.h, NOW);
    const a = scores(forward.h, forward.ids);
    expect(a.every((s) => typeof s.score === 'number')).toBe(true);
    expect(scores(backward.h, backward.ids)).toEqual(a);
  });

  it('gives the same scores after the sheets are sorted in place between runs', () => {
    const { h, ids } = world(false);
    daily(h, NOW);
    const before = scores(h, ids);
    sortBy(h, 'Interactions', 'When', false);
    sortBy(h, 'Tickets', 'Submitted', false);
    sortBy(h, 'Surveys', 'ID', false);
    sortBy(h, 'Customers', 'Name', false);
    daily(h, NOW);
    expect(scores(h, ids)).toEqual(before);
  });
});
