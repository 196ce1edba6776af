/**
 * The script's `Date` follows the runtime's simulated clock: `new Date()`, `Date()` and
 * `Date.now()` read it, everything else is the context's own Date. The replacement shares the
 * original's prototype, so `instanceof Date` holds for every Date of the context, however made.
 */
import vm from 'node:vm';

const INSTALL = `(function install(now) {
  'use strict';
  const RealDate = Date;
  function ClockDate(...args) {
    if (!new.target) return new RealDate(now()).toString();
    return Reflect.construct(RealDate, args.length === 0 ? [now()] : args, new.target);
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
