/** The artifact itself: entry points Apps Script can see, and the menu on open. */
import { readFileSync } from 'node:fs';
import { parse } from 'acorn';
import { describe, expect, it } from 'vitest';
import { CODE, startAddon } from './harness';

const CONTRACT = [
  'onOpen',
  'onInstall',
  'onEdit',
  'openSidebar',
  'setupWorkbook',
  'installTriggers',
  'runScheduledJobs',
  'runHourlyJobs',
  'runDailyJobs',
];

describe('dist/Code.js', () => {
  const program = parse(readFileSync(CODE, 'utf8'), { ecmaVersion: 2022, sourceType: 'script' });
  const topLevel = new Set(
    program.body.flatMap((node) => (node.type === 'FunctionDeclaration' && node.id ? [node.id.name] : [])),
  );

  it.each(CONTRACT)('declares %s as a top-level function', (name) => {
    expect(topLevel.has(name)).toBe(true);
  });

  it('has no module syntax Apps Script would reject', () => {
    const kinds = program.body.map((n) => n.type);
    expect(kinds).not.toContain('ImportDeclaration');
    expect(kinds).not.toContain('ExportNamedDeclaration');
  });

  it('adds the CRM menu when the document opens, even before the add-on is authorised', () => {
    const { emu, addon } = startAddon({ setup: false });
    emu.document.enabled = false;
    addon.open();
    const items = JSON.stringify(emu.ui.menus);
    expect(items).toContain('Set up / repair');
    expect(items).toContain('openSidebar');
  });

  it('names only top-level functions in the menu (Apps Script finds a menu item by its name)', () => {
    const { emu, addon } = startAddon({ setup: false });
    addon.open();
    const named = emu.ui.menus.flatMap((m) =>
      m.entries.flatMap((e) => ('functionName' in e ? [e.functionName] : [])),
    );
    expect(named).toContain('menuRunHourlyJobs');
    expect(named).toContain('menuGiveIds');
    for (const name of named) expect(topLevel.has(name), name).toBe(true);
  });
});
