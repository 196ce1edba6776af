import { describe, expect, it } from 'vitest';
import { createEmulator } from '../../tools/emulator/index';
import { LOCK_TIMEOUT } from '../../tools/emulator/services/lock';
import { loadScript } from './loader-fixture';

describe('LockService', () => {
  it('takes a free lock at once and releases it', () => {
    const emu = createEmulator();
    const lock = emu.globals.LockService.getDocumentLock();
    const before = emu.rt.clock.now();
    expect(lock.tryLock(10_000)).toBe(true);
    expect(lock.hasLock()).toBe(true);
    expect(emu.locks.isHeld('document')).toBe(true);
    lock.releaseLock();
    expect(lock.hasLock()).toBe(false);
    expect(emu.rt.clock.now()).toBe(before);
  });

  it('a Lock object that never locked has no lock, and its releaseLock leaves the lock held', () => {
    // https://developers.google.com/apps-script/reference/lock/lock#hasLock()
    const emu = createEmulator();
    const first = emu.globals.LockService.getDocumentLock();
    expect(first.tryLock(0)).toBe(true);
    const second = emu.globals.LockService.getDocumentLock();
    expect(second.hasLock()).toBe(false);
    second.releaseLock();
    expect(first.hasLock()).toBe(true);
    expect(emu.locks.isHeld('document')).toBe(true);
  });

  it('tryLock gives up after the timeout of simulated time when another run holds the lock', () => {
    const emu = createEmulator();
    emu.locks.hold('document');
    const before = emu.rt.clock.now();
    expect(emu.globals.LockService.getDocumentLock().tryLock(5_000)).toBe(false);
    expect(emu.rt.clock.now() - before).toBe(5_000);
  });

  it("waitLock throws Apps Script's timeout error", () => {
    const emu = createEmulator();
    emu.locks.hold('script');
    expect(() => emu.globals.LockService.getScriptLock().waitLock(1_000)).toThrow(LOCK_TIMEOUT);
    expect(LOCK_TIMEOUT).toBe('Lock timeout: another process was holding the lock for too long.');
  });

  it('waits only until the other run lets go', () => {
    const emu = createEmulator();
    emu.locks.hold('document', 3_000);
    const before = emu.rt.clock.now();
    emu.globals.LockService.getDocumentLock().waitLock(30_000);
    expect(emu.rt.clock.now() - before).toBe(3_000);
  });

  it('keeps document, script and each user lock apart', () => {
    const emu = createEmulator({ activeUser: 'ann@example.com' });
    emu.locks.hold({ user: 'bob@example.com' });
    const { LockService } = emu.globals;
    expect(LockService.getUserLock().tryLock(0)).toBe(true);
    expect(LockService.getScriptLock().tryLock(0)).toBe(true);
    expect(LockService.getDocumentLock().tryLock(0)).toBe(true);
  });

  it('releases what an execution still holds when it ends', () => {
    const emu = createEmulator();
    const addon = loadScript(emu, 'function take() { LockService.getDocumentLock().waitLock(1000); }');
    addon.call('take');
    expect(emu.locks.isHeld('document')).toBe(false);
  });

  it('makes a second execution wait for the first', () => {
    const emu = createEmulator();
    const addon = loadScript(
      emu,
      `function first() {
        const lock = LockService.getDocumentLock();
        lock.waitLock(1000);
        PropertiesService.getDocumentProperties().setProperty('step', 'first');
        lock.releaseLock();
      }
      function second() { return LockService.getDocumentLock().tryLock(2000); }`,
    );
    const seen: unknown[] = [];
    emu.rt.hook = (method) => {
      if (method === 'PropertiesService.getDocumentProperties') seen.push(addon.call('second'));
    };
    addon.call('first');
    expect(seen).toEqual([false]);
  });
});
