/**
 * google.script.run as typed promises. Only what ServerApi declares can be called, with its
 * argument types, so no Date (which Apps Script rejects) can be passed; dates travel as strings.
 */
import type { Result, ServerApi } from '../src/api/contract';
import { unreachable } from './words';

interface Runner {
  withSuccessHandler(handler: (value: unknown) => void): Runner;
  withFailureHandler(handler: (error: unknown) => void): Runner;
}

type Api = keyof ServerApi;
type Answer<K extends Api> = ReturnType<ServerApi[K]>;

function runner(): Runner {
  const host = (globalThis as { google?: { script?: { run?: Runner } } }).google;
  const run = host?.script?.run;
  if (!run) throw new Error('open the sidebar from the spreadsheet: Extensions → CRM → Open CRM');
  return run;
}

export function call<K extends Api>(name: K, ...args: Parameters<ServerApi[K]>): Promise<Answer<K>> {
  return new Promise((resolve, reject) => {
    const run = runner()
      .withSuccessHandler((value) => resolve(value as Answer<K>))
      .withFailureHandler(reject);
    (run as unknown as Record<K, (...a: unknown[]) => void>)[name](...args);
  });
}

/** Apps Script hands the success handler null when the server returned something it cannot send. */
const isResult = (value: unknown) => typeof value === 'object' && value !== null && 'ok' in value;

/** Like call, but a call that fails or answers nonsense also answers a Failure, never throws. */
export function ask<K extends Api>(name: K, ...args: Parameters<ServerApi[K]>): Promise<Answer<K>> {
  // Every ServerApi answer is a Result, and a Failure is a Result of any type.
  const failed = (e: unknown) => unreachable(e) as Result<never> as Answer<K>;
  return call(name, ...args).then(
    (value) =>
      isResult(value) ? value : failed(new Error(`${name} gave an answer the sidebar cannot read`)),
    failed,
  );
}
