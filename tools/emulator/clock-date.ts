/**
 * The script's `Date` follows the runtime's simulated clock: `new Date()`, `Date()` and
 * `Date.now()` read it, everything else is the context's own Date. The replacement shares the
 * original's prototype, so `instanceof Date` holds for every Date of the context, however made.
 */
import vm from 'node:vm';

const INSTALL = `(function install(now) {
  'use strict';
  const RealDate = Date;
  // A plain "new Date(...)" takes the direct path (a script makes hundreds of thousands of Dates, and
  // Reflect.construct with spread arguments is many times slower); subclasses keep their prototype.
  function ClockDate(y, m, d, h, min, s, ms) {
    const n = arguments.length;
    if (!new.target) return new RealDate(now()).toString();
    if (new.target !== ClockDate) {
      return Reflect.construct(RealDate, n === 0 ? [now()] : Array.prototype.slice.call(arguments), new.target);
    }
    switch (n) {
      case 0: return new RealDate(now());
      case 1: return new RealDate(y);
      case 2: return new RealDate(y, m);
      case 3: return new RealDate(y, m, d);
      case 4: return new RealDate(y, m, d, h);
      case 5: return new RealDate(y, m, d, h, min);
      case 6: return new RealDate(y, m, d, h, min, s);
      default: return new RealDate(y, m, d, h, min, s, ms);
    }
  }
  ClockDate.prototype = RealDate.prototype;
  Object.defineProperty(RealDate.prototype, 'constructor', { value: ClockDate, writable: true, configurable: true });
  Object.defineProperty(ClockDate, 'name', { value: 'Date' });
  Object.defineProperty(ClockDate, 'length', { value: 7 });
  ClockDate.now = () => now();
  ClockDate.parse = RealDate.parse;
  ClockDate.UTC = RealDate.UTC;
  globalThis.Date = ClockDate;
})`;

export function installClockDate(context: vm.Context, now: () => number): void {
  const install = vm.runInContext(INSTALL, context) as (now: () => number) => void;
  install(now);
}
