/** The README stays true: every setting a business can change is listed with its default. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SETTING_DEFS } from '../../src/domain/settings';

const readme = readFileSync('README.md', 'utf8');

describe('README', () => {
  it.each(SETTING_DEFS.map((d) => [d.name, d.default] as const))(
    'lists the setting "%s" with its default',
    (name, dflt) => {
      // Table cells may be padded to line the columns up; bars inside a cell are escaped.
      const cell = (s: string) => s.replace(/\|/g, '\\|').replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      const shown = dflt === '' ? '(empty)' : dflt;
      expect(readme).toMatch(new RegExp(`\\| ${cell(name)} *\\| ${cell(shown)} *\\|`));
    },
  );

  it('shows the two set-up commands', () => {
    expect(readme).toContain('npm start');
    expect(readme).toContain('npm test');
  });
});
