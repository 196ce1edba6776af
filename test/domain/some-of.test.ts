import { describe, expect, it } from 'vitest';
import { counted, plural, someOf } from '../../src/domain/some-of';
import { leftOutNote } from '../../src/domain/survey-rows';

describe('someOf', () => {
  it('lists a short list whole and counts what passes the limit', () => {
    expect(someOf(['a', 'b'], 2)).toBe('a, b');
    expect(someOf(['a', 'b', 'c', 'd'], 2)).toBe('a, b and 2 more');
    expect(someOf(['a', 'b', 'c'], 1, '; ')).toBe('a and 2 more');
  });

  it('keeps a run outcome that names rows left out small enough for a document property', () => {
    const leftOut = Array.from({ length: 5000 }, (_, i) => ({
      id: `S-${i}`,
      problems: ['Recommend is "6"'],
    }));
    const note = leftOutNote(leftOut);
    expect(note).toMatch(/^5000 rows left out: S-0 \(Recommend is "6"\); .* and 4990 more$/);
    expect(note.length).toBeLessThan(1000);
  });
});

describe('counted and plural', () => {
  it('counts with a number always, thousands marked, where plural says "no" for none', () => {
    expect(counted(0, 'ticket')).toBe('0 tickets');
    expect(counted(1, 'ticket')).toBe('1 ticket');
    expect(counted(1204, 'interaction')).toBe('1,204 interactions');
    expect(counted(1234567, 'row')).toBe('1,234,567 rows');
    expect(counted(2, 'survey reply', 'survey replies')).toBe('2 survey replies');
    expect(plural(0, 'complaint')).toBe('no complaints');
    expect(plural(2, 'complaint')).toBe('2 complaints');
  });
});
