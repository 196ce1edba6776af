/**
 * google.script.run for the sidebar in the preview. It is injected into the sidebar's page before
 * the sidebar's own script, checks arguments as Apps Script does before anything is serialised
 * (JSON would silently turn a Date into a string that Apps Script never lets through), posts the
 * call to the preview server, and answers through the success or failure handler.
 * https://developers.google.com/apps-script/guides/html/reference/run
 */
import { checkArguments } from '../../emulator/script-run';

type Handler = ((value: unknown, userObject?: unknown) => void) | null;

interface Handlers {
  success: Handler;
  failure: Handler;
  userObject?: unknown;
}

async function invoke(name: string, args: unknown[], h: Handlers): Promise<void> {
  const answer = await fetch('/api/run', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ name, args }),
  })
    .then((res) => res.json() as Promise<{ ok: true; value: unknown } | { ok: false; error: string }>)
    .catch((e: unknown) => ({
      ok: false as const,
      error: `The preview server did not answer: ${String(e)}`,
    }));
  // The workbook beside the sidebar shows what the call changed.
  window.parent.postMessage({ type: 'crm-preview-call', name }, window.location.origin);
  if (answer.ok) h.success?.(answer.value, h.userObject);
  else if (h.failure) h.failure(new Error(answer.error), h.userObject);
  else console.error(answer.error);
}

/** Calls run asynchronously, as the real ones do, even when refused on the spot. */
function call(name: string, args: unknown[], h: Handlers): void {
  try {
    checkArguments(name, args);
  } catch (e) {
    setTimeout(() => (h.failure ? h.failure(e, h.userObject) : console.error(e)));
    return;
  }
  void invoke(name, args, h);
}

function runner(h: Handlers): unknown {
  return new Proxy(
    {},
    {
      get: (_, prop) => {
        if (prop === 'withSuccessHandler') return (success: Handler) => runner({ ...h, success });
        if (prop === 'withFailureHandler') return (failure: Handler) => runner({ ...h, failure });
        if (prop === 'withUserObject') return (userObject: unknown) => runner({ ...h, userObject });
        return typeof prop === 'string' ? (...args: unknown[]) => call(prop, args, h) : undefined;
      },
    },
  );
}

(window as unknown as { google: unknown }).google = {
  script: {
    run: runner({ success: null, failure: null }),
    host: { close: () => undefined, setHeight: () => undefined, setWidth: () => undefined },
  },
};
