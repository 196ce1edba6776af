/**
 * What the reliability suite tried, counted per test file. Importing this module from a test file
 * registers the hook that saves the file's counts where summary.ts (globalSetup) adds them up.
 */
import { randomUUID } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, inject } from 'vitest';
import { type Counts, emptyCounts } from './summary';

const counts = emptyCounts();

export function count(kind: keyof Counts, n = 1): void {
  counts[kind] += n;
}

afterAll(() => {
  const dir = inject('reliabilityCounts');
  if (dir) writeFileSync(join(dir, `${randomUUID()}.json`), JSON.stringify(counts));
});
