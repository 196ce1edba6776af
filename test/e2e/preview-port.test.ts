import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { startPreview } from '../../tools/preview/preview';

const dir = mkdtempSync(join(tmpdir(), 'crm-preview-port-'));
let taken: Server | undefined;
afterAll(() => {
  taken?.close();
  rmSync(dir, { recursive: true, force: true });
});

// `npm start` when 8080 is already in use (another preview, another program) seeded a whole
// workbook, then died with Node's EADDRINUSE stack trace, never saying what to do.
it('says in words when the port is in use, before seeding anything', async () => {
  taken = createServer();
  await new Promise<void>((resolve) => taken!.listen(0, '127.0.0.1', resolve));
  const port = (taken.address() as { port: number }).port;
  const file = join(dir, 'workbook.json');
  await expect(startPreview({ port, file, log: () => {} })).rejects.toThrow(
    `Port ${port} is in use (another preview, or another program). Stop that, or choose another port: npm start -- --port ${port + 1}`,
  );
  expect(existsSync(file)).toBe(false);
});
