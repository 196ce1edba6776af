/** Record IDs as forms take them: the add-on's own (C-0012) or a business's own (ACME-17). */
import { describe, expect, it } from 'vitest';
import { exampleId, ID_DIGITS, recordId } from '../../src/domain/fields';
import { ALERTS, CUSTOMERS, INTERACTIONS, SURVEYS, TICKETS, WIN_BACKS } from '../../src/sheets/tables';

describe('a record ID', () => {
  it("takes the add-on's IDs and a business's own, and refuses words with an example of the right shape", () => {
    expect(recordId('C').safeParse('C-0012').success).toBe(true);
    expect(recordId('C').safeParse('ACME-17').success).toBe(true);
    const refused = recordId('C').safeParse('Acme Ltd');
    expect(refused.success).toBe(false);
    expect(refused.error?.issues[0]?.message).toBe(
      'Enter the ID as the sheet shows it: C- and its number, e.g. C-0012',
    );
  });

  it('shows examples numbered as the sheets number their IDs', () => {
    for (const def of [CUSTOMERS, INTERACTIONS, TICKETS, SURVEYS, ALERTS, WIN_BACKS]) {
      expect(ID_DIGITS[def.idPrefix], def.name).toBe(def.idDigits);
      expect(exampleId(def.idPrefix)).toBe(`${def.idPrefix}-${'12'.padStart(def.idDigits, '0')}`);
    }
  });
});
