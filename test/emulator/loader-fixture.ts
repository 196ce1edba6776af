/** Writes a script to a temporary folder and loads it, as dist/Code.js would be. */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Emulator } from '../../tools/emulator/index';

export function scriptFile(source: string): string {
  const path = join(mkdtempSync(join(tmpdir(), 'addon-')), 'Code.js');
  writeFileSync(path, source);
  return path;
}

export const loadScript = (emu: Emulator, source: string) => emu.load(scriptFile(source));
