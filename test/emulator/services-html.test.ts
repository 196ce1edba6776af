import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createEmulator } from '../../tools/emulator/index';

function distWith(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'dist-'));
  for (const [name, content] of Object.entries(files)) writeFileSync(join(dir, name), content);
  return dir;
}

describe('HtmlService', () => {
  it('reads <name>.html from the dist folder', () => {
    const { HtmlService } = createEmulator({ distDir: distWith({ 'Sidebar.html': '<p>hi</p>' }) }).globals;
    expect(HtmlService.createHtmlOutputFromFile('Sidebar').getContent()).toBe('<p>hi</p>');
  });

  it("throws Apps Script's error for a file that is not there", () => {
    const { HtmlService } = createEmulator({ distDir: distWith({}) }).globals;
    expect(() => HtmlService.createHtmlOutputFromFile('Sidebar')).toThrow(
      'No HTML file named Sidebar was found.',
    );
  });

  it('builds output with a title, size, modes and appended content', () => {
    const { HtmlService } = createEmulator().globals;
    const out = HtmlService.createHtmlOutput('<b>a</b>')
      .append('<i>b</i>')
      .setTitle('CRM')
      .setWidth(300)
      .setHeight(200)
      .setSandboxMode(HtmlService.SandboxMode.IFRAME)
      .setXFrameOptionsMode(HtmlService.XFrameOptionsMode.ALLOWALL);
    expect(out.getTitle()).toBe('CRM');
    expect(out.getContent()).toBe('<b>a</b><i>b</i>');
    expect(out.snapshot()).toMatchObject({ width: 300, height: 200, xFrameOptionsMode: 'ALLOWALL' });
  });
});
