import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { type Preview, startPreview } from '../../tools/preview/preview';

const NOW = Date.parse('2026-11-23T17:00:00+08:00');
const dir = mkdtempSync(join(tmpdir(), 'crm-preview-clock-'));
let preview: Preview;
beforeAll(async () => {
  preview = await startPreview({ port: 0, file: join(dir, 'workbook.json'), now: NOW, log: () => {} });
});
afterAll(async () => {
  await preview?.close();
  rmSync(dir, { recursive: true, force: true });
});

/** Writes a setting's Value (column B) as a manager would. */
function setSetting(name: string, value: string): void {
  const settings = preview.session.emu.globals.SpreadsheetApp.getActive().getSheetByName('Settings')!;
  const names = settings
    .getRange('A:A')
    .getValues()
    .map((r: unknown[]) => r[0]);
  settings.getRange(`B${names.indexOf(name) + 1}`).setValue(value);
}

const clock = async (hours: number) =>
  (await (
    await fetch(`${preview.url}api/clock`, { method: 'POST', body: JSON.stringify({ hours }) })
  ).json()) as { ok: boolean; message: string };

// The +1 hour button said "the hourly schedule ran." when the run it started had stopped on a
// broken setting: the job's outcome (an error in words, as Run hourly jobs shows) was dropped.
it('says when the schedule the clock started stopped, and why', async () => {
  setSetting('Health: window (days)', 'abc');
  const answer = await clock(1);
  expect(answer.ok).toBe(false);
  expect(answer.message).toMatch(
    /; the schedule failed: hourly work: Settings B\d+ \("Health: window \(days\)"\)/,
  );
});
