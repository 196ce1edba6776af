/**
 * Markup typed into a record reaches people's inboxes as text: a customer and a ticket named like
 * an attack go through the sidebar API, the jobs raise alerts about them and mail digests, staff
 * email a survey; every htmlBody (the emulator's MailApp capture) shows the escaped text and no
 * tag the templates did not put there.
 */
import { beforeAll, expect, it } from 'vitest';
import { count } from './counters';
import { unescapedMarkup } from './hostile-inputs';
import { baseSnapshot, NOW, open, type Result, type World, writeRecords } from './world';

const IMG = '<img src=x onerror=alert(1)>';
const SCRIPT = '<script>alert(1)</script>';
const escaped = (s: string) =>
  s
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');

const DAY = 86_400_000;
const wall = (ms: number) => new Date(ms + 8 * 3_600_000).toISOString().slice(0, 16);

let w: World;
let customerId: string;
let ticketId: string;

const saved = (r: Result): string => {
  if (!r.ok) throw new Error(`${r.kind}: ${r.message}`);
  return (r.value as { id: string }).id;
};

beforeAll(() => {
  w = open(baseSnapshot());
  count('hostile', 4);
  customerId = saved(
    w.serve('sidebarCreateCustomer', {
      requestId: 'xss-1',
      record: {
        name: IMG,
        contact: SCRIPT,
        email: 'xss@example.com',
        owner: 'owner1@example.com',
        status: 'Won',
        tier: 'VIP',
        contractStart: wall(NOW - 400 * DAY).slice(0, 10),
      },
    }),
  );
  ticketId = saved(
    w.serve('sidebarCreateTicket', {
      requestId: 'xss-2',
      record: {
        customerId,
        subject: `${IMG} ${SCRIPT}`,
        type: 'Complaint',
        level: 'Critical',
        submitted: wall(NOW - 3 * DAY),
        owner: 'agent@example.com',
      },
    }),
  );
  saved(
    w.serve('sidebarLogInteraction', {
      requestId: 'xss-3',
      record: {
        customerId,
        when: wall(NOW - 20 * DAY),
        channel: 'Phone',
        kind: 'Care',
        subject: SCRIPT,
        details: `Promised a call back about ${IMG} and the invoice`,
        nextAction: SCRIPT,
        nextActionDue: wall(NOW - 10 * DAY).slice(0, 10),
      },
    }),
  );
  // A survey due for this customer, typed by a person, that staff then email.
  w.person((ss) => {
    const sheet = ss.getSheetByName('Surveys')!;
    writeRecords(
      sheet,
      [
        {
          ID: 'S-00900',
          'Customer ID': customerId,
          Reason: 'Ad Hoc',
          Due: new Date(NOW - DAY),
          Status: 'Due',
        },
      ],
      sheet.getLastRow() + 1,
    );
  });
  saved(w.serve('sidebarMarkSurveySent', { requestId: 'xss-4', record: { id: 'S-00900', sendEmail: true } }));
  w.addon.call('runHourlyJobs');
  w.addon.call('runDailyJobs');
});

it('mails about the hostile customer and ticket, with the names escaped', () => {
  const mentioning = (needle: string) =>
    w.emu.mail.filter((m) => (m.htmlBody ?? '').includes(escaped(needle)));
  expect(mentioning(IMG).length, 'no email names the customer or the ticket').toBeGreaterThan(0);
  expect(mentioning(SCRIPT).length, 'no email names the contact or the ticket').toBeGreaterThan(0);
  const ticketMail = w.emu.mail.find((m) => (m.htmlBody ?? '').includes(ticketId));
  expect(ticketMail?.htmlBody).toContain(escaped(`${IMG} ${SCRIPT}`));
  const survey = w.emu.mail.find((m) => m.to.includes('xss@example.com'));
  expect(survey?.htmlBody).toContain(escaped(SCRIPT));
});

it('no htmlBody carries a raw tag from the data', () => {
  expect(w.emu.mail.length).toBeGreaterThan(1);
  for (const mail of w.emu.mail) {
    const html = mail.htmlBody ?? '';
    expect(html).not.toMatch(/<img|<script|onerror=alert\(1\)>/i);
    expect(unescapedMarkup(html), `${mail.to}: ${mail.subject}`).toBeUndefined();
  }
});
