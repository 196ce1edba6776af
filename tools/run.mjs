// Runs a TypeScript tool (the preview server, the benchmark) on Node 20, which cannot strip types
// itself: esbuild bundles it to .cache/ with packages left external, then Node imports it.
import { mkdirSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';

const [entry, ...args] = process.argv.slice(2);
if (!entry) throw new Error('usage: node tools/run.mjs <file.ts> [args...]');
mkdirSync('.cache', { recursive: true });
const outfile = resolve('.cache', basename(entry).replace(/\.ts$/, '.mjs'));
await build({
  entryPoints: [entry],
  bundle: true,
  platform: 'node',
  format: 'esm',
  packages: 'external',
  outfile,
  sourcemap: 'inline',
});
process.argv = [process.argv[0], outfile, ...args];
await import(pathToFileURL(outfile).href);
