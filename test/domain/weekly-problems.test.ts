/** The weekly problem report, now Monday 2026-11-23 10:00 in Shanghai: last week is Nov 16-22. */
import { describe, expect, it } from 'vitest';
import { hanPairs } from '../../src/domain/han-words';
import { type ProblemTicket, reportMail, weeklyProblems } from '../../src/domain/weekly-problems';
import { shanghai } from './section-defaults';

const TZ = 'Asia/Shanghai';
const NOW = shanghai('2026-11-23T10:00');

const t = (id: string, type: string, subject: string, description: string, at: string): ProblemTicket => ({
  id,
  type,
  subject,
  description,
  submitted: shanghai(at),
});

const TICKETS = [
  t('T1', 'Technical', 'Login fails after password reset', '', '2026-11-16T10:00'),
  t(
    'T2',
    'Technical',
    'Cannot login',
    'Customer reported a login error on the portal; logins fail',
    '2026-11-17T10:00',
  ),
  t('T3', 'Inquiry', 'How to export invoices', 'Invoice export question', '2026-11-18T10:00'),
  t('T4', 'Complaint', '登录失败', '客户无法登录系统', '2026-11-19T10:00'),
  t('T5', 'Technical', 'Login page slow', '', '2026-11-22T23:00'),
  t('T6', 'Technical', 'Login error', '', '2026-11-10T10:00'),
  t('T7', 'Inquiry', 'Invoice copy', '', '2026-11-12T10:00'),
  t('T8', 'Technical', 'Login again', '', '2026-11-23T00:00'), // this week: not in the report
  t('T9', 'Technical', 'Login', '', '2026-11-08T23:59'), // three weeks back: not counted
];

describe('weekly problems', () => {
  const report = weeklyProblems(TICKETS, NOW, TZ);

  it('reports last Monday to Sunday against the week before', () => {
    expect([report.week.monday, report.week.sunday, report.before.monday]).toEqual([
      '2026-11-16',
      '2026-11-22',
      '2026-11-09',
    ]);
    expect([report.tickets, report.ticketsBefore]).toEqual([5, 2]);
  });

  it('ranks types by last week, then the week before', () => {
    expect(report.byType).toEqual([
      { problem: 'Technical', lastWeek: 3, weekBefore: 1, ticketIds: ['T1', 'T2', 'T5'] },
      { problem: 'Inquiry', lastWeek: 1, weekBefore: 1, ticketIds: ['T3'] },
      { problem: 'Complaint', lastWeek: 1, weekBefore: 0, ticketIds: ['T4'] },
    ]);
  });

  it('puts "login" first, counting each ticket once, with the tickets behind it', () => {
    expect(report.byKeyword[0]).toEqual({
      problem: 'login',
      lastWeek: 3,
      weekBefore: 1,
      ticketIds: ['T1', 'T2', 'T5'],
    });
    // "Customer reported" names no problem; the words people use for one do.
    const words = report.byKeyword.map((k) => k.problem);
    expect(words).not.toContain('customer');
    expect(words).not.toContain('reported');
    expect(words).toContain('invoice');
  });

  it('finds Chinese problems too', () => {
    const chinese = [
      t('C1', 'Technical', '登录失败', '无法登录', '2026-11-16T10:00'),
      t('C2', 'Technical', '系统登录很慢', '', '2026-11-17T10:00'),
      t('C3', 'Inquiry', '发票问题', '', '2026-11-18T10:00'),
      t('C4', 'Technical', '登录', '', '2026-11-11T10:00'),
    ];
    for (const split of [undefined, hanPairs]) {
      const top = weeklyProblems(chinese, NOW, TZ, 10, split).byKeyword[0];
      expect(top).toEqual({ problem: '登录', lastWeek: 2, weekBefore: 1, ticketIds: ['C1', 'C2'] });
    }
  });

  it('mails plain text and escaped HTML', () => {
    const odd = weeklyProblems([t('X1', '<b>Odd</b>', 'Login', '', '2026-11-16T10:00')], NOW, TZ);
    const mail = reportMail(odd, 'https://docs.google.com/x?a=1&b=2');
    expect(mail.subject).toBe('CRM weekly problem report: 2026-11-16 to 2026-11-22');
    expect(mail.body).toContain('- <b>Odd</b>: 1 (week before 0, +1) - X1');
    expect(mail.body).toContain('- login: 1');
    expect(mail.htmlBody).toContain('&lt;b&gt;Odd&lt;/b&gt;');
    expect(mail.htmlBody).not.toContain('<b>Odd');
    expect(mail.htmlBody).toContain('href="https://docs.google.com/x?a=1&amp;b=2"');
  });
});
