/**
 * The one call that opens the sidebar: everything the forms and "My queue" need, so later calls
 * are only writes and refreshes.
 */
import { roomWarning } from '../domain/room';
import { lastOutcomes, lastSkips, unfinishedRuns } from '../jobs/outcome';
import { scheduleInfo } from '../jobs/triggers';
import { isMerged } from '../sheets/cell-values';
import type { Env } from '../sheets/env';
import { settingsOrDefaults } from '../sheets/settings-sheet';
import { readTable } from '../sheets/table';
import { CUSTOMERS } from '../sheets/tables';
import type { Bootstrap, CustomerPick, ScheduleStatus } from './contract';
import { packPicks } from './customer-picks';
import { myQueue } from './queue';
import { guard, ok, type Result } from './result';

/** No run for this long means the schedule is not running (hourly trigger, plus slack). */
const STALE_MS = 2 * 60 * 60 * 1000;

export function bootstrap(env: Env): Result<Bootstrap> {
  return guard(() => {
    const tz = env.timeZone();
    const now = env.now();
    const user = env.userEmail();
    const customers = readTable(env.ss, CUSTOMERS, {
      keys: [
        'name',
        'contact',
        'email',
        'tier',
        'status',
        'owner',
        'followUpStatus',
        'nextFollowUp',
        'lastContact',
        'riskLevel',
        'riskReasons',
        'leadScore',
        'created',
        'updated',
        'mergedInto',
      ],
    });
    // A duplicate merged into another is not offered: saves for it are refused (records.ts).
    const picks: CustomerPick[] = customers.rows
      .filter((r) => !isMerged(r))
      .map((r) => [
        String(r.id),
        String(r.name),
        String(r.contact),
        String(r.email),
        String(r.tier),
        String(r.status),
        String(r.owner),
      ]);
    const settings = settingsOrDefaults(env);
    const schedule = scheduleStatus(env, now);
    return ok({
      user,
      timeZone: tz,
      nowMs: now.getTime(),
      customers: packPicks(picks),
      queue: myQueue(env, {
        user,
        customers,
        tz,
        keyLeadAt: settings.value.leads.keyFollowUpAt,
        refreshDays: settings.value.followUps.recordRefreshDays,
        now: now.getTime(),
      }),
      // A broken setting must not lock people out of the sidebar: say so, and use the defaults.
      schedule: settings.error
        ? { ...schedule, warning: `${settings.error} ${schedule.warning}`.trim() }
        : schedule,
      vaguePhrases: [...settings.value.interactions.vaguePhrases],
      winBackCheckDays: settings.value.health.winBackCheckDays,
    });
  });
}

function scheduleStatus(env: Env, now: Date): ScheduleStatus {
  const info = scheduleInfo(env);
  const outcomes = lastOutcomes(env);
  const runs = Object.values(outcomes).sort((a, b) => b.at.localeCompare(a.at));
  const last = runs[0];
  const failed = runs.find((r) => r.error);
  const unfinished = unfinishedRuns(env, now)[0];
  const skips = lastSkips(env);
  const stepped = runs.find((r) => (skips[r.job] ?? '') > r.at);
  // Counted from the install too: a schedule installed a minute ago has had no chance to run yet.
  const since = Math.max(last ? Date.parse(last.at) : 0, Date.parse(info?.installedAt ?? '') || 0);
  const stale = now.getTime() - since > STALE_MS;
  const problem = !info
    ? 'The hourly schedule is not installed: choose Extensions → CRM → Install schedule.'
    : unfinished
      ? `${unfinished[0]!.toUpperCase()}${unfinished.slice(1)}.`
      : failed
        ? `The last ${failed.job} run failed: ${failed.error}`
        : stale
          ? 'No scheduled run in the last two hours: the schedule may have stopped. Reinstall it from the CRM menu.'
          : '';
  const aside = stepped
    ? `A ${stepped.job} run stepped aside because another run was busy; the next one catches up.`
    : '';
  const warning = [problem, aside, roomWarning(outcomes.daily?.cells)].filter(Boolean).join(' ');
  return {
    installedBy: info?.installedBy ?? '',
    installedAt: info?.installedAt ?? '',
    lastRun: last?.at ?? '',
    lastError: failed?.error ?? '',
    warning,
  };
}
