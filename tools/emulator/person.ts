/**
 * What a person does in the document (typing in a cell) goes through the same SpreadsheetApp, but
 * it is not the script's service call: it is not counted, does not run the hook and does not eat
 * into the running execution's time.
 */
import type { Runtime } from './runtime';

export function asPerson<T>(rt: Runtime, work: () => T): T {
  const saved = {
    calls: new Map(rt.calls),
    cellsRead: rt.cellsRead,
    cellsWritten: rt.cellsWritten,
    hook: rt.hook,
    executionStart: rt.executionStart,
  };
  rt.hook = undefined;
  rt.executionStart = undefined;
  try {
    return work();
  } finally {
    rt.calls.clear();
    for (const [method, count] of saved.calls) rt.calls.set(method, count);
    rt.cellsRead = saved.cellsRead;
    rt.cellsWritten = saved.cellsWritten;
    rt.hook = saved.hook;
    rt.executionStart = saved.executionStart;
  }
}
