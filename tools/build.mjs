// Builds the deployable add-on into dist/: Code.js (server), Sidebar.html (one self-contained
// page) and appsscript.json. Run with `npm run build`.
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { build } from 'esbuild';

const GLOBAL = 'CRM';
mkdirSync('dist', { recursive: true });

/** Apps Script lists and triggers only top-level function declarations, so each export of
 * src/main.ts gets a plain forwarding function after the IIFE bundle. */
async function buildServer() {
  const options = {
    entryPoints: ['src/main.ts'],
    bundle: true,
    target: 'es2020',
    platform: 'neutral',
    mainFields: ['module', 'main'],
    charset: 'utf8',
    legalComments: 'none',
    write: false,
  };
  const result = await build({ ...options, format: 'iife', globalName: GLOBAL });
  // esbuild lists an entry's exports only for ESM output, so a second, unwritten pass names them.
  const esm = await build({ ...options, format: 'esm', metafile: true });
  const stubs = Object.values(esm.metafile.outputs)[0]
    .exports.filter((name) => name !== 'default')
    .map((name) => `function ${name}(...args) { return ${GLOBAL}.${name}(...args); }`)
    .join('\n');
  const code = `${result.outputFiles[0].text}\n${stubs}\n`;
  writeFileSync('dist/Code.js', code);
  return code.length;
}

/** Inline the bundled script and styles: HtmlService serves one file, and the sandbox must not
 * fetch anything from outside. */
async function buildSidebar() {
  const result = await build({
    entryPoints: ['sidebar/main.ts'],
    bundle: true,
    format: 'iife',
    target: 'es2020',
    minify: true,
    charset: 'utf8',
    legalComments: 'none',
    write: false,
  });
  const js = result.outputFiles[0].text.replace(/<\/script/gi, '<\\/script');
  const css = readFileSync('sidebar/styles.css', 'utf8');
  const html = readFileSync('sidebar/index.html', 'utf8')
    .replace('/*STYLES*/', () => css)
    .replace('/*SCRIPT*/', () => js);
  writeFileSync('dist/Sidebar.html', html);
  return Buffer.byteLength(html);
}

const codeSize = await buildServer();
const sidebarSize = await buildSidebar();
copyFileSync('appsscript.json', 'dist/appsscript.json');
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
console.log(`dist/Code.js ${kb(codeSize)}, dist/Sidebar.html ${kb(sidebarSize)} (goal < 100 KB)`);
