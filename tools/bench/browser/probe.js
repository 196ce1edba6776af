// @ts-check
/**
 * The benchmark's probe in the sidebar's page, added before the sidebar's own script: it marks the
 * bootstrap answer's arrival, its JSON read and the first frame painted after the sidebar's handler
 * ran (in the same turn the JSON is handed over), and times a person's steps to the next frame
 * painted. Plain JavaScript checked by TypeScript (./tsconfig.json, DOM lib).
 */
(() => {
  const painted = () => new Promise((done) => requestAnimationFrame(() => setTimeout(done)));
  /** Style and layout done now, as the next frame would; painting it is left out (no vsync wait). */
  const laidOut = () => document.body.getBoundingClientRect();

  const fetched = window.fetch;
  window.fetch = async (input, init) => {
    const res = await fetched(input, init);
    if (typeof init?.body !== 'string' || !init.body.includes('"sidebarBootstrap"')) return res;
    performance.mark('answer');
    const json = res.json.bind(res);
    res.json = async () => {
      const value = await json();
      performance.mark('parsed');
      // A task runs after the turn's microtasks, where the sidebar's handler builds the views.
      setTimeout(() => {
        laidOut();
        performance.mark('usable');
      });
      return value;
    };
    return res;
  };

  /** @type {(name: string) => number | undefined} */
  const at = (name) => performance.getEntriesByName(name)[0]?.startTime;

  /** @type {(run: () => void) => Promise<number>} */
  async function timed(run) {
    const started = performance.now();
    run();
    laidOut();
    const ms = performance.now() - started;
    await painted();
    return ms;
  }

  /** @type {(label: string) => Promise<number>} Presses a navigation button by its label. */
  function nav(label) {
    const button = [...document.querySelectorAll('#nav button')].find((b) => b.textContent === label);
    if (!(button instanceof HTMLButtonElement)) throw new Error(`no "${label}" in the sidebar's navigation`);
    return timed(() => button.click());
  }

  /** @type {(text: string) => Promise<number>} Types into the shown picker, a keystroke a frame; times the last. */
  async function keystroke(text) {
    const box = document.querySelector('.view:not([hidden]) input[role="combobox"]');
    if (!(box instanceof HTMLInputElement)) throw new Error('the view shown has no customer picker');
    /** @type {(value: string) => void} */
    const type = (value) => {
      box.value = value;
      box.dispatchEvent(new InputEvent('input', { bubbles: true }));
    };
    box.focus();
    for (let i = 0; i < text.length; i++) {
      type(text.slice(0, i));
      await painted();
    }
    const ms = await timed(() => type(text));
    if (box.getAttribute('aria-expanded') !== 'true') throw new Error(`no matches shown for "${text}"`);
    return ms;
  }

  const boot = () => {
    const answer = at('answer');
    const parsed = at('parsed');
    const usable = at('usable');
    return answer === undefined || parsed === undefined || usable === undefined
      ? undefined
      : { answerToUsableMs: usable - answer, parseMs: parsed - answer };
  };

  /** @type {() => string[]} */
  const views = () => [...document.querySelectorAll('#nav button')].map((b) => b.textContent ?? '');

  Object.assign(window, { benchProbe: { boot, nav, keystroke, views } });
})();
