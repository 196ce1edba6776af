import { describe, expect, it } from 'vitest';
import { createEmulator } from '../../tools/emulator/index';

describe('Session', () => {
  it('reports the active and effective users', () => {
    const { Session } = createEmulator({
      activeUser: 'ann@example.com',
      effectiveUser: 'owner@example.com',
    }).globals;
    expect(Session.getActiveUser().getEmail()).toBe('ann@example.com');
    expect(Session.getEffectiveUser().getEmail()).toBe('owner@example.com');
  });

  it('gives an empty address when Apps Script hides the user', () => {
    const { Session } = createEmulator({ activeUser: '', effectiveUser: 'owner@example.com' }).globals;
    expect(Session.getActiveUser().getEmail()).toBe('');
  });

  it("reports the script's time zone and the user's locale", () => {
    const { Session } = createEmulator({ scriptTimeZone: 'America/New_York', locale: 'zh_CN' }).globals;
    expect(Session.getScriptTimeZone()).toBe('America/New_York');
    expect(Session.getActiveUserLocale()).toBe('zh_CN');
  });

  it('gives each user a stable temporary key that does not reveal them', () => {
    const emu = createEmulator({ activeUser: 'ann@example.com' });
    const { Session } = emu.globals;
    const ann = Session.getTemporaryActiveUserKey();
    expect(Session.getTemporaryActiveUserKey()).toBe(ann);
    expect(ann).not.toContain('ann');
    emu.rt.activeUser = emu.rt.effectiveUser = 'bob@example.com';
    expect(Session.getTemporaryActiveUserKey()).not.toBe(ann);
  });
});
