import { describe, expect, it } from 'vitest';
import { createEmulator } from '../../tools/emulator/index';

describe('Logger and console', () => {
  it('records Logger.log with its placeholders', () => {
    const emu = createEmulator();
    const { Logger } = emu.globals;
    Logger.log('rows: %s, took %d ms', 12, 40).log('done');
    expect(Logger.getLog()).toBe('rows: 12, took 40 ms\ndone\n');
    expect(emu.logs.map((e) => e.message)).toEqual(['rows: 12, took 40 ms', 'done']);
  });

  it('records console output with its level, in order with Logger', () => {
    const emu = createEmulator();
    const { console: log, Logger } = emu.globals;
    log.log('a', 1);
    Logger.log('b');
    log.warn('c');
    log.error('d');
    expect(emu.logs.map(({ source, level, message }) => [source, level, message])).toEqual([
      ['console', 'log', 'a 1'],
      ['Logger', 'info', 'b'],
      ['console', 'warn', 'c'],
      ['console', 'error', 'd'],
    ]);
    Logger.clear();
    expect(emu.logs).toHaveLength(3);
  });
});
