/**
 * The preview's browser code, bundled from TypeScript when the server starts: the page (workbook
 * grid and buttons) and the google.script.run stand-in injected into the real dist/Sidebar.html.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { build } from 'esbuild';

async function bundle(root: string, entry: string): Promise<string> {
  const result = await build({
    entryPoints: [resolve(root, entry)],
    bundle: true,
    format: 'iife',
    target: 'es2020',
    write: false,
    legalComments: 'none',
  });
  return result.outputFiles[0]!.text.replace(/<\/script/gi, '<\\/script');
}

export interface Assets {
  page: string;
  /** dist/Sidebar.html as built, read on each request so a rebuild shows on reload. */
  sidebar(): string;
}

export async function loadAssets(root: string): Promise<Assets> {
  const [pageScript, standIn] = await Promise.all([
    bundle(root, 'tools/preview/browser/page.js'),
    bundle(root, 'tools/preview/browser/stand-in.js'),
  ]);
  const page = readFileSync(resolve(root, 'tools/preview/page.html'), 'utf8')
    .replace('/*STYLES*/', () => readFileSync(resolve(root, 'tools/preview/page.css'), 'utf8'))
    .replace('/*SCRIPT*/', () => pageScript);
  // Before the sidebar's own script, which calls google.script.run as soon as it loads.
  const sidebar = () =>
    readFileSync(resolve(root, 'dist/Sidebar.html'), 'utf8').replace(
      /<head>/i,
      (head) => `${head}<script>${standIn}</script>`,
    );
  return { page, sidebar };
}
