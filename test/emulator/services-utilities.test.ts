import { describe, expect, it } from 'vitest';
import { createEmulator } from '../../tools/emulator/index';

const { Utilities } = createEmulator().globals;
/** Monday 2026-01-05 01:02:03.004 UTC. */
const AT = new Date(Date.UTC(2026, 0, 5, 1, 2, 3, 4));
const format = (pattern: string, zone = 'Asia/Shanghai', at = AT) => Utilities.formatDate(at, zone, pattern);

describe('Utilities.formatDate', () => {
  it('draws numeric fields in the given zone, never the process zone', () => {
    expect(format('yyyy-MM-dd HH:mm:ss.SSS')).toBe('2026-01-05 09:02:03.004');
    expect(format('yyyy-MM-dd HH:mm', 'America/New_York')).toBe('2026-01-04 20:02');
    expect(format('yy M d D u')).toBe('26 1 5 5 1');
  });

  it('draws names of months and days', () => {
    expect(format('EEE, d MMM yyyy')).toBe('Mon, 5 Jan 2026');
    expect(format('EEEE d MMMM')).toBe('Monday 5 January');
  });

  it('draws the four hour fields and AM/PM', () => {
    const halfPastMidnight = new Date(Date.UTC(2026, 0, 5, 0, 30));
    expect(format('H k K h a', 'UTC', halfPastMidnight)).toBe('0 24 0 12 AM');
    expect(format('h:mm a', 'America/New_York')).toBe('8:02 PM');
  });

  it('draws RFC 822 and ISO 8601 offsets', () => {
    expect(format('Z X XX XXX')).toBe('+0800 +08 +0800 +08:00');
    expect(format('Z XXX', 'UTC')).toBe('+0000 Z');
    const summer = new Date(Date.UTC(2026, 6, 1, 12));
    expect(format("yyyy-MM-dd'T'HH:mm:ssXXX", 'America/New_York', summer)).toBe('2026-07-01T08:00:00-04:00');
  });

  it('accepts custom GMT offsets and treats an unknown zone as GMT, as Java does', () => {
    expect(format('HH:mm Z', 'GMT+05:30')).toBe('06:32 +0530');
    expect(format('HH:mm', 'Mars/Olympus')).toBe('01:02');
  });

  it('copies quoted text; two quotes make one', () => {
    expect(format("'at' HH 'o''clock' ''")).toBe("at 09 o'clock '");
  });

  it('refuses letters that are not pattern letters, and those it does not draw', () => {
    expect(() => format('yyyy q')).toThrow("Illegal pattern character 'q'");
    expect(() => format('w')).toThrow(/not emulated/);
  });
});

describe('Utilities', () => {
  it('makes unique version-4 UUIDs, the same sequence for the same seed', () => {
    const ids = Array.from({ length: 500 }, () => Utilities.getUuid());
    expect(new Set(ids).size).toBe(500);
    for (const id of ids)
      expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    const a = createEmulator({ seed: 's' }).globals.Utilities;
    const b = createEmulator({ seed: 's' }).globals.Utilities;
    expect(a.getUuid()).toBe(b.getUuid());
    expect(createEmulator({ seed: 't' }).globals.Utilities.getUuid()).not.toBe(b.getUuid());
  });

  it('sleeps on the simulated clock', () => {
    const emu = createEmulator();
    const before = emu.rt.clock.now();
    emu.globals.Utilities.sleep(90_000);
    expect(emu.rt.clock.now() - before).toBe(90_000);
  });

  it('encodes base64 from UTF-8 and decodes to Java bytes', () => {
    expect(Utilities.base64Encode('héllo')).toBe('aMOpbGxv');
    expect(Utilities.base64Decode('aMOpbGxv')).toEqual([104, -61, -87, 108, 108, 111]);
    expect(Utilities.base64Encode([104, -61, -87])).toBe('aMOp');
  });

  it('computes digests as signed bytes', () => {
    const digest = Utilities.computeDigest(Utilities.DigestAlgorithm.SHA_256, 'abc');
    expect(digest.slice(0, 4)).toEqual([-70, 120, 22, -65]);
    expect(digest).toHaveLength(32);
  });
});
