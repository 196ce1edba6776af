/**
 * vitest globalSetup (vitest.config.ts): hands every test file a fresh directory for the
 * reliability counters (counters.ts) and, once every file has run, prints the suite's summary line.
 * Test files run in separate processes (forks pool), so each writes its own counts file and only
 * the main process adds them up.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    reliabilityCounts: string;
  }
}

export interface Counts {
  interleavings: number;
  faults: number;
  hostile: number;
  recordsLost: number;
}

export const emptyCounts = (): Counts => ({ interleavings: 0, faults: 0, hostile: 0, recordsLost: 0 });

export const summaryLine = (c: Counts): string =>
  `reliability: ${c.interleavings} interleavings, ${c.faults} faults injected, ${c.hostile} hostile inputs, records lost: ${c.recordsLost}`;

export default function setup(project: TestProject): () => void {
  const dir = mkdtempSync(join(tmpdir(), 'crm-reliability-'));
  project.provide('reliabilityCounts', dir);
  return () => {
    const files = readdirSync(dir).filter((f) => f.endsWith('.json'));
    if (files.length > 0) {
      const total = emptyCounts();
      for (const file of files) {
        const counts = JSON.parse(readFileSync(join(dir, file), 'utf8')) as Partial<Counts>;
        for (const key of Object.keys(total) as (keyof Counts)[]) total[key] += counts[key] ?? 0;
      }
      console.log(`\n${summaryLine(total)}\n`);
    }
    rmSync(dir, { recursive: true, force: true });
  };
}
