/**
 * `npm run bench [-- --sizes S,M,L] [--runs 3]`: builds each size's workbook, times every job on
 * fresh copies of it and the sidebar in Chromium over it, prints the tables and the goals, and
 * writes everything as JSON under bench-results/ (git-ignored).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { benchSize, makeWorkbook, type SizeReport } from './bench';
import { checkGoals } from './goals';
import { JOBS } from './jobs';
import * as model from './model';
import { goalsText, sidebarText, sizeText } from './report';
import { benchSidebar } from './sidebar';
import { SIZES } from './sizes';

const { values } = parseArgs({
  options: { sizes: { type: 'string', default: 'S,M,L' }, runs: { type: 'string', default: '3' } },
});
const runs = Number(values.runs);
if (!Number.isInteger(runs) || runs < 1)
  throw new Error(`--runs must be a whole number above 0, not ${values.runs}`);
const sizes = values.sizes.split(',').map((name) => {
  const size = SIZES[name.trim()];
  if (!size) throw new Error(`unknown size "${name}"; choose from ${Object.keys(SIZES).join(', ')}`);
  return size;
});

const file = `bench-results/bench-${new Date().toISOString().replace(/[:.]/g, '-')}.json`;
mkdirSync('bench-results', { recursive: true });
const reports: SizeReport[] = [];
const save = () => {
  const constants = {
    secondsPerCall: model.SECONDS_PER_CALL,
    secondsPerCellRead: model.SECONDS_PER_CELL_READ,
    secondsPerCellWritten: model.SECONDS_PER_CELL_WRITTEN,
    computeFactor: model.COMPUTE_FACTOR,
  };
  writeFileSync(file, JSON.stringify({ runs, constants, reports, goals: checkGoals(reports) }, null, 2));
};

for (const size of sizes) {
  const made = makeWorkbook(size);
  const jobs = benchSize(size, runs, JOBS, made);
  const report = { ...jobs, sidebar: await benchSidebar(made.generated.saved, runs) };
  reports.push(report);
  console.log(`${sizeText(report)}\n${sidebarText(report.sidebar)}\n`);
  // Written after every size, so a run that fails later keeps what it measured.
  save();
}
console.log(goalsText(checkGoals(reports)));
console.log(`\nJSON: ${file}`);
