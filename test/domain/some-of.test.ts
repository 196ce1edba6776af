import { describe, expect, it } from 'vitest';
import { someOf } from '../../src/domain/some-of';
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
