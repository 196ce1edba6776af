/**
 * The preview page: sheet tabs and a paged grid of the workbook, the add-on menu and the clock as
 * buttons. It redraws after every sidebar call (the stand-in posts a message) and every button.
 * Cell text is set with textContent: the sample data and what users type are shown, never run.
 */
import type { Cell, SheetPage } from '../sheet-view';

const PAGE = 100;
const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
let sheet = 'Customers';
let offset = 0;
let current: SheetPage | undefined;

const el = (tag: string, text = '', attrs: Record<string, string> = {}) => {
  const node = document.createElement(tag);
  node.textContent = text;
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, v);
  return node;
};

const letters = (i: number): string =>
  (i < 26 ? '' : letters(Math.floor(i / 26) - 1)) + String.fromCharCode(65 + (i % 26));

function styled(tag: string, cell: Cell & { note?: string }) {
  const node = el(tag, cell.text, cell.note ? { title: cell.note } : {});
  // Only colours the workbook holds (#rrggbb) are applied.
  if (cell.background && /^#[0-9a-f]{6}$/i.test(cell.background)) node.style.background = cell.background;
  if (cell.bold) node.style.fontWeight = 'bold';
  return node;
}

function renderGrid(page: SheetPage): void {
  const head = el('thead');
  const cols = el('tr', '', { class: 'letters' });
  cols.append(
    el('th', '', { class: 'rownum' }),
    ...Array.from({ length: page.width }, (_, i) => el('th', letters(i))),
  );
  head.append(cols);
  if (page.header.length > 0) {
    const tr = el('tr', '', { class: 'headers' });
    tr.append(el('th', '1', { class: 'rownum' }), ...page.header.map((c) => styled('th', c)));
    head.append(tr);
  }
  const body = el('tbody');
  for (const { row, cells } of page.rows) {
    const tr = el('tr');
    tr.append(el('th', String(row), { class: 'rownum' }), ...cells.map((c) => styled('td', c)));
    body.append(tr);
  }
  $('grid').replaceChildren(head, body);
  const last = Math.min(page.offset + PAGE, page.total);
  $('range').textContent = page.total === 0 ? 'no rows' : `rows ${page.offset + 1}–${last} of ${page.total}`;
  $<HTMLButtonElement>('prev').disabled = page.offset === 0;
  $<HTMLButtonElement>('next').disabled = last >= page.total;
  $<HTMLButtonElement>('last').disabled = last >= page.total;
}

function renderTabs(page: SheetPage): void {
  $('tabs').replaceChildren(
    ...page.sheets.map((name) => {
      const tab = el('button', name, { type: 'button' });
      if (name === page.name) tab.setAttribute('aria-current', 'page');
      tab.addEventListener('click', () => show(name, 0));
      return tab;
    }),
  );
}

async function show(name = sheet, from = offset): Promise<void> {
  const res = await fetch(`/api/sheet?name=${encodeURIComponent(name)}&offset=${from}&limit=${PAGE}`);
  if (!res.ok) return;
  current = (await res.json()) as SheetPage;
  sheet = current.name;
  offset = current.offset;
  renderTabs(current);
  renderGrid(current);
}

async function refreshClock(): Promise<void> {
  const state = (await (await fetch('/api/state')).json()) as { now: string; timeZone: string };
  $('clock').textContent = state.now;
  $('zone').textContent = `(${state.timeZone})`;
}

const refresh = () => Promise.all([show(), refreshClock()]);

function say(text: string, failed: boolean): void {
  $('message').textContent = text;
  $('message').classList.toggle('failed', failed);
}

async function post(path: string, body: unknown, button: HTMLButtonElement): Promise<void> {
  button.disabled = true;
  const res = await fetch(path, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  const answer = (await res.json()) as { ok: boolean; message: string };
  button.disabled = false;
  say(answer.message, !answer.ok);
  await refresh();
}

for (const b of document.querySelectorAll<HTMLButtonElement>('[data-menu]')) {
  b.addEventListener('click', () => post('/api/menu', { name: b.dataset.menu }, b));
}
for (const b of document.querySelectorAll<HTMLButtonElement>('[data-hours]')) {
  b.addEventListener('click', () => post('/api/clock', { hours: Number(b.dataset.hours) }, b));
}
$('prev').addEventListener('click', () => show(sheet, Math.max(0, offset - PAGE)));
$('next').addEventListener('click', () => show(sheet, offset + PAGE));
$('last').addEventListener('click', () => show(sheet, Math.max(0, (current?.total ?? 1) - PAGE)));
window.addEventListener('message', (e) => {
  if (e.origin === window.location.origin && e.data?.type === 'crm-preview-call') void refresh();
});
void refresh();
