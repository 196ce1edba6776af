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

export interface PreviewOptions extends Omit<SessionOptions, 'file'> {
  /** 0 picks a free port. */
  port?: number;
  file?: string;
  /** The repository root (dist/ and tools/preview/ are found from here). */
  root?: string;
}

export interface Preview {
  url: string;
  session: Session;
  close(): Promise<void>;
}

export async function startPreview(o: PreviewOptions = {}): Promise<Preview> {
  const root = o.root ?? process.cwd();
  const assets = await loadAssets(root);
  const session = Session.open({ ...o, file: o.file ?? '.preview/workbook.json' });
  const handle = router(session, assets);
  const server = createServer((req, res) => {
    handle(req, res).catch((e: unknown) => {
      res.writeHead(500, { 'content-type': 'text/plain; charset=utf-8' });
      res.end(messageOf(e));
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(o.port ?? 8080, '127.0.0.1', resolve);
  });
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
