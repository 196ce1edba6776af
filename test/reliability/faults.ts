/**
 * What the fault tests compare: the state a calm run leaves, what the manager can see after a
 * run (the Dashboard's status rows and the last outcomes the sidebar shows), whether a run wrote
 * half of a batch, and whether the next run put everything right.
 */
import { type AlertFp, alertsFp, type ComputedFp, computedFp } from './fingerprint';
import type { JobName } from './interleave';
import type { Snapshot, World } from './world';

export const LABEL: Record<Exclude<JobName, 'setupWorkbook'>, string> = {
  runHourlyJobs: 'Hourly jobs (SLA)',
  runDailyJobs: 'Daily jobs',
};

export interface State {
  computed: ComputedFp;
  alerts: Map<string, AlertFp>;
  /** "recipient|alert ID" for every alert line mailed so far. */
  mailed: string[];
}

/** The alert IDs each mail lists, as "recipient|A-00012". */
export function mailedAlerts(w: World): string[] {
  return w.emu.mail.flatMap((m) =>
    [...m.body.matchAll(/^- (A-\d+) · /gm)].flatMap((match) => m.to.map((to) => `${to}|${match[1]}`)),
  );
}

export const stateOf = (w: World): State => ({
  computed: computedFp(w),
  alerts: alertsFp(w).byKey,
  mailed: mailedAlerts(w),
});

/** The state after one calm run of `job` on `snap`. */
export function calmRun(w: World, snap: Snapshot, job: JobName): State {
  w.reset(snap);
  w.addon.call(job);
  return stateOf(w);
}

/** The Dashboard's status line for a job, and the last outcome the sidebar shows for it. */
export function managerSees(w: World, job: keyof typeof LABEL): string {
  const line = w.values('Dashboard').find((r) => r[0] === LABEL[job]) ?? [];
  const stored = w.emu.properties.document.get('crm.lastRuns') ?? '{}';
  const outcome = (JSON.parse(stored) as Record<string, { error?: string; detail?: string }>)[
    job === 'runHourlyJobs' ? 'hourly' : 'daily'
  ];
  // The sidebar's schedule warning: a run Apps Script killed cannot write anything itself.
  const boot = w.serve('sidebarBootstrap') as { ok: boolean; value?: { schedule: { warning: string } } };
  const warning = boot.value?.schedule.warning ?? '';
  return `Dashboard: ${line.map(String).join(' | ')} / sidebar: ${outcome?.error ?? ''} ${outcome?.detail ?? ''} ${warning}`;
}

/** Rows 1-4 of the Dashboard, as text. */
export const statusBlock = (w: World): string =>
  JSON.stringify(
    w
      .values('Dashboard')
      .slice(0, 4)
      .map((r) => r.slice(0, 5).map(String)),
  );

/**
 * Batches written in part: for each table, the records a calm run changes must end all changed
 * (as the calm run left them) or all unchanged; anything else is named.
 */
export function partialBatches(found: ComputedFp, before: ComputedFp, calm: ComputedFp): string[] {
  const problems: string[] = [];
  for (const [table, rows] of calm) {
    const updated: string[] = [];
    const kept: string[] = [];
    for (const [id, want] of rows) {
      const was = before.get(table)?.get(id);
      const got = found.get(table)?.get(id);
      if (!was || !got) continue;
      const same = (a: Map<string, string>) => [...want.keys()].every((h) => got.get(h) === a.get(h));
      if (same(was) && same(want)) continue;
      if (same(want)) updated.push(id);
      else if (same(was)) kept.push(id);
      else
        problems.push(`${table} ${id}: computed cells are neither as before nor as a calm run leaves them`);
    }
    if (updated.length > 0 && kept.length > 0) {
      problems.push(
        `${table}: partial batch, ${updated.length} records updated (${updated.slice(0, 3).join(', ')}…) and ${kept.length} not (${kept.slice(0, 3).join(', ')}…)`,
      );
    }
  }
  return problems;
}

/**
 * What differs between a recovered state and what calm runs leave. With several calm states (runs
 * at different times stamp different "Escalated" times), each cell may match any of them.
 */
export function notRecovered(found: State, calm: State | readonly State[]): string[] {
  const calms = Array.isArray(calm) ? calm : [calm as State];
  const problems: string[] = [];
  for (const [table, rows] of calms[0]!.computed) {
    for (const [id, cells] of rows) {
      const got = found.computed.get(table)?.get(id);
      if (!got) continue;
      const wrong = [...cells.keys()].filter(
        (h) => !calms.some((c) => c.computed.get(table)?.get(id)?.get(h) === got.get(h)),
      );
      if (wrong.length > 0)
        problems.push(`${table} ${id}: ${wrong.join(', ')} not as a calm run leaves them`);
    }
  }
  const keys = new Set(calms.flatMap((c) => [...c.alerts.keys()]));
  for (const key of keys) {
    const options = calms.flatMap((c) => (c.alerts.has(key) ? [c.alerts.get(key)!] : []));
    const got = found.alerts.get(key);
    if (!got) {
      if (options.length === calms.length) problems.push(`alert ${key} never raised`);
    } else if (!options.some((o) => o.content === got.content))
      problems.push(`alert ${key} differs: ${got.content}`);
    else if (options.every((o) => o.mailed) && !got.mailed) problems.push(`alert ${key} never mailed`);
  }
  for (const key of found.alerts.keys())
    if (!keys.has(key)) problems.push(`alert ${key} raised but a calm run raises none`);
  const seen = new Set<string>();
  for (const line of found.mailed) {
    if (seen.has(line)) problems.push(`${line.replace('|', ' got alert ')} mailed twice`);
    seen.add(line);
  }
  return problems;
}

/** True when the run left what a calm run leaves (so a fault after the work lost nothing). */
export const sameAsCalm = (found: State, calm: State | readonly State[]): boolean =>
  notRecovered(found, calm).length === 0;

/** Runs `job` with whatever hook a fault set, then removes it; the message the run threw, or ''. */
export function runFaulted(w: World, job: JobName): string {
  try {
    w.addon.call(job);
    return '';
  } catch (e) {
    return (e as Error).message;
  } finally {
    w.emu.rt.hook = undefined;
  }
}
