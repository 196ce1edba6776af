import { afterEach, describe, expect, it } from 'vitest';
import { ask } from '../../sidebar/bridge';

type Handler = (v: unknown) => void;

/** A google.script.run that answers every call with `answer` (or fails with `error`). */
function fakeRun(answer: unknown, error?: Error) {
  const calls: Array<[string, unknown[]]> = [];
  const runner = (ok: Handler = () => {}, fail: Handler = () => {}): unknown =>
    new Proxy(
      {},
      {
        get: (_, prop: string) => {
          if (prop === 'withSuccessHandler') return (f: Handler) => runner(f, fail);
          if (prop === 'withFailureHandler') return (f: Handler) => runner(ok, f);
          return (...args: unknown[]) => {
            calls.push([prop, args]);
            setTimeout(() => (error ? fail(error) : ok(answer)));
          };
        },
      },
    );
  (globalThis as { google?: unknown }).google = { script: { run: runner() } };
  return calls;
}

afterEach(() => {
  delete (globalThis as { google?: unknown }).google;
});

describe('the google.script.run bridge', () => {
  it('calls the named server function with its arguments and resolves with its Result', async () => {
    const calls = fakeRun({ ok: true, value: [] });
    await expect(ask('sidebarFindDuplicates', { name: 'Acme', email: '' })).resolves.toEqual({
      ok: true,
      value: [],
    });
    expect(calls).toEqual([['sidebarFindDuplicates', [{ name: 'Acme', email: '' }]]]);
  });

  it('turns a failed call into a Failure instead of throwing', async () => {
    fakeRun(null, new Error('Exceeded maximum execution time'));
    const answer = await ask('sidebarBootstrap');
    expect(answer).toMatchObject({ ok: false, kind: 'error' });
    expect(!answer.ok && answer.message).toMatch(/Exceeded maximum execution time/);
  });

  it('treats a null answer (what Apps Script delivers for an unsendable result) as a Failure', async () => {
    fakeRun(null);
    expect(await ask('sidebarBootstrap')).toMatchObject({ ok: false, kind: 'error' });
  });

  it('says where to open the sidebar when there is no google.script.run', async () => {
    const answer = await ask('sidebarBootstrap');
    expect(!answer.ok && answer.message).toMatch(/Extensions → CRM → Open CRM/);
  });
});
