import { describe, expect, it } from 'vitest';
import { mergeCautions } from '../../sidebar/merge-review';

const acme = {
  name: 'Acme Ltd',
  status: 'Won',
  owner: 'amy@example.com',
  email: 'it@acme.example',
  phone: '',
};

describe('what the merge review warns about', () => {
  it('says nothing more for two records alike', () => {
    expect(mergeCautions('C-0001', acme, 'C-0002', { ...acme, email: '' })).toEqual([]);
  });

  it('warns that keeping a Churned record makes the customer one who left', () => {
    const [caution] = mergeCautions('C-0001', { ...acme, status: 'Churned' }, 'C-0002', acme);
    expect(caution).toBe(
      'C-0001 is Churned: after the merge the customer counts as one who left (no health score, follow-ups or surveys; a survey not yet sent closes unsent). If C-0002 (Won) is the customer as they are now, keep C-0002 instead, or change the Status of C-0001 first.',
    );
  });

  it("says whose queue the customer's work goes to when the owners differ", () => {
    const cautions = mergeCautions('C-0001', acme, 'C-0002', { ...acme, owner: 'Bob@example.com' });
    expect(cautions).toEqual([
      'C-0001 is owned by amy@example.com, C-0002 by Bob@example.com: from now on follow-ups, at-risk warnings and survey reminders for the customer go to amy@example.com, and those open now too. Moved tickets and win-backs, and their alerts, keep their own owner.',
    ]);
    expect(
      mergeCautions('C-0001', { ...acme, owner: '' }, 'C-0002', { ...acme, owner: 'Bob@example.com' }),
    ).toEqual([
      'C-0001 is owned by no one, C-0002 by Bob@example.com: from now on follow-ups, at-risk warnings and survey reminders for the customer go to no one, and those open now stay with whom they were raised for. Moved tickets and win-backs, and their alerts, keep their own owner.',
    ]);
    expect(mergeCautions('C-0001', acme, 'C-0002', { ...acme, owner: 'AMY@example.com' })).toEqual([]);
  });

  it('names the fields filled in the duplicate only: the merge moves records, not fields', () => {
    const cautions = mergeCautions('C-0001', { ...acme, email: '' }, 'C-0002', {
      ...acme,
      phone: '+86 138 0013 8000',
      notes: 'Prefers calls after 3pm',
    });
    expect(cautions).toEqual([
      'Filled in C-0002 only: Phone, Email, Notes. The merge does not copy fields: copy them into C-0001 first if you need them.',
    ]);
  });
});
