/** The README stays true: every setting a business can change is listed with its default. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SETTING_DEFS } from '../../src/domain/settings';

const readme = readFileSync('README.md', 'utf8');

describe('README', () => {
  it.each(SETTING_DEFS.map((d) => [d.name, d.default] as const))(
    'lists the setting "%s" with its default',
    (name, dflt) => {
      const escapeBars = (s: string) => s.replace(/\|/g, '\\|');
      expect(readme).toContain(`| ${escapeBars(name)} | ${dflt === '' ? '(empty)' : escapeBars(dflt)} |`);
    },
  );

  it('shows the two set-up commands', () => {
    expect(readme).toContain('npm start');
    expect(readme).toContain('npm test');
  });
});
