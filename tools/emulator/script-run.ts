/**
 * google.script.run's rules for what may cross between the sidebar and the server: primitives,
 * and objects and arrays made of them. A request with a Date, a function or any other type fails;
 * a return value the client cannot take arrives as null; undefined inside arrays becomes null.
 * https://developers.google.com/apps-script/guides/html/reference/run#parameters_and_return_values
 */
function illegal(value: unknown, path: string): string | undefined {
  if (value === null || value === undefined) return undefined;
  if (['string', 'number', 'boolean'].includes(typeof value)) return undefined;
  if (Array.isArray(value)) return value.map((v, i) => illegal(v, `${path}[${i}]`)).find(Boolean);
  if (typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    return Object.entries(value)
      .map(([k, v]) => illegal(v, `${path}.${k}`))
      .find(Boolean);
  }
  return `${path} is a ${value instanceof Date ? 'Date' : typeof value}`;
}

export function checkArguments(name: string, args: unknown[]): void {
  const problem = args.map((arg, i) => illegal(arg, `argument ${i + 1}`)).find(Boolean);
  if (problem) throw new Error(`google.script.run.${name}: ${problem}, which cannot be sent to the server.`);
}

/** What the sidebar's success handler receives. */
export function delivered(result: unknown): unknown {
  if (result === undefined) return undefined;
  return illegal(result, 'result') ? null : JSON.parse(JSON.stringify(result));
}
