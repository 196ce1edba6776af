/**
 * Issue 10's goals, checked against the reports (reported, never asserted): the size-bound ones on
 * L, the "calls do not grow with rows" one between the smallest and the largest size measured.
 */
import type { JobReport, SizeReport } from './bench';
import { JOBS, type JobName } from './jobs';

export interface GoalCheck {
  readonly goal: string;
  readonly value: string;
  readonly met: boolean;
}

const PAYLOAD_LIMIT_BYTES = 1_000_000;

const jobOf = (r: SizeReport, name: JobName): JobReport | undefined => r.jobs.find((j) => j.job === name);

const heldToGoals = (j: JobReport) => !JOBS.find((job) => job.name === j.job)?.onDemand;

function callsStable(small: SizeReport, large: SizeReport): GoalCheck[] {
  return small.jobs.filter(heldToGoals).map((s) => {
    const l = jobOf(large, s.job);
    const differ = l && l.calls !== s.calls ? ` (${methodsThatDiffer(s, l)})` : '';
    return {
      goal: `${s.job}: same service calls at ${small.size.name} and ${large.size.name}`,
      value: `${s.calls} vs ${l?.calls ?? '-'}${differ}`,
      met: l?.calls === s.calls,
    };
  });
}

/** Where two runs of a job differ, e.g. "MailApp.sendEmail 3→5": what grew, and with what. */
function methodsThatDiffer(small: JobReport, large: JobReport): string {
  const methods = new Set([...Object.keys(small.byMethod), ...Object.keys(large.byMethod)]);
  return [...methods]
    .filter((m) => (small.byMethod[m] ?? 0) !== (large.byMethod[m] ?? 0))
    .map((m) => `${m} ${small.byMethod[m] ?? 0}→${large.byMethod[m] ?? 0}`)
    .join(', ');
}

function atL(l: SizeReport): GoalCheck[] {
  const checks: GoalCheck[] = [
    { goal: 'L under 10,000,000 cells', value: l.cells.grid.toLocaleString('en'), met: l.cells.underLimit },
  ];
  const add = (name: JobName, goal: string, value: (j: JobReport) => number, limit: number, unit: string) => {
    const j = jobOf(l, name);
    if (j)
      checks.push({
        goal,
        value: `${value(j).toFixed(unit === 'x' ? 2 : 1)} ${unit}`,
        met: value(j) < limit,
      });
  };
  add('hourly', 'L hourly modeled under 30 s', (j) => j.modeledS, 30, 's');
  add('daily', 'L daily modeled under 120 s', (j) => j.modeledS, 120, 's');
  add('hourly', 'L hourly within 1.5x of its floor', (j) => j.ratio, 1.5, 'x');
  add('daily', 'L daily within 1.5x of its floor', (j) => j.ratio, 1.5, 'x');
  add('hourly', 'L hourly Node compute under 1 s', (j) => j.computeMs, 1000, 'ms');
  add(
    'bootstrap',
    'L bootstrap payload under 1 MB',
    (j) => j.payloadBytes ?? 0,
    PAYLOAD_LIMIT_BYTES,
    'bytes',
  );
  return checks;
}

export function checkGoals(reports: readonly SizeReport[]): GoalCheck[] {
  const small = reports[0];
  const large = reports[reports.length - 1];
  const l = reports.find((r) => r.size.name === 'L');
  return [...(small && large && small !== large ? callsStable(small, large) : []), ...(l ? atL(l) : [])];
}
