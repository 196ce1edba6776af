/** The preview server's HTTP API, one small handler per route. */
import type { IncomingMessage, ServerResponse } from 'node:http';
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
  runHourlyJobs: 'Run hourly jobs',
  runDailyJobs: 'Run daily jobs',
};

function send(res: ServerResponse, status: number, type: string, body: string, headers = {}): void {
  res.writeHead(status, {
    'content-type': `${type}; charset=utf-8`,
    'cache-control': 'no-store',
    ...headers,
  });
  res.end(body);
}

const json = (res: ServerResponse, body: unknown, status = 200) =>
  send(res, status, 'application/json', JSON.stringify(body));

async function readJson(req: IncomingMessage): Promise<Record<string, unknown>> {
  let text = '';
  for await (const chunk of req) {
    text += chunk;
    if (text.length > MAX_BODY) throw new Error('request too large');
  }
  const parsed: unknown = JSON.parse(text || '{}');
  return parsed && typeof parsed === 'object' ? (parsed as Record<string, unknown>) : {};
}

/** A job's Outcome carries its error in words; anything else returned means it went through. */
function outcome(label: string, result: ReturnType<Session['menu']>): { ok: boolean; message: string } {
  if (!result.ok) return { ok: false, message: `${label} failed: ${result.error}` };
  const value = result.value as { error?: unknown; detail?: unknown } | null;
  if (typeof value?.error === 'string' && value.error)
    return { ok: false, message: `${label} failed: ${value.error}` };
  const detail = typeof value?.detail === 'string' && value.detail ? ` (${value.detail})` : '';
  return { ok: true, message: `${label}: done${detail}.` };
}

export function router(session: Session, assets: Assets) {
  return async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const route = `${req.method} ${url.pathname}`;
    if (route === 'GET /') return send(res, 200, 'text/html', assets.page);
    if (route === 'GET /favicon.ico') return send(res, 204, 'image/x-icon', '');
    if (route === 'GET /sidebar') {
      return send(res, 200, 'text/html', assets.sidebar(), { 'content-security-policy': SIDEBAR_CSP });
    }
    if (route === 'GET /api/state')
      return json(res, { now: session.now(), timeZone: TIME_ZONE, user: PREVIEW_USER });
    if (route === 'GET /api/sheet') {
      const page = sheetPage(
        session.emu.workbook,
        url.searchParams.get('name') ?? '',
        Number(url.searchParams.get('offset') ?? 0) || 0,
        Math.min(500, Number(url.searchParams.get('limit') ?? 100) || 100),
      );
      return page ? json(res, page) : json(res, { error: 'no such sheet' }, 404);
    }
    if (req.method !== 'POST') return send(res, 404, 'text/plain', 'Not found');
    const body = await readJson(req);
    if (route === 'POST /api/run') {
      try {
        const args = Array.isArray(body.args) ? body.args : [];
        return json(res, { ok: true, value: session.serve(String(body.name), args) });
      } catch (e) {
        return json(res, { ok: false, error: e instanceof Error ? e.message : String(e) });
      }
    }
    if (route === 'POST /api/menu') {
      const name = MENU.find((m) => m === body.name);
      if (!name) return json(res, { ok: false, message: 'Unknown menu item' }, 400);
      return json(res, outcome(MENU_LABELS[name], session.menu(name)));
    }
    if (route === 'POST /api/clock') {
      const hours = Number(body.hours);
      if (!(hours > 0 && hours <= 24 * 31)) return json(res, { ok: false, message: 'hours: 1 to 744' }, 400);
      const { triggers, error } = session.advance(hours);
      const ran =
        triggers > 0 ? 'the hourly schedule ran' : 'no schedule is installed (press Install schedule)';
      if (error)
        return json(res, {
          ok: false,
          message: `Clock moved to ${session.now()}; the schedule failed: ${error}`,
        });
      return json(res, { ok: true, message: `Clock moved to ${session.now()}; ${ran}.` });
    }
    send(res, 404, 'text/plain', 'Not found');
  };
}
