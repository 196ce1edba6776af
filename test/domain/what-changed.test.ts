import { describe, expect, it } from 'vitest';
import { monthName, surveyEmail, whatChangedEmail } from '../../src/domain/survey-email';
import { improvementOf } from '../../src/domain/survey-improvements';
import { answeredIn, type Told, toldWords } from '../../src/domain/what-changed';
import { instantFromWall } from '../../src/domain/zone';

const TZ = 'Asia/Shanghai';
const at = (wall: string) => instantFromWall(wall, TZ);

describe('improvementOf', () => {
  it("reads the month and dimension of an improvement alert's key, and nothing else", () => {
    expect(improvementOf('low-score:2026-03:resolution')).toEqual({
      period: '2026-03',
      dimension: 'resolution',
    });
    expect(improvementOf('low-score:2026-03:recommend')).toBeNull();
    // A key typed by hand names no month: there is nobody to find.
    expect(improvementOf('low-score:garbage:resolution')).toBeNull();
    expect(improvementOf('low-score:2026-3:resolution')).toBeNull();
    expect(improvementOf('low-score:2026-03')).toBeNull();
    expect(improvementOf('bad-ratings:2026-11-16:Sales')).toBeNull();
    expect(improvementOf('')).toBeNull();
    expect(improvementOf('low-score::resolution')).toBeNull();
    expect(improvementOf('survey:2026-03:resolution')).toBeNull();
  });
});

describe('answeredIn', () => {
  it("lists each customer once whose answer in the spreadsheet's month scored the dimension", () => {
    const answers = [
      { customerId: 'C-0001', responded: at('2026-11-01 00:30'), score: 2 },
      { customerId: 'C-0001', responded: at('2026-11-20 10:00'), score: 5 },
      { customerId: 'C-0002', responded: at('2026-11-30 23:59'), score: 1 },
      { customerId: 'C-0003', responded: at('2026-10-31 23:59'), score: 1 },
      { customerId: 'C-0004', responded: at('2026-11-05 10:00'), score: '' },
      { customerId: 'C-0005', responded: at('2026-11-05 10:00'), score: 8 },
      { customerId: 'C-0006', responded: null, score: 2 },
      { customerId: '', responded: at('2026-11-05 10:00'), score: 2 },
    ];
    expect(answeredIn(answers, '2026-11', TZ)).toEqual(['C-0001', 'C-0002']);
  });
});

describe('toldWords', () => {
  const told: Told = {
    id: 'A-00001',
    repeated: false,
    month: '2026-11',
    sent: false,
    emailed: 1200,
    left: 0,
    tomorrow: false,
    already: 1,
    cannot: ['C-0003 has no email address'],
  };
  it('says what a press would do, then what it did, in words', () => {
    expect(toldWords(told)).toBe(
      'This emails 1,200 customers who answered in November 2026. 1 customer was told before. Not emailed: C-0003 has no email address.',
    );
    expect(
      toldWords({ ...told, sent: true, emailed: 1, left: 3, tomorrow: true, already: 0, cannot: [] }),
    ).toBe(
      "Emailed 1 customer what changed; each is logged in Interactions. 3 customers more must wait for tomorrow: today's Google email quota is used up.",
    );
    expect(toldWords({ ...told, sent: true, emailed: 20, left: 2, already: 0, cannot: [] })).toBe(
      'Emailed 20 customers what changed; each is logged in Interactions. 2 customers more are left: press Send again.',
    );
    expect(toldWords({ ...told, emailed: 0, already: 0, cannot: [] })).toBe(
      'There is nobody left to email among those who answered in November 2026.',
    );
    expect(toldWords({ ...told, emailed: 20, left: 5, already: 0, cannot: [] })).toBe(
      'This emails 20 customers who answered in November 2026. 5 customers more follow when you press Send again.',
    );
    expect(toldWords({ ...told, sent: true, emailed: 0, already: 2, cannot: [] })).toBe(
      'Nobody was emailed. 2 customers were told before.',
    );
  });
});

describe('the emails to a customer', () => {
  it('keeps the survey email as it was', () => {
    const email = surveyEmail('Li', 'Acme', 'S-00001', 'Ann, Service');
    expect(email.subject).toBe('Ann, Service: a short survey (S-00001): how are we doing?');
    expect(email.body).toMatch(/^Dear Li,\n\nWe value our work with Acme\. Please rate/);
    expect(email.body).toContain('\n\n1. How satisfied are you with our response speed? (1-5)\n2. ');
    expect(email.body).toMatch(/\n\nComments:\n\nThank you,\nAnn, Service\n$/);
    expect(email.htmlBody).toMatch(/^<p>Dear Li,<\/p><p>We value.*<\/p><ol><li>How satisfied/);
    expect(email.htmlBody).toMatch(/<\/ol><p>Comments:<\/p><p>Thank you,<br>Ann, Service<\/p>$/);
    expect(surveyEmail('', '', 'S-00002').subject).toBe('A short survey (S-00002): how are we doing?');
  });

  it('tells what changed as typed, escaped in HTML, lines kept', () => {
    const email = whatChangedEmail('', '2026-03', 'productFit', 'A <b>new</b> export.\nAnd faster reports.');
    expect(email.subject).toBe('What we changed after your feedback');
    expect(email.body).toContain(
      'Dear customer,\n\nThank you for answering our survey in March 2026. Our product fit',
    );
    expect(email.body).toContain('A <b>new</b> export.\nAnd faster reports.\n\nThank you.\n');
    expect(email.htmlBody).toContain('<p>A &lt;b&gt;new&lt;/b&gt; export.<br>And faster reports.</p>');
    expect(monthName('2026-12')).toBe('December 2026');
    const signed = whatChangedEmail('Li', '2026-03', 'resolution', 'Faster.', 'Ann <Service & Care>');
    expect(signed.htmlBody).toMatch(/<p>Thank you,<br>Ann &lt;Service &amp; Care&gt;<\/p>$/);
    expect(signed.body).toMatch(/\n\nThank you,\nAnn <Service & Care>\n$/);
  });
});
