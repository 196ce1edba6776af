/**
 * The preview is a newcomer's first look at the product: its sample desk should look like one
 * that mostly keeps its targets, with a few tickets slipping for the alerts to show, not one
 * where nearly every open ticket is breached.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { Session } from '../../tools/preview/session';
import { sheetPage } from '../../tools/preview/sheet-view';
import { NOW } from './harness';

const dir = mkdtempSync(join(tmpdir(), 'crm-seed-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function openTickets(): Record<string, string>[] {
  const session = Session.open({ file: join(dir, 'workbook.json'), now: NOW, log: () => {} });
  const page = sheetPage(session.emu.workbook, 'Tickets', 0, 1_000_000)!;
  const headers = page.header.map((c) => c.text);
  return page.rows
    .map(({ cells }) => Object.fromEntries(headers.map((name, i) => [name, cells[i]?.text ?? ''])))
    .filter((t) => t.Status !== 'Resolved' && t.Status !== 'Closed');
}

describe("the preview's sample tickets, timed by the hourly job", () => {
  const open = openTickets();
  const slaOf = (status: string) => open.filter((t) => t['SLA Status'] === status);

  it('are open at every stage', () => {
    expect(new Set(open.map((t) => t.Status))).toEqual(
      new Set(['New', 'Acknowledged', 'In Progress', 'Waiting on Customer']),
    );
  });

  it('are mostly within their targets, a few at risk or breached', () => {
    expect(slaOf('Breached').length).toBeGreaterThan(0);
    expect(slaOf('At Risk').length).toBeGreaterThan(0);
    expect(slaOf('Breached').length / open.length).toBeLessThan(0.35);
  });

  it('are New only while they wait for a first answer within the target', () => {
    const lateNew = open.filter((t) => t.Status === 'New' && t.Breaches?.includes('ack'));
    expect(lateNew).toEqual([]);
  });
});
