/**
 * The named faults of issue 11: the lock held by another run, a lock wait that times out, the
 * mail quota used up, a properties value too large, a sheet deleted or renamed, a required
 * column deleted. Each run ends with a message where the manager looks (the Dashboard's status
 * rows or the sidebar), writes no half batch, loses nothing typed, and once the cause is gone the
 * next run leaves what a calm run leaves.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { VALUE_TOO_LARGE } from '../../tools/emulator/services/properties';
import { count } from './counters';
import {
  calmRun,
  type LABEL,
  managerSees,
  notRecovered,
  partialBatches,
  runFaulted,
  type State,
  stateOf,
} from './faults';
import { diffEntered, enteredFp } from './fingerprint';
import { world } from './interleave';
import { baseSnapshot, type Snapshot, type World } from './world';

type Job = keyof typeof LABEL;
const JOBS: Job[] = ['runHourlyJobs', 'runDailyJobs'];

let base: Snapshot;
let w: World;
const calm = new Map<Job, { pre: State; calm: State }>();
beforeAll(() => {
  base = baseSnapshot();
  w = world(base);
  for (const job of JOBS) {
    const pre = stateOf(w.reset(base));
    calm.set(job, { pre, calm: calmRun(w, base, job) });
  }
});

interface Fault {
  /** Sets the fault up on a fresh copy of the base workbook. */
  readonly arrange: (w: World) => void;
  /** What the manager must be able to read afterwards. */
  readonly says: RegExp;
  /** Takes the cause away (the other run finishing, the sheet named back) before the next run. */
  readonly mend?: (w: World) => void;
  /**
   * What a person deleted is gone (Set up / repair brings back the sheet or column, empty), so
   * the next run cannot match a calm one: it must run OK and name what the data now lacks.
   */
  readonly deleted?: true;
}

const hookOnce = (w: World, method: string, act: () => void) => {
  let done = false;
  w.emu.rt.hook = (m) => {
    if (!done && m === method) {
      done = true;
      act();
    }
  };
};

const rename = (w: World, from: string, to: string) => w.person((ss) => ss.getSheetByName(from)!.setName(to));
const setup = (w: World) =>
  expect((w.addon.call('setupWorkbook') as { error?: string }).error ?? '').toBe('');

function deleteColumn(w: World, sheet: string, header: string): void {
  w.person((ss) => {
    const s = ss.getSheetByName(sheet)!;
    const at = (s.getRange(1, 1, 1, s.getLastColumn()).getValues()[0] as unknown[]).indexOf(header);
    s.deleteColumn(at + 1);
  });
}

const FAULTS: Record<string, Fault> = {
  'the lock is held by another run for the whole wait': {
    arrange: (w) => w.emu.locks.hold('document'),
    says: /stepped aside because another run was busy|skipped: another run was busy/,
    mend: (w) => w.emu.locks.release('document'),
  },
  'LockService fails while waiting ("Lock timeout")': {
    arrange: (w) =>
      hookOnce(w, 'Lock.tryLock', () => {
        throw new Error('Lock timeout: another process was holding the lock for too long.');
      }),
    says: /could not take the document lock: Lock timeout/,
  },
  "the day's mail quota is used up": {
    arrange: (w) => {
      w.emu.rt.mailQuota = 0;
    },
    says: /emails held: only 0 emails left in today's Google quota/,
    mend: (w) => {
      w.emu.rt.mailQuota = 100;
    },
  },
  'a properties value is too large': {
    arrange: (w) =>
      hookOnce(w, 'Properties.setProperty', () => {
        throw new Error(VALUE_TOO_LARGE);
      }),
    says: /Argument too large/,
  },
  'the Tickets sheet is renamed': {
    arrange: (w) => rename(w, 'Tickets', 'Tickets (old)'),
    says: /Tickets/,
    mend: (w) => rename(w, 'Tickets (old)', 'Tickets'),
  },
  'the Customers sheet is deleted': {
    arrange: (w) => w.person((ss) => ss.deleteSheet(ss.getSheetByName('Customers')!)),
    says: /Customers/,
    deleted: true,
  },
  'the required Status column of Tickets is deleted': {
    arrange: (w) => deleteColumn(w, 'Tickets', 'Status'),
    says: /Status/,
    deleted: true,
  },
};

describe.each(JOBS)('%s', (job) => {
  it.each(Object.entries(FAULTS))(
    'when %s: says so, writes no half batch, loses nothing, recovers',
    (_, fault) => {
      const { pre, calm: whole } = calm.get(job)!;
      w.reset(base);
      fault.arrange(w);
      const entered = enteredFp(w);
      const threw = runFaulted(w, job);
      count('faults');
      expect(threw).toBe('');
      expect(managerSees(w, job)).toMatch(fault.says);
      const after = stateOf(w);
      expect(partialBatches(after.computed, pre.computed, whole.computed)).toEqual([]);
      const lost = diffEntered(entered, enteredFp(w));
      count('recordsLost', lost.lost);
      expect(lost.problems).toEqual([]);

      fault.mend?.(w);
      // Set up / repair restores the sheets and columns, as the message tells the manager to do.
      if (fault.deleted) setup(w);
      // A run that waited for the lock ran later: compare with a calm run at that time too.
      const at = w.emu.rt.clock.now();
      w.addon.call(job);
      expect(managerSees(w, job)).toMatch(/OK/);
      const got = stateOf(w);
      if (!fault.deleted)
        expect(notRecovered(got, [whole, calmRun(w, { ...base, now: at }, job)])).toEqual([]);
    },
  );
});
