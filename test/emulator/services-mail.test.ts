import { describe, expect, it } from 'vitest';
import { createEmulator } from '../../tools/emulator/index';
import { BODY_TOO_LARGE, DAILY_QUOTA_EXCEEDED, SUBJECT_TOO_LARGE } from '../../tools/emulator/services/mail';

describe('MailApp', () => {
  it('records a message sent with recipient, subject, body and options', () => {
    const emu = createEmulator({ effectiveUser: 'owner@example.com' });
    emu.globals.MailApp.sendEmail('a@example.com', 'Digest', 'text', {
      htmlBody: '<b>text</b>',
      name: 'CRM',
      cc: 'b@example.com',
    });
    expect(emu.mail).toEqual([
      expect.objectContaining({
        from: 'owner@example.com',
        to: ['a@example.com'],
        cc: ['b@example.com'],
        bcc: [],
        subject: 'Digest',
        body: 'text',
        htmlBody: '<b>text</b>',
        name: 'CRM',
        sentAt: new Date(emu.rt.clock.now()),
      }),
    ]);
  });

  it('refuses a plain or HTML body over 200 KB, sending nothing and using no quota', () => {
    const emu = createEmulator();
    const quota = emu.globals.MailApp.getRemainingDailyQuota();
    const big = 'é'.repeat(110 * 1024); // 220 KB in UTF-8
    expect(() => emu.globals.MailApp.sendEmail('a@example.com', 'S', big)).toThrow(BODY_TOO_LARGE);
    expect(() => emu.globals.MailApp.sendEmail({ to: 'a@example.com', subject: 'S', htmlBody: big })).toThrow(
      BODY_TOO_LARGE,
    );
    expect(emu.mail).toEqual([]);
    expect(emu.globals.MailApp.getRemainingDailyQuota()).toBe(quota);
    emu.globals.MailApp.sendEmail('a@example.com', 'S', 'x'.repeat(200 * 1024));
    expect(emu.mail).toHaveLength(1);
  });

  it('refuses a subject over 250 characters, sending nothing and using no quota', () => {
    const emu = createEmulator();
    const mail = emu.globals.MailApp;
    const quota = mail.getRemainingDailyQuota();
    const long = 'x'.repeat(251);
    expect(() => mail.sendEmail('a@example.com', long, 'body')).toThrow(SUBJECT_TOO_LARGE);
    expect(() => mail.sendEmail({ to: 'a@example.com', subject: long, body: 'b' })).toThrow(
      SUBJECT_TOO_LARGE,
    );
    expect(emu.mail).toEqual([]);
    expect(mail.getRemainingDailyQuota()).toBe(quota);
    mail.sendEmail('a@example.com', 'x'.repeat(250), 'body');
    expect(emu.mail).toHaveLength(1);
  });

  it('records a message object', () => {
    const emu = createEmulator();
    emu.globals.MailApp.sendEmail({
      to: 'a@example.com, b@example.com',
      subject: 'S',
      htmlBody: '<p>x</p>',
      replyTo: 'r@example.com',
      noReply: true,
    });
    expect(emu.mail[0]).toMatchObject({
      to: ['a@example.com', 'b@example.com'],
      subject: 'S',
      body: '',
      replyTo: 'r@example.com',
      noReply: true,
    });
  });

  it('counts recipients against the daily quota', () => {
    const emu = createEmulator({ mailQuota: 100 });
    const { MailApp } = emu.globals;
    MailApp.sendEmail({
      to: 'a@example.com,b@example.com',
      cc: 'c@example.com',
      bcc: 'd@example.com',
      subject: 'S',
      body: 'B',
    });
    expect(MailApp.getRemainingDailyQuota()).toBe(96);
  });

  it('refuses a message the quota cannot cover, and sends nothing', () => {
    const emu = createEmulator({ mailQuota: 1 });
    expect(() => emu.globals.MailApp.sendEmail('a@example.com,b@example.com', 'S', 'B')).toThrow(
      DAILY_QUOTA_EXCEEDED,
    );
    expect(DAILY_QUOTA_EXCEEDED).toBe('Service invoked too many times for one day: email.');
    expect(emu.mail).toEqual([]);
    expect(emu.globals.MailApp.getRemainingDailyQuota()).toBe(1);
  });

  it('refuses bad or missing addresses', () => {
    const { MailApp } = createEmulator().globals;
    expect(() => MailApp.sendEmail('not-an-address', 'S', 'B')).toThrow('Invalid email: not-an-address');
    expect(() => MailApp.sendEmail({ to: '', subject: 'S', body: 'B' })).toThrow(
      'Failed to send email: no recipient',
    );
  });
});
