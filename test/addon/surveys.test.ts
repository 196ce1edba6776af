/**
 * Issue 7 (satisfaction surveys), on the built add-on in the emulator: the spreadsheet in
 * Asia/Shanghai, "now" Monday 2026-11-23 10:00, default settings (routine surveys at 3, 6 and 12
 * months; reminder 3 days and close 7 days after Sent; low under 3.0; thin under 30 answers;
 * improvement plan due in 15 working days).
 */
import { describe, expect, it } from 'vitest';
import {
  alerts,
  at,
  customer,
  daily,
  dashboardSection,
  instant,
  record,
  SURVEY_SCORES,
  setSetting,
  submit,
  ticket,
  typeRows,
  updateTicket,
} from './daily-fixtures';
import { type Harness, shanghai, startAddon } from './harness';

const NOW = '2026-11-23T10:00';

const answers = (
  speed: number,
  resolution: number,
  prof: number,
  fit: number,
  care: number,
  rec: number,
) => ({
  'Response Speed': speed,
  Resolution: resolution,
  Professionalism: prof,
  'Product Fit': fit,
  'Proactive Care': care,
  Recommend: rec,
});

describe('schedule', () => {
  it('gives a Won customer whose contract started 95 days ago exactly one 3 Months survey, Due, after three runs', () => {
    const h = startAddon({ now: NOW });
    const won = customer(h, { name: 'Acme', status: 'Won', contractStart: '2026-08-20' }, '2026-08-01T10:00');
    const young = customer(
      h,
      { name: 'Bolt', status: 'Won', contractStart: '2026-09-05' },
      '2026-08-01T10:00',
    );
    const lead = customer(
      h,
      { name: 'Coil', status: 'Intent', contractStart: '2026-08-20' },
      '2026-08-01T10:00',
    );
    daily(h, '2026-11-23T10:00');
    daily(h, '2026-11-23T15:00');
    daily(h, '2026-11-24T10:00');
    const rows = h.records('Surveys');
    expect(rows.filter((r) => r['Customer ID'] === won)).toHaveLength(1);
    const [survey] = rows.filter((r) => r['Customer ID'] === won);
    expect(survey!.Reason).toBe('3 Months');
    expect(survey!.Status).toBe('Due');
    // 2026-08-20 + 3 months.
    expect(instant(survey!.Due)).toBe(shanghai('2026-11-20').getTime());
    // Contract 79 days old: the 3-month survey is not due yet; not Won: no routine survey.
    expect(rows.filter((r) => r['Customer ID'] === young || r['Customer ID'] === lead)).toHaveLength(0);
  });
});

describe('lifecycle', () => {
  it('reminds once about a survey sent 4 days ago and expires one sent 8 days ago', () => {
    const h = startAddon({ now: NOW });
    const c = customer(h, { name: 'Acme', owner: 'amy@example.com' }, '2026-01-05T10:00');
    typeRows(h, 'Surveys', [
      { ID: 'S-00001', 'Customer ID': c, Reason: 'Ad Hoc', Sent: shanghai('2026-11-19T10:00') },
      { ID: 'S-00002', 'Customer ID': c, Reason: 'Ad Hoc', Sent: shanghai('2026-11-15T10:00') },
    ]);
    daily(h, '2026-11-23T10:00');
    daily(h, '2026-11-24T10:00');
    daily(h, '2026-11-25T10:00');

    const reminded = record(h, 'Surveys', 'S-00001');
    expect(reminded.Status).toBe('Reminded');
    expect(instant(reminded['Reminder Due'])).toBe(shanghai('2026-11-22T10:00').getTime());
    expect(instant(reminded.Closes)).toBe(shanghai('2026-11-26T10:00').getTime());
    const reminders = alerts(h, 'Survey Reminder', 'S-00001');
    expect(reminders).toHaveLength(1);
    expect(reminders[0]!.Owner).toBe('amy@example.com');
    expect(instant(reminders[0]!.Raised)).toBe(shanghai('2026-11-23T10:00').getTime());

    const expired = record(h, 'Surveys', 'S-00002');
    expect(expired.Status).toBe('Expired');
    expect(instant(expired['Reminder Due'])).toBe(shanghai('2026-11-18T10:00').getTime());
    expect(instant(expired.Closes)).toBe(shanghai('2026-11-22T10:00').getTime());
    expect(alerts(h, 'Survey Reminder', 'S-00002')).toHaveLength(0);
  });

  it('keeps a survey a person closed by hand closed: no reminder, not listed as due', () => {
    const h = startAddon({ now: NOW });
    const c = customer(h, { name: 'Acme', owner: 'amy@example.com' }, '2026-01-05T10:00');
    typeRows(h, 'Surveys', [
      { ID: 'S-00001', 'Customer ID': c, Reason: 'Ad Hoc', Status: 'Expired' },
      {
        ID: 'S-00002',
        'Customer ID': c,
        Reason: 'Ad Hoc',
        Sent: shanghai('2026-11-19T10:00'),
        Status: 'Expired',
      },
    ]);
    daily(h, '2026-11-23T10:00');
    expect(record(h, 'Surveys', 'S-00001').Status).toBe('Expired');
    expect(record(h, 'Surveys', 'S-00002').Status).toBe('Expired');
    expect(alerts(h, 'Survey Reminder', 'S-00002')).toHaveLength(0);
  });
});

describe('summary on the Dashboard', () => {
  /**
   * Four answers and one unanswered survey, all sent and answered in November 2026:
   *
   *   survey   speed res prof fit care  rec  own average
   *   S-00101    5    4   5   4    2    5    20/5 = 4.0
   *   S-00102    4    4   5   3    1    4    17/5 = 3.4
   *   S-00103    3    2   4   3    3    2    15/5 = 3.0
   *   S-00104    5    5   5   5    2    5    22/5 = 4.4
   *   S-00105  sent 2026-11-10, never answered: Expired 2026-11-17
   */
  function fixture(h: Harness): string[] {
    const ids = ['Acme', 'Bolt', 'Coil'].map((name) => customer(h, { name }, '2026-01-05T10:00'));
    const [a, b, c] = ids as [string, string, string];
    const day = (d: string) => shanghai(`${d}T10:00`);
    typeRows(h, 'Surveys', [
      {
        ID: 'S-00101',
        'Customer ID': a,
        Reason: 'Ad Hoc',
        Sent: day('2026-11-02'),
        Responded: day('2026-11-03'),
        ...answers(5, 4, 5, 4, 2, 5),
        Comments: 'Fast response and a friendly engineer.',
      },
      {
        ID: 'S-00102',
        'Customer ID': b,
        Reason: 'Ad Hoc',
        Sent: day('2026-11-04'),
        Responded: day('2026-11-05'),
        ...answers(4, 4, 5, 3, 1, 4),
        Comments: 'Engineer was friendly but nobody called back.',
      },
      {
        ID: 'S-00103',
        'Customer ID': c,
        Reason: 'Ad Hoc',
        Sent: day('2026-11-06'),
        Responded: day('2026-11-08'),
        ...answers(3, 2, 4, 3, 3, 2),
        Comments: 'Slow response, the invoice was wrong.',
      },
      {
        ID: 'S-00104',
        'Customer ID': a,
        Reason: 'Ad Hoc',
        Sent: day('2026-11-09'),
        Responded: day('2026-11-10'),
        ...answers(5, 5, 5, 5, 2, 5),
        Comments: 'Fast fix, friendly team.',
      },
      { ID: 'S-00105', 'Customer ID': b, Reason: 'Ad Hoc', Sent: day('2026-11-10') },
    ]);
    return ids;
  }

  /** The hand-computed figures of the fixture; every figure rests on under 30 answers: thin. */
  function expectFixtureFigures(row: Record<string, unknown>, c: string) {
    expect(row.Answers).toBe(4);
    // 5 sent, none still open (4 answered, 1 expired): 4/5.
    expect(row['Response rate']).toBe('80% (thin)');
    expect(row['Response Speed']).toBe('4.25 (thin)'); // (5+4+3+5)/4 = 17/4
    expect(row.Resolution).toBe('3.75 (thin)'); // (4+4+2+5)/4 = 15/4
    expect(row.Professionalism).toBe('4.75 (thin)'); // (5+5+4+5)/4 = 19/4
    expect(row['Product Fit']).toBe('3.75 (thin)'); // (4+3+3+5)/4 = 15/4
    expect(row['Proactive Care']).toBe('2.00 (thin)'); // (2+1+3+2)/4 = 8/4
    // Own averages 4.0, 3.4, 3.0, 4.4: two of four at 4 or more.
    expect(row.CSAT).toBe('50% (thin)');
    // Recommend 5, 4, 2, 5: promoters 2/4 = 50%, detractors (1-3) 1/4 = 25%: 50 - 25.
    expect(row.Recommend).toBe('25 (thin)');
    // Only Proactive Care averages under 3.0.
    expect(row.Low).toBe('Proactive Care');
    // Comments once each, stop words out ("back" too: it names no problem); count then first use:
    // friendly 3; fast, response, engineer 2; then the ones, the first six of them.
    expect(row['Top words']).toBe(
      'friendly (3), fast (2), response (2), engineer (2), nobody (1), called (1), slow (1), invoice (1), wrong (1), fix (1)',
    );
    // Negative: own average under 3.0 or Recommend 2 or less: only S-00103 (Recommend 2).
    expect(row['Negative comments']).toBe(`${c}: Slow response, the invoice was wrong.`);
  }

  it('shows averages, CSAT, recommend score and the flagged dimension as computed by hand', () => {
    const h = startAddon({ now: NOW });
    const [, , c] = fixture(h);
    daily(h, NOW);
    const months = dashboardSection(h, 'Satisfaction by month', 'Period');
    expect(months.rows.map((r) => r.Period)).toEqual(['2026-11']);
    expectFixtureFigures(months.rows[0]!, c!);
    const quarters = dashboardSection(h, 'Satisfaction by quarter', 'Period');
    expect(quarters.rows.map((r) => r.Period)).toEqual(['2026-Q4']);
    expectFixtureFigures(quarters.rows[0]!, c!);
    // Every column says how it is counted, under the table, so it can be checked by hand.
    const text = h.values('Dashboard').flat().join('\n');
    expect(text).toContain(
      'Answers: surveys answered (Responded) in the period. Response rate: of the surveys Sent in the period and no longer awaiting an answer (Status not Sent or Reminded), the share answered.',
    );
    expect(text).toContain(
      'Low: dimensions averaging under 3. Top words: the words used most in the comments. Negative comments: the latest 5 comments of answers averaging under 3 or with Recommend 2 or less.',
    );
  });

  it('marks bad hand-entered rows, leaves them out of the figures and says how many', () => {
    const h = startAddon({ now: NOW });
    const [a, , c] = fixture(h);
    // Each bad row answers all 1s, which would drag every average down if it counted.
    typeRows(h, 'Surveys', [
      {
        ID: 'S-00106',
        'Customer ID': a,
        Reason: 'Ad Hoc',
        Sent: shanghai('2026-11-11T10:00'),
        Responded: shanghai('2026-11-12T10:00'),
        ...answers(1, 7, 1, 1, 1, 1),
      },
      {
        ID: 'S-00107',
        'Customer ID': 'C-9999',
        Reason: 'Ad Hoc',
        Sent: shanghai('2026-11-11T10:00'),
        Responded: shanghai('2026-11-12T10:00'),
        ...answers(1, 1, 1, 1, 1, 1),
      },
      {
        ID: 'S-00108',
        'Customer ID': a,
        Reason: 'Ad Hoc',
        Sent: shanghai('2026-11-15T10:00'),
        Responded: shanghai('2026-11-14T10:00'),
        ...answers(1, 1, 1, 1, 1, 1),
      },
      // 2062 for 2026: it would be the customer's latest answer for decades.
      {
        ID: 'S-00109',
        'Customer ID': a,
        Reason: 'Ad Hoc',
        Sent: shanghai('2026-11-15T10:00'),
        Responded: shanghai('2062-11-16T10:00'),
        ...answers(1, 1, 1, 1, 1, 1),
      },
    ]);
    const outcome = daily(h, NOW);
    expect(record(h, 'Surveys', 'S-00106').Problems).toBe(
      'Resolution is "7", not a whole number from 1 to 5',
    );
    expect(record(h, 'Surveys', 'S-00107').Problems).toBe('customer C-9999 is not in Customers');
    expect(record(h, 'Surveys', 'S-00108').Problems).toBe('Responded is before Sent');
    expect(record(h, 'Surveys', 'S-00109').Problems).toBe('Responded is in the future');
    for (const id of ['S-00101', 'S-00102', 'S-00103', 'S-00104', 'S-00105'])
      expect(record(h, 'Surveys', id).Problems).toBe('');
    const months = dashboardSection(h, 'Satisfaction by month', 'Period');
    expectFixtureFigures(months.rows[0]!, c!);
    expect(months.lines.join('\n')).toContain('4 rows left out: S-00106 (');
    expect(months.lines.join('\n')).toContain('S-00107 (customer C-9999 is not in Customers)');
    expect(months.lines.join('\n')).toContain('S-00108 (Responded is before Sent)');
    expect(outcome.detail).toContain('4 rows left out');
  });

  it('finds Chinese keywords in Chinese comments', () => {
    const h = startAddon({ now: NOW });
    const c = customer(h, { name: '华东物流有限公司' }, '2026-01-05T10:00');
    const base = { 'Customer ID': c, Reason: 'Ad Hoc', ...answers(4, 4, 4, 4, 4, 4) };
    typeRows(h, 'Surveys', [
      {
        ...base,
        ID: 'S-00301',
        Responded: shanghai('2026-11-02T10:00'),
        Comments: '物流太慢了，客服态度很好',
      },
      { ...base, ID: 'S-00302', Responded: shanghai('2026-11-03T10:00'), Comments: '客服回复及时，物流也快' },
      { ...base, ID: 'S-00303', Responded: shanghai('2026-11-04T10:00'), Comments: '物流包装破损' },
    ]);
    daily(h, NOW);
    const [row] = dashboardSection(h, 'Satisfaction by month', 'Period').rows;
    const words = String(row!['Top words']);
    expect(words.startsWith('物流 (3), 客服 (2)'), words).toBe(true);
    expect(words).not.toMatch(/[a-z]/);
  });
});

describe('low scores', () => {
  it('raises one Low Score alert for a low dimension, with an owner and a due date 15 working days out', () => {
    const h = startAddon({ now: NOW });
    setSetting(h, 'Supervisor: Service Supervisor', 'sue@example.com');
    const c = customer(h, { name: 'Acme' }, '2026-01-05T10:00');
    typeRows(h, 'Surveys', [
      {
        ID: 'S-00401',
        'Customer ID': c,
        Reason: 'Ad Hoc',
        Responded: shanghai('2026-11-10T10:00'),
        ...answers(4, 4, 4, 4, 2, 4),
      },
      {
        ID: 'S-00402',
        'Customer ID': c,
        Reason: 'Ad Hoc',
        Responded: shanghai('2026-11-12T10:00'),
        ...answers(5, 4, 4, 4, 1, 4),
      },
    ]);
    daily(h, '2026-11-23T10:00');
    daily(h, '2026-11-24T10:00');
    daily(h, '2026-11-25T10:00');
    const low = alerts(h, 'Low Score');
    expect(low, JSON.stringify(low.map((a) => a.Message))).toHaveLength(1);
    const [alert] = low;
    expect(alert!.Owner).toBe('sue@example.com');
    expect(alert!.Message).toContain('Proactive Care averaged 1.5');
    // Monday 2026-11-23 10:00 + 15 working days (Mon-Fri, no holidays set) = Monday 2026-12-14 10:00.
    expect(instant(alert!.Due)).toBe(shanghai('2026-12-14T10:00').getTime());
  });
});

describe('sidebarScheduleSurvey', () => {
  it('schedules a survey after a project delivery due 48 hours on, an ad hoc one due today, and refuses a routine reason', () => {
    const h = startAddon({ now: NOW });
    const c = customer(h, { name: 'Acme', status: 'Won', contractStart: '2026-11-01' });
    const ask = (record: Record<string, unknown>) =>
      h.addon.serve('sidebarScheduleSurvey', submit({ customerId: c, ...record })) as {
        ok: boolean;
        value: { id: string };
        kind: string;
        fields: Record<string, string>;
      };
    const delivery = ask({ reason: 'Project Delivery' });
    const asked = ticket(h, { customerId: c });
    const adHoc = ask({ reason: 'Ad Hoc', ticketId: asked });
    const dated = ask({ reason: 'Ad Hoc', due: '2026-12-01' });
    const before = h.values('Surveys');
    const routine = ask({ reason: '3 Months' });
    expect(routine.ok).toBe(false);
    expect(Object.keys(routine.fields)).toEqual(['reason']);
    expect(h.values('Surveys')).toEqual(before);
    const row = (id: string) => record(h, 'Surveys', id);
    // Now is Monday 10:00 in Shanghai: 48 hours on is Wednesday.
    expect(row(delivery.value.id)).toMatchObject({
      Reason: 'Project Delivery',
      'Ticket ID': '',
      Status: 'Due',
    });
    expect(instant(row(delivery.value.id).Due)).toBe(shanghai('2026-11-25').getTime());
    expect(row(adHoc.value.id)).toMatchObject({ Reason: 'Ad Hoc', 'Ticket ID': asked, Status: 'Due' });
    expect(instant(row(adHoc.value.id).Due)).toBe(shanghai('2026-11-23').getTime());
    expect(instant(row(dated.value.id).Due)).toBe(shanghai('2026-12-01').getTime());
    // The daily job takes them as they are: no problem named, Status still Due, and a customer's
    // routine survey still comes when its day does.
    daily(h, '2026-11-23T11:00');
    expect(row(delivery.value.id)).toMatchObject({ Status: 'Due', Problems: '' });
    daily(h, '2027-02-01T11:00');
    expect(
      h
        .records('Surveys')
        .filter((s) => s['Customer ID'] === c)
        .map((s) => s.Reason),
    ).toEqual(['Project Delivery', 'Ad Hoc', 'Ad Hoc', '3 Months']);
  });
});

describe('sidebarRecordSurvey', () => {
  function sentSurvey(h: Harness): string {
    const c = customer(h, { name: 'Acme' }, '2026-01-05T10:00');
    typeRows(h, 'Surveys', [
      {
        ID: 'S-00501',
        'Customer ID': c,
        Reason: 'Ad Hoc',
        Sent: shanghai('2026-11-20T10:00'),
        Status: 'Sent',
      },
    ]);
    return 'S-00501';
  }

  it('rejects a Responded date before Sent with a message on the field, and writes nothing', () => {
    const h = startAddon({ now: NOW });
    const id = sentSurvey(h);
    const surveysBefore = h.values('Surveys');
    const auditBefore = h.values('Audit Log');
    const result = h.addon.serve(
      'sidebarRecordSurvey',
      submit({ id, responded: '2026-11-19T10:00', ...SURVEY_SCORES, comments: 'Good' }),
    ) as { ok: boolean; kind: string; fields: Record<string, string> };
    expect(result.ok).toBe(false);
    expect(result.kind).toBe('invalid');
    expect(Object.keys(result.fields)).toEqual(['responded']);
    expect(result.fields.responded).toContain('2026-11-20 10:00');
    expect(h.values('Surveys')).toEqual(surveysBefore);
    expect(h.values('Audit Log')).toEqual(auditBefore);
  });

  it('rejects a score outside 1-5 with a message on that field', () => {
    const h = startAddon({ now: NOW });
    const id = sentSurvey(h);
    const before = h.values('Surveys');
    const result = h.addon.serve(
      'sidebarRecordSurvey',
      submit({ id, responded: '2026-11-21T10:00', ...SURVEY_SCORES, resolution: 7 }),
    ) as { ok: boolean; fields: Record<string, string> };
    expect(result.ok).toBe(false);
    expect(Object.keys(result.fields)).toEqual(['resolution']);
    expect(h.values('Surveys')).toEqual(before);
  });

  it('records answers given after Sent', () => {
    const h = startAddon({ now: NOW });
    const id = sentSurvey(h);
    const result = h.addon.serve(
      'sidebarRecordSurvey',
      submit({ id, responded: '2026-11-21T10:00', ...SURVEY_SCORES }),
    );
    expect(result).toMatchObject({ ok: true });
    const row = record(h, 'Surveys', id);
    expect(instant(row.Responded)).toBe(shanghai('2026-11-21T10:00').getTime());
    expect(row.Status).toBe('Responded');
    expect(row.Resolution).toBe(4);
  });
});

describe('weekly share of bad ratings', () => {
  it('alerts a department supervisor once when over 5% of its rated tickets resolved last week were Dissatisfied', () => {
    const h = startAddon({ now: '2026-11-16T09:00' });
    setSetting(h, 'Supervisor: Technical Support', 'tech.lead@example.com');
    const c = customer(h, { name: 'Acme', status: 'Won' });
    let n = 0;
    const tickets = (count: number, fields: Record<string, unknown>) =>
      Array.from({ length: count }, () => ({
        ID: `T-${String(++n).padStart(5, '0')}`,
        'Customer ID': c,
        Subject: 'Export fails',
        Level: 'Regular',
        Status: 'Closed',
        Submitted: shanghai('2026-11-18T09:00'),
        Resolved: shanghai('2026-11-18T11:00'),
        ...fields,
      }));
    typeRows(h, 'Tickets', [
      // Technical Support, last week: 1 of 10 rated tickets Dissatisfied (10%); unrated ones do not count.
      ...tickets(1, { Type: 'Technical', Rating: 'Dissatisfied' }),
      ...tickets(9, { Type: 'Technical', Rating: 'Satisfied' }),
      ...tickets(15, { Type: 'Technical' }),
      // Reopened since (a stale Resolved stamp): not resolved.
      ...tickets(2, { Type: 'Technical', Rating: 'Dissatisfied', Status: 'In Progress' }),
      // Resolved the week before: not last week's (that week gets its own alert).
      ...tickets(3, { Type: 'Technical', Rating: 'Dissatisfied', Resolved: shanghai('2026-11-15T11:00') }),
      // Sales: 1 of 20 (5%) is not over 5%.
      ...tickets(1, { Type: 'Inquiry', Rating: 'Dissatisfied' }),
      ...tickets(19, { Type: 'Inquiry', Rating: 'Basically Satisfied' }),
    ]);
    daily(h, '2026-11-23T07:00');
    daily(h, '2026-11-24T07:00');
    const raised = alerts(h, 'Low Score', '2026-11-16');
    expect(raised).toHaveLength(1);
    expect(raised[0]).toMatchObject({
      Owner: 'tech.lead@example.com',
      'Record ID': '2026-11-16',
      Message:
        'Technical Support: 1 of 10 rated tickets resolved 2026-11-16 to 2026-11-22 were rated Dissatisfied ' +
        '(10%, over the 5% alert level): T-00001.',
    });
  });
});

describe('After Ticket survey with a short window', () => {
  it('is still added for a complaint resolved between two daily runs', () => {
    const h = startAddon({ now: '2026-11-23T09:00' });
    setSetting(h, 'Survey after ticket within (hours)', '12');
    const c = customer(h, { name: 'Acme', status: 'Won', owner: 'amy@example.com' }, '2026-01-05T10:00');
    const t = ticket(h, { customerId: c, type: 'Complaint', level: 'Regular', subject: 'Late delivery' });
    daily(h, '2026-11-23T09:30');
    at(h, '2026-11-23T11:00');
    updateTicket(h, { id: t, status: 'Resolved', solution: 'Re-shipped the order' });
    // The next daily runs (one a day, after the daily hour).
    daily(h, '2026-11-24T09:30');
    daily(h, '2026-11-25T09:30');
    const after = h.records('Surveys').filter((s) => s.Reason === 'After Ticket');
    expect(after.map((s) => s['Ticket ID'])).toEqual([t]);
  });
});

describe('Low Score alert after its done copy is archived', () => {
  it('is not raised a second time for the same month and dimension', () => {
    const h = startAddon({ now: '2026-04-01T10:00' });
    const c = customer(h, { name: 'Acme' }, '2026-01-05T10:00');
    const low = (id: string, day: string) => ({
      ID: id,
      'Customer ID': c,
      Reason: 'Ad Hoc',
      Responded: shanghai(`${day}T10:00`),
      'Response Speed': 4,
      Resolution: 4,
      Professionalism: 4,
      'Product Fit': 4,
      'Proactive Care': 1,
      Recommend: 4,
    });
    typeRows(h, 'Surveys', [low('S-00401', '2026-03-10'), low('S-00402', '2026-03-12')]);
    daily(h, '2026-04-01T10:00');
    const first = alerts(h, 'Low Score');
    expect(first).toHaveLength(1);
    // The supervisor plans the improvement and marks the alert Done the next day.
    at(h, '2026-04-02T10:00');
    const row = h.records('Alerts').findIndex((a) => a.ID === first[0]!.ID) + 2;
    h.addon.edit('Alerts', `J${row}`, 'Done');
    expect(alerts(h, 'Low Score')[0]!.Status).toBe('Done');
    // No survey answered since (a small business). 90 days on, the done alert is archived...
    daily(h, '2026-07-06T10:00');
    expect(h.records('Alerts Archive').map((a) => a.Key)).toContain(first[0]!.Key);
    // ...and the next run must not ask for the same plan again.
    daily(h, '2026-07-07T10:00');
    const again = alerts(h, 'Low Score');
    expect(
      again.map((a) => [a.Key, a.Status]),
      JSON.stringify(again.map((a) => a.Message)),
    ).toEqual([]);
  });
});

describe('Surveys Status (an entered column)', () => {
  it('keeps the Status a person picked from the dropdown', () => {
    const h = startAddon({ now: '2026-11-23T10:00' });
    const c = customer(h, { name: 'Acme', owner: 'amy@example.com' }, '2026-01-05T10:00');
    // Sent by post; the person picks Sent from the Status dropdown.
    typeRows(h, 'Surveys', [{ ID: 'S-00001', 'Customer ID': c, Reason: 'Ad Hoc', Status: 'Sent' }]);
    daily(h, '2026-11-23T10:00');
    expect(record(h, 'Surveys', 'S-00001').Status).toBe('Sent');
  });
});
