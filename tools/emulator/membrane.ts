/**
 * The boundary between the emulator (Node's realm) and the add-on (a vm context, its own realm).
 * Values crossing it are made native to the side that receives them, so the add-on's
 * `value instanceof Date`, `values instanceof Array`, `err instanceof Error` and `String(err)` behave as in
 * Apps Script, and the emulator only ever sees Node values:
 * - Dates and arrays are copied into the receiving realm (arrays element by element);
 * - errors thrown by services reach the script as its own Error named "Exception", which is how
 *   Apps Script reports service failures ("Exception: Lock timeout: ...");
 * - the script's plain objects (options, property maps) are copied into Node;
 * - every other emulator object or function reaches the script as a proxy that converts arguments
 *   and results on each call, and is unwrapped again if it comes back (identity is kept, so enum
 *   values still compare equal).
 */

export interface Realm {
  readonly Date: DateConstructor;
  readonly Array: ArrayConstructor;
  readonly Object: ObjectConstructor;
  readonly Error: ErrorConstructor;
}

type Reference = object;

const isReference = (value: unknown): value is Reference =>
  (typeof value === 'object' && value !== null) || typeof value === 'function';

export class Membrane {
  private readonly proxies = new WeakMap<Reference, Reference>();
  private readonly targets = new WeakMap<Reference, Reference>();

  constructor(private readonly realm: Realm) {}

  /** Emulator value → script value. */
  toInner(value: unknown): unknown {
    if (!isReference(value) || this.targets.has(value)) return value;
    if (value instanceof Date) return new this.realm.Date(value.getTime());
    if (Array.isArray(value)) return this.realm.Array.from(value, (item) => this.toInner(item));
    if (value instanceof Error) return this.errorToInner(value);
    return this.proxy(value);
  }

  /** Script value → emulator value. */
  toOuter(value: unknown): unknown {
    if (!isReference(value)) return value;
    const target = this.targets.get(value);
    if (target) return target;
    if (value instanceof this.realm.Date) return new Date(value.getTime());
    if (Array.isArray(value)) return Array.from(value, (item) => this.toOuter(item));
    if (value instanceof this.realm.Error) return copyError(value, Error);
    const proto: unknown = Object.getPrototypeOf(value);
    if (proto !== this.realm.Object.prototype && proto !== null) return value;
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, this.toOuter(v)]));
  }

  /** What the script catches when the emulator throws. */
  private errorToInner(error: unknown): unknown {
    if (!(error instanceof Error)) return error;
    const inner = copyError(error, this.realm.Error);
    inner.name = 'Exception';
    return inner;
  }

  private proxy(target: Reference): Reference {
    const existing = this.proxies.get(target);
    if (existing) return existing;
    // The proxy's own target is a blank stand-in: the real object may be frozen, and a proxy must
    // return a frozen target's own values unchanged, which would leak emulator values.
    const standIn = typeof target === 'function' ? () => undefined : {};
    const proxy = new Proxy(standIn, this.handler(target));
    this.proxies.set(target, proxy);
    this.targets.set(proxy, target);
    return proxy;
  }

  private handler(target: Reference): ProxyHandler<Reference> {
    return {
      get: (_, key) => this.toInner(Reflect.get(target, key)),
      set: (_, key, value) => Reflect.set(target, key, this.toOuter(value)),
      has: (_, key) => Reflect.has(target, key),
      ownKeys: () => Reflect.ownKeys(target),
      getOwnPropertyDescriptor: (_, key) => {
        const own = Reflect.getOwnPropertyDescriptor(target, key);
        if (!own) return undefined;
        return {
          value: this.toInner(Reflect.get(target, key)),
          writable: true,
          enumerable: own.enumerable,
          configurable: true,
        };
      },
      apply: (_, self, args) => {
        try {
          const outerArgs = args.map((arg) => this.toOuter(arg));
          return this.toInner(
            Reflect.apply(target as (...a: unknown[]) => unknown, this.toOuter(self), outerArgs),
          );
        } catch (error) {
          throw this.errorToInner(error);
        }
      },
    };
  }
}

function copyError(error: Error, Ctor: ErrorConstructor): Error {
  const copy = new Ctor(error.message);
  copy.name = error.name;
  copy.stack = error.stack;
  return copy;
}
