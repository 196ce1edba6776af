/** The benchmark's stdout: per size, the workbook, a table of jobs, calls by method; then the goals. */
import type { JobReport, SizeReport } from './bench';
import type { GoalCheck } from './goals';
import type { SidebarReport } from './sidebar';

const int = (n: number) => Math.round(n).toLocaleString('en');
const fixed = (n: number, digits = 1) => (Number.isFinite(n) ? n.toFixed(digits) : 'inf');

const COLUMNS: ReadonlyArray<[string, (j: JobReport) => string]> = [
  ['job', (j) => j.job],
  ['wall ms', (j) => int(j.wallMs)],
  ['compute ms', (j) => int(j.computeMs)],
  ['calls', (j) => int(j.calls)],
  ['cells read', (j) => int(j.cellsRead)],
  ['written', (j) => int(j.cellsWritten)],
  ['changed', (j) => int(j.cellsChanged)],
  ['modeled s', (j) => fixed(j.modeledS)],
  ['floor s', (j) => fixed(j.floor.modeledS)],
  ['ratio', (j) => fixed(j.ratio, 2)],
  ['rss MB', (j) => int(j.peakRssMb)],
  ['heap MB', (j) => int(j.peakHeapMb)],
  ['payload B', (j) => (j.payloadBytes === undefined ? '' : int(j.payloadBytes))],
  ['error', (j) => j.error],
];

export function table(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: readonly string[]) =>
    cells
      .map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!)))
      .join('  ')
      .trimEnd();
  return [line(header), ...rows.map(line)].join('\n');
}

function describe(r: SizeReport): string {
  const s = r.size;
  const cells = r.cells;
  return [
    `== ${s.name}: ${int(s.customers)} customers, ${int(s.tickets)} tickets (${int(r.openTickets)} open), ` +
      `${int(s.interactions)} interactions, ${int(s.surveys)} surveys; ${r.badRows} bad rows; ` +
      `generated and primed in ${fixed(r.generateMs / 1000)} s`,
    `cells: ${int(cells.grid)} in the grids (Sheets' limit 10,000,000: ${cells.underLimit ? 'under' : 'OVER'}), ` +
      `${int(cells.data)} holding data; largest: ` +
      [...cells.sheets]
        .sort((a, b) => b.grid - a.grid)
        .slice(0, 4)
        .map((c) => `${c.sheet} ${int(c.rows)}x${c.columns}`)
        .join(', '),
    ...r.primingProblems.map((p) => `priming failed: ${p}`),
  ].join('\n');
}

const methods = (j: JobReport) =>
  `${j.job}: ${Object.entries(j.byMethod)
    .map(([m, n]) => `${m} ${n}`)
    .join(', ')}`;

export function sizeText(r: SizeReport): string {
  const rows = r.jobs.map((j) => COLUMNS.map(([, cell]) => cell(j)));
  return [
    describe(r),
    table(
      COLUMNS.map(([h]) => h),
      rows,
    ),
    'calls by method:',
    ...r.jobs.map(methods),
  ].join('\n');
}

/** The sidebar's figures: what a person waits for in the browser, beside the server's jobs. */
export function sidebarText(s: SidebarReport): string {
  if (s.skipped) return `sidebar in Chromium: skipped (${s.skipped})`;
  const ms = (n = 0) => fixed(n);
  const rows: string[][] = [
    ['bootstrap answer to views usable', ms(s.answerToUsableMs)],
    ['  of which reading its JSON', ms(s.parseMs)],
    ['first keystroke in a picker ("a")', ms(s.firstKeystrokeMs)],
    ...Object.entries(s.keystrokeMs ?? {}).map(([query, n]) => [`keystroke, ${query}`, ms(n)]),
    ['switching forms (slowest form)', ms(s.switchFormMs)],
    ['opening My queue', ms(s.openQueueMs)],
    ['JS heap after, MB', ms(s.heapMb)],
  ];
  return `sidebar in Chromium (the page's work to the next frame laid out, medians):\n${table(['step', 'ms'], rows)}`;
}

export function goalsText(checks: readonly GoalCheck[]): string {
  return [
    '== goals (reported, not asserted)',
    table(
      ['goal', 'value', ''],
      checks.map((c) => [c.goal, c.value, c.met ? 'met' : 'MISSED']),
    ),
  ].join('\n');
}
