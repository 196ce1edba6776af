/**
 * The first day of a small business with the add-on: a blank spreadsheet, Set up, the jobs run on
 * empty sheets, then the first few records. What each screen says while there is nothing, or
 * next to nothing, to count must read true to a shopkeeper: no "0 of 0", no lists of internals.
 */
import { describe, expect, it } from 'vitest';
import { startAddon } from './harness';

const dashboardRow = (h: ReturnType<typeof startAddon>, label: string): string[] => {
  const grid = h.emu.globals.SpreadsheetApp.getActive()
    .getSheetByName('Dashboard')!
    .getDataRange()
    .getDisplayValues() as string[][];
  const found = grid.find((r) => r[0] === label || r[0]!.startsWith(`${label} (`));
  if (!found) throw new Error(`No Dashboard row "${label}"`);
  return found.slice(0, 8);
};

describe('the Dashboard of a CRM with no records yet', () => {
  it('says there is nothing to count rather than "0 of 0"', () => {
    const h = startAddon();
    h.addon.call('runDailyJobs');
    expect(dashboardRow(h, 'Breached now').slice(0, 3)).toEqual(['Breached now', '0', '']);
    expect(dashboardRow(h, 'SLA met %').slice(1, 5)).toEqual([
      '',
      'no tickets resolved',
      '',
      'no tickets resolved',
    ]);
    expect(dashboardRow(h, 'Care share of touches').slice(1, 5)).toEqual([
      '',
      'no interactions',
      '',
      'no interactions',
    ]);
    expect(dashboardRow(h, 'Total').slice(6, 8)).toEqual(['', 'no interactions']);
  });
});

describe('the first customer and the first ticket', () => {
  it('are counted in the singular when the jobs say what they did', () => {
    const h = startAddon();
    h.addon.serve('sidebarCreateCustomer', {
      requestId: 'first-customer',
      record: { name: 'Corner Cafe', contact: 'Ann', email: 'ann@cafe.example' },
    });
    h.addon.serve('sidebarCreateTicket', {
      requestId: 'first-ticket',
      record: { customerId: 'C-0001', subject: 'Cannot log in', type: 'Technical' },
    });
    const hourly = h.addon.call('menuRunHourlyJobs') as { detail: string };
    const daily = h.addon.call('menuRunDailyJobs') as { detail: string };
    expect(hourly.detail).toMatch(/^1 ticket checked; 0 alerts raised; /);
    expect(daily.detail).toMatch(
      /^1 customer checked, 1 scored; 0 surveys scheduled; 0 alerts raised; 0 emails sent/,
    );
  });
});

describe('Set up on a blank spreadsheet', () => {
  it('names the sheets it made and the next step, not every column of those sheets', () => {
    const h = startAddon({ setup: false });
    const report = h.addon.call('setupWorkbook') as { columnsAdded: string[] };
    expect(report.columnsAdded).toEqual([]);
    const toast = h.emu.workbook.toasts.at(-1)!;
    expect(toast.message).not.toContain('Columns added');
    expect(toast.message).toContain('Sheets added: Dashboard, Customers, Interactions, Tickets, Surveys');
    expect(toast.message).toMatch(/Next: choose Install schedule \(hourly\), then Open CRM/);
  });

  it('does not repeat the next step when it only repairs', () => {
    const h = startAddon();
    h.addon.call('setupWorkbook');
    expect(h.emu.workbook.toasts.at(-1)!.message).toBe('Everything was already in place.');
  });
});

describe('before Set up', () => {
  const NOT_SET_UP =
    'The CRM is not set up in this spreadsheet yet: choose Extensions → CRM → Set up / repair.';

  it('the sidebar and the jobs say the CRM is not set up yet, not that a sheet went missing', () => {
    const h = startAddon({ setup: false });
    expect(h.addon.serve('sidebarBootstrap')).toEqual({ ok: false, kind: 'setup', message: NOT_SET_UP });
    expect((h.addon.call('menuRunHourlyJobs') as { error: string }).error).toBe(NOT_SET_UP);
    expect(h.emu.workbook.toasts.at(-1)!.message).toBe(`Stopped: ${NOT_SET_UP}`);
  });

  it('a run that stopped because the CRM was not set up is not reported once Set up was chosen', () => {
    const h = startAddon({ setup: false });
    h.addon.call('menuRunHourlyJobs');
    h.addon.call('setupWorkbook');
    const boot = h.addon.serve('sidebarBootstrap') as { value: { schedule: { warning: string } } };
    expect(boot.value.schedule.warning).not.toContain('not set up');
    const hourlyLine = h.values('Dashboard').find((r) => r[0] === 'Hourly jobs (SLA)')!;
    expect(hourlyLine.join(' ')).not.toContain('not set up');
  });

  it('a sheet deleted from a CRM in use is still named', () => {
    const h = startAddon();
    const ss = h.emu.globals.SpreadsheetApp.getActive();
    ss.deleteSheet(ss.getSheetByName('Customers')!);
    const answer = h.addon.serve('sidebarBootstrap') as { message: string };
    expect(answer.message).toMatch(/^The "Customers" sheet is missing\./);
  });
});

describe('Install schedule chosen before Set up', () => {
  it('installs it, and says the runs stop until Set up is chosen', () => {
    const h = startAddon({ setup: false });
    h.addon.call('installTriggers');
    expect(h.emu.workbook.toasts.at(-1)!.message).toMatch(
      /The CRM is not set up in this spreadsheet yet: choose Extensions → CRM → Set up \/ repair; until then each run stops\.$/,
    );
    expect(h.emu.triggers.all()).toHaveLength(1);
  });

  it('says nothing of it once Set up was chosen', () => {
    const h = startAddon();
    h.addon.call('installTriggers');
    expect(h.emu.workbook.toasts.at(-1)!.message).not.toContain('not set up');
  });
});

describe('the schedule just installed', () => {
  const warning = (h: ReturnType<typeof startAddon>) =>
    (h.addon.serve('sidebarBootstrap') as { value: { schedule: { warning: string } } }).value.schedule
      .warning;

  it('is not said to have stopped before its first run was due', () => {
    const h = startAddon();
    h.addon.call('installTriggers');
    expect(warning(h)).toBe('');
    h.emu.rt.clock.advance(3 * 3_600_000);
    expect(warning(h)).toMatch(/^No scheduled run in the last two hours/);
  });
});
