// @ts-check
/**
 * google.script.run for the sidebar in the preview. It is injected into the sidebar's page before
 * the sidebar's own script, checks arguments as Apps Script does before anything is serialised
 * (JSON would silently turn a Date into a string that Apps Script never lets through), posts the
 * call to the preview server, and answers through the success or failure handler.
 * https://developers.google.com/apps-script/guides/html/reference/run
 * Plain JavaScript checked by TypeScript (./tsconfig.json, DOM lib).
 */
import { checkArguments } from '../../emulator/script-run';

/** @typedef {((value: unknown, userObject?: unknown) => void) | null} Handler */
/** @typedef {{ success: Handler, failure: Handler, userObject?: unknown }} Handlers */
/** @typedef {{ ok: true, value: unknown } | { ok: false, error: string }} Answer */

/** @type {(name: string, args: unknown[], h: Handlers) => Promise<void>} */
async function invoke(name, args, h) {
  /** @type {Answer} */
  const answer = await fetch('/api/run', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ name, args }),
  })
    .then((res) => res.json())
    .catch((e) => ({ ok: false, error: `The preview server did not answer: ${String(e)}` }));
  // The workbook beside the sidebar shows what the call changed.
  window.parent.postMessage({ type: 'crm-preview-call', name }, window.location.origin);
  if (answer.ok) h.success?.(answer.value, h.userObject);
  else if (h.failure) h.failure(new Error(answer.error), h.userObject);
  else console.error(answer.error);
}

/** @type {(name: string, args: unknown[], h: Handlers) => void} Asynchronous, as the real calls are, even when refused on the spot. */
function call(name, args, h) {
  try {
    checkArguments(name, args);
  } catch (e) {
    setTimeout(() => (h.failure ? h.failure(e, h.userObject) : console.error(e)));
    return;
  }
  void invoke(name, args, h);
}

/** @type {(h: Handlers) => unknown} */
function runner(h) {
  return new Proxy(
    {},
    {
      get: (_, prop) => {
        if (prop === 'withSuccessHandler')
          return (/** @type {Handler} */ success) => runner({ ...h, success });
        if (prop === 'withFailureHandler')
          return (/** @type {Handler} */ failure) => runner({ ...h, failure });
        if (prop === 'withUserObject')
          return (/** @type {unknown} */ userObject) => runner({ ...h, userObject });
        return typeof prop === 'string'
          ? (/** @type {unknown[]} */ ...args) => call(prop, args, h)
          : undefined;
      },
    },
  );
}

Object.assign(window, {
  google: {
    script: {
      run: runner({ success: null, failure: null }),
      host: { close: () => undefined, setHeight: () => undefined, setWidth: () => undefined },
    },
  },
});
