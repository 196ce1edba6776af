/** The benchmark's workbook sizes (issue 10) and the moment every run is measured from. */

export interface Size {
  readonly name: string;
  readonly customers: number;
  readonly tickets: number;
  /** Tickets not Resolved or Closed: L has 2,000 of 100,000; the other sizes keep the same 2%. */
  readonly openTickets: number;
  readonly interactions: number;
  readonly surveys: number;
}

export const SIZES: Readonly<Record<string, Size>> = {
  S: { name: 'S', customers: 1_000, tickets: 10_000, openTickets: 200, interactions: 20_000, surveys: 5_000 },
  M: {
    name: 'M',
    customers: 5_000,
    tickets: 50_000,
    openTickets: 1_000,
    interactions: 100_000,
    surveys: 25_000,
  },
  L: {
    name: 'L',
    customers: 10_000,
    tickets: 100_000,
    openTickets: 2_000,
    interactions: 200_000,
    surveys: 50_000,
  },
};

export const TIME_ZONE = 'Asia/Shanghai';
/** The script's zone (appsscript.json), unlike the spreadsheet's, as in the add-on tests. */
export const SCRIPT_TIME_ZONE = 'America/New_York';
/** How far back the sample history goes. */
export const HISTORY_MONTHS = 12;
export const HOUR_MS = 3_600_000;
export const DAY_MS = 24 * HOUR_MS;
/** Monday 2026-11-23 10:00 in Shanghai, a working morning: the workbook is generated and primed
 * then; each job is measured a little later (see jobs.ts). */
export const START = Date.UTC(2026, 10, 23, 2);
