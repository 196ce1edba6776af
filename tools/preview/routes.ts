/** The preview server's HTTP API: one small handler per route. */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { messageOf } from '../../src/domain/message-of';
import type { Assets } from './assets';
import { MENU, type MenuItem, PREVIEW_USER, type Session, TIME_ZONE } from './session';
import { sheetPage } from './sheet-view';

const MAX_BODY = 1_000_000;
/** The sidebar may use nothing from outside, as in HtmlService: any such request fails loudly. */
const SIDEBAR_CSP =
  "default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; connect-src 'self'; img-src data:";

const MENU_LABELS: Record<MenuItem, string> = {
  setupWorkbook: 'Set up / repair',
  installTriggers: 'Install schedule',
  menuRunHourlyJobs: 'Run hourly jobs',
  menuRunDailyJobs: 'Run daily jobs',
  refreshDashboard: 'Refresh dashboard',
};

interface Request {
  url: URL;
  body: Record<string, unknown>;
  session: Session;
  assets: Assets;
}

interface Reply {
  status?: number;
  type: string;
  body: string;
  headers?: Record<string, string>;
}

const json = (body: unknown, status = 200): Reply => ({
  status,
  type: 'application/json',
  body: JSON.stringify(body),
});
const html = (body: string, headers?: Record<string, string>): Reply => ({
  type: 'text/html',
  body,
  headers,
});

/** A job's Outcome carries its error in words; anything else returned means it went through. */
function outcome(label: string, result: ReturnType<Session['menu']>): { ok: boolean; message: string } {
  if (!result.ok) return { ok: false, message: `${label} failed: ${result.error}` };
  const value = result.value as { error?: unknown; detail?: unknown } | null;
  if (typeof value?.error === 'string' && value.error)
    return { ok: false, message: `${label} failed: ${value.error}` };
  const detail = typeof value?.detail === 'string' && value.detail ? ` (${value.detail})` : '';
  return { ok: true, message: `${label}: done${detail}.` };
}

function sheet({ url, session }: Request): Reply {
  const number = (name: string, fallback: number) =>
    Number(url.searchParams.get(name) ?? fallback) || fallback;
  const name = url.searchParams.get('name') ?? '';
  const page = sheetPage(
    session.emu.workbook,
    name,
    number('offset', 0),
    Math.min(500, number('limit', 100)),
  );
  return page ? json(page) : json({ error: `There is no sheet named "${name}".` }, 404);
}

/** A google.script.run call: the failure handler gets the thrown message, as in Apps Script. */
function run({ body, session }: Request): Reply {
  try {
    return json({
      ok: true,
      value: session.serve(String(body.name), Array.isArray(body.args) ? body.args : []),
    });
  } catch (e) {
    return json({ ok: false, error: messageOf(e) });
  }
}

function menu({ body, session }: Request): Reply {
  const name = MENU.find((m) => m === body.name);
  if (!name) return json({ ok: false, message: 'Unknown menu item' }, 400);
  return json(outcome(MENU_LABELS[name], session.menu(name)));
}

function clock({ body, session }: Request): Reply {
  const hours = Number(body.hours);
  if (!(hours > 0 && hours <= 24 * 31))
    return json({ ok: false, message: 'hours: more than 0, at most 744' }, 400);
  const { triggers, error } = session.advance(hours);
  const moved = `Clock moved to ${session.now()}`;
  if (error) return json({ ok: false, message: `${moved}; the schedule failed: ${error}` });
  const ran = triggers > 0 ? 'the hourly schedule ran' : 'no schedule is installed (press Install schedule)';
  return json({ ok: true, message: `${moved}; ${ran}.` });
}

const ROUTES: Record<string, (r: Request) => Reply> = {
  'GET /': ({ assets }) => html(assets.page),
  'GET /sidebar': ({ assets }) => html(assets.sidebar(), { 'content-security-policy': SIDEBAR_CSP }),
  'GET /favicon.ico': () => ({ status: 204, type: 'image/x-icon', body: '' }),
  'GET /api/state': ({ session }) => json({ now: session.now(), timeZone: TIME_ZONE, user: PREVIEW_USER }),
  'GET /api/sheet': sheet,
  'POST /api/run': run,
  'POST /api/menu': menu,
  'POST /api/clock': clock,
};

async function readJson(req: IncomingMessage): Promise<Record<string, unknown>> {
  let text = '';
  for await (const chunk of req) {
    text += chunk;
    if (text.length > MAX_BODY) throw new Error('request too large');
  }
  const parsed: unknown = JSON.parse(text || '{}');
  return parsed && typeof parsed === 'object' ? (parsed as Record<string, unknown>) : {};
}

export function router(session: Session, assets: Assets) {
  return async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const handle = ROUTES[`${req.method} ${url.pathname}`];
    const body = req.method === 'POST' ? await readJson(req) : {};
    const reply = handle
      ? handle({ url, body, session, assets })
      : { status: 404, type: 'text/plain', body: 'Not found' };
    res.writeHead(reply.status ?? 200, {
      'content-type': `${reply.type}; charset=utf-8`,
      'cache-control': 'no-store',
      ...reply.headers,
    });
    res.end(reply.body);
  };
}
