// @ts-check
/**
 * The preview page: sheet tabs and a paged grid of the workbook, the add-on menu and the clock as
 * buttons. It redraws after every sidebar call (the stand-in posts a message) and every button.
 * Cell text is set with textContent: the sample data and what users type are shown, never run.
 * Plain JavaScript checked by TypeScript (./tsconfig.json, DOM lib), so the Node project that
 * covers tools/ never sees browser globals.
 */

import { renderCharts } from './charts.js';

/** @typedef {import('../sheet-view').SheetPage} SheetPage */
/** @typedef {import('../sheet-view').Cell} Cell */

const PAGE = 100;
/** @type {(id: string) => HTMLElement} */
const $ = (id) => /** @type {HTMLElement} */ (document.getElementById(id));
/** @type {(id: string) => HTMLButtonElement} */
const button = (id) => /** @type {HTMLButtonElement} */ ($(id));
let sheet = 'Customers';
let offset = 0;
/** @type {SheetPage | undefined} */
let current;

/** @type {(tag: string, text?: string, attrs?: Record<string, string>) => HTMLElement} */
const el = (tag, text = '', attrs = {}) => {
  const node = document.createElement(tag);
  node.textContent = text;
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, v);
  return node;
};

/** @type {(i: number) => string} Column letters: 0 → A, 26 → AA. */
const letters = (i) => (i < 26 ? '' : letters(Math.floor(i / 26) - 1)) + String.fromCharCode(65 + (i % 26));

/** @type {(tag: string, cell: Cell & { note?: string }) => HTMLElement} */
function styled(tag, cell) {
  const node = el(tag, cell.text, cell.note ? { title: cell.note } : {});
  // Only colours the workbook holds (#rrggbb) are applied.
  if (cell.background && /^#[0-9a-f]{6}$/i.test(cell.background)) node.style.background = cell.background;
  if (cell.bold) node.style.fontWeight = 'bold';
  return node;
}

/**
 * A row's cells as Sheets draws them: text cut at its column's edge, unless the next cell is
 * empty, which it spills into (WrapStrategy OVERFLOW, Sheets' default).
 * @type {(tag: string, cells: Array<Cell & { note?: string }>) => HTMLElement[]}
 */
const drawn = (tag, cells) =>
  cells.map((c, i) => {
    const node = styled(tag, c);
    if ((cells[i + 1]?.text ?? '') === '') node.classList.add('spill');
    return node;
  });

const ROW_NUMBERS_PX = 46;

/** @type {(widths: number[]) => HTMLElement} The row numbers' column, then each sheet column's width. */
function columnWidths(widths) {
  // A fixed layout keeps to these widths only when the table's own is set: their sum.
  $('grid').style.width = `${widths.reduce((sum, w) => sum + w, ROW_NUMBERS_PX)}px`;
  const group = el('colgroup');
  group.append(
    el('col', '', { style: `width: ${ROW_NUMBERS_PX}px` }),
    ...widths.map((w) => el('col', '', { style: `width: ${w}px` })),
  );
  return group;
}

/** @param {SheetPage} page */
function renderGrid(page) {
  const head = el('thead');
  const cols = el('tr', '', { class: 'letters' });
  cols.append(
    el('th', '', { class: 'rownum' }),
    ...Array.from({ length: page.width }, (_, i) => el('th', letters(i))),
  );
  head.append(cols);
  if (page.header.length > 0) {
    const tr = el('tr', '', { class: 'headers' });
    tr.append(el('th', '1', { class: 'rownum' }), ...drawn('th', page.header));
    head.append(tr);
  }
  const body = el('tbody');
  for (const { row, cells } of page.rows) {
    const tr = el('tr');
    tr.append(el('th', String(row), { class: 'rownum' }), ...drawn('td', cells));
    body.append(tr);
  }
  $('grid').replaceChildren(columnWidths(page.widths), head, body);
  const last = Math.min(page.offset + PAGE, page.total);
  $('range').textContent = page.total === 0 ? 'no rows' : `rows ${page.offset + 1}–${last} of ${page.total}`;
  button('prev').disabled = page.offset === 0;
  button('next').disabled = last >= page.total;
  button('last').disabled = last >= page.total;
}

/** @param {SheetPage} page */
function renderTabs(page) {
  $('tabs').replaceChildren(
    ...page.sheets.map((name) => {
      const tab = el('button', name, { type: 'button' });
      if (name === page.name) tab.setAttribute('aria-current', 'page');
      tab.addEventListener('click', () => show(name, 0));
      return tab;
    }),
  );
}

async function show(name = sheet, from = offset) {
  const res = await fetch(`/api/sheet?name=${encodeURIComponent(name)}&offset=${from}&limit=${PAGE}`);
  if (!res.ok) return;
  current = /** @type {SheetPage} */ (await res.json());
  sheet = current.name;
  offset = current.offset;
  renderTabs(current);
  renderGrid(current);
  renderCharts($('charts'), current.charts ?? []);
}

async function refreshClock() {
  const state = /** @type {{ now: string, timeZone: string }} */ (await (await fetch('/api/state')).json());
  $('clock').textContent = state.now;
  $('zone').textContent = `(${state.timeZone})`;
}

const refresh = () => Promise.all([show(), refreshClock()]);

/** @type {(path: string, body: unknown, by: HTMLButtonElement) => Promise<void>} */
async function post(path, body, by) {
  by.disabled = true;
  const res = await fetch(path, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  const answer = /** @type {{ ok: boolean, message: string }} */ (await res.json());
  by.disabled = false;
  $('message').textContent = answer.message;
  $('message').classList.toggle('failed', !answer.ok);
  await refresh();
}

for (const b of document.querySelectorAll('button[data-menu]')) {
  const by = /** @type {HTMLButtonElement} */ (b);
  by.addEventListener('click', () => post('/api/menu', { name: by.dataset.menu }, by));
}
for (const b of document.querySelectorAll('button[data-hours]')) {
  const by = /** @type {HTMLButtonElement} */ (b);
  by.addEventListener('click', () => post('/api/clock', { hours: Number(by.dataset.hours) }, by));
}
$('prev').addEventListener('click', () => show(sheet, Math.max(0, offset - PAGE)));
$('next').addEventListener('click', () => show(sheet, offset + PAGE));
$('last').addEventListener('click', () => show(sheet, Math.max(0, (current?.total ?? 1) - PAGE)));
window.addEventListener('message', (e) => {
  if (e.origin === window.location.origin && e.data?.type === 'crm-preview-call') void refresh();
});
void refresh();
