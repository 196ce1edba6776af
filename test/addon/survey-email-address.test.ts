/**
 * Email (My queue) sends a survey to the customer's Email as the Customers sheet holds it: one a
 * person typed there wrong is named, with where to correct it (src/api/surveys.ts). Now is Monday
 * 2026-11-23 10:00 in Shanghai.
 */
import { describe, expect, it } from 'vitest';
import { customer, record, serve, sheet } from './daily-fixtures';
import { startAddon } from './harness';

describe('emailing a survey to an address typed wrong in the Customers sheet', () => {
  it.each(['li@example..com', 'li wei@example.com'])(
    '"%s" is named on the field, and the survey stays Due',
    (typed) => {
      const h = startAddon();
      const acme = customer(h, { name: 'Acme Ltd', email: 'li@example.com' });
      sheet(h, 'Customers')
        .getRange(2, h.values('Customers')[0]!.indexOf('Email') + 1)
        .setValue(typed);
      const s = serve(h, 'sidebarScheduleSurvey', { customerId: acme, reason: 'Ad Hoc' }).value!.id;
      const r = serve(h, 'sidebarMarkSurveySent', { id: s, sendEmail: true });
      expect(r).toMatchObject({ ok: false, kind: 'invalid' });
      expect(r.fields?.sendEmail).toBe(
        `${acme}'s email address "${typed}" is not one an email can go to: correct it in the Customers sheet, or send the survey another way.`,
      );
      expect(record(h, 'Surveys', s)).toMatchObject({ Sent: '', Status: 'Due' });
    },
  );
});
