/**
 * What a run costs besides the counters: peak memory, and the time spent inside the emulated
 * services. That time is the emulator's own work (serving a 100,000-row getValues, copying it
 * across the vm boundary), which Apps Script's servers do and the cell constants already model;
 * the rest of the run's wall time is the add-on's own computing.
 */
import { Membrane } from '../emulator/membrane';
import type { Runtime } from '../emulator/runtime';

export interface MemoryPeak {
  rssMb: number;
  heapMb: number;
}

const MB = 1024 * 1024;

/** Samples at every service call (runs are synchronous: a timer would never fire during one). */
export function sampleMemory(rt: Runtime): () => MemoryPeak {
  const peak = { rssMb: 0, heapMb: 0 };
  const sample = () => {
    const m = process.memoryUsage();
    peak.rssMb = Math.max(peak.rssMb, m.rss / MB);
    peak.heapMb = Math.max(peak.heapMb, m.heapUsed / MB);
  };
  sample();
  rt.hook = sample;
  return () => {
    sample();
    rt.hook = undefined;
    return peak;
  };
}

type Trap = NonNullable<ProxyHandler<object>['apply']>;
type HandlerFactory = (this: Membrane, target: object) => ProxyHandler<object>;

let serviceMs = 0;
let depth = 0;
let installed = false;

/** Every call from the script into a service crosses the Membrane's `apply` trap: time it there,
 * outermost crossing only (a service may call back into the script, which calls services). The
 * trap is private to the emulator, so it is wrapped on the prototype rather than edited. */
function install(): void {
  const proto = Membrane.prototype as unknown as { handler: HandlerFactory };
  const original = proto.handler;
  proto.handler = function (this: Membrane, target: object) {
    const handler = original.call(this, target);
    const apply = handler.apply as Trap;
    handler.apply = (fn, self, args) => {
      const start = depth++ === 0 ? performance.now() : -1;
      try {
        return apply(fn, self, args);
      } finally {
        depth--;
        if (start >= 0) serviceMs += performance.now() - start;
      }
    };
    return handler;
  };
  installed = true;
}

/** Starts timing service calls; the returned function stops and gives the milliseconds. */
export function timeServices(): () => number {
  if (!installed) install();
  serviceMs = 0;
  return () => serviceMs;
}
