/**
 * `npm start`'s server, as a function tests can call: startPreview({ port: 0, file }) serves the
 * preview on 127.0.0.1 and close() stops it.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { messageOf } from '../../src/domain/message-of';
import { loadAssets } from './assets';
import { router } from './routes';
import { Session, type SessionOptions } from './session';

export interface PreviewOptions extends SessionOptions {
  /** 0 picks a free port. */
  port?: number;
  /** The repository root (dist/ and tools/preview/ are found from here). */
  root?: string;
}

export interface Preview {
  url: string;
  session: Session;
  close(): Promise<void>;
}

/** Node's words for a port already taken, said so a newcomer knows what to do. */
function listenError(e: unknown, port: number): unknown {
  if ((e as { code?: unknown }).code !== 'EADDRINUSE') return e;
  return new Error(
    `Port ${port} is in use (another preview, or another program). Stop that, or choose another port: npm start -- --port ${port + 1} (0 picks a free one).`,
  );
}

export async function startPreview(o: PreviewOptions = {}): Promise<Preview> {
  const root = o.root ?? process.cwd();
  const assets = await loadAssets(root);
  // Set before any request is handled: Session.open below runs without yielding to the event loop.
  let handle!: ReturnType<typeof router>;
  const server = createServer((req, res) => {
    handle(req, res).catch((e: unknown) => {
      res.writeHead(500, { 'content-type': 'text/plain; charset=utf-8' });
      res.end(messageOf(e));
    });
  });
  // The port first: a second `npm start` stops at once, before it seeds or saves a workbook.
  const wanted = o.port ?? 8080;
  await new Promise<void>((resolve, reject) => {
    server.once('error', (e) => reject(listenError(e, wanted)));
    server.listen(wanted, '127.0.0.1', resolve);
  });
  let session: Session;
  try {
    session = Session.open({ ...o, file: o.saved ? o.file : (o.file ?? '.preview/workbook.json') });
  } catch (e) {
    server.close();
    throw e;
  }
  handle = router(session, assets);
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    session,
    close: () =>
      new Promise((resolve, reject) => {
        server.closeAllConnections();
        server.close((e) => (e ? reject(e) : resolve()));
      }),
  };
}
