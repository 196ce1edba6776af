import { describe, expect, it } from 'vitest';
import { needsRefresh } from '../../src/domain/record-refresh';
import { shanghai } from './section-defaults';

const NOW = shanghai('2026-11-23T10:00');

describe('monthly record refresh', () => {
  it('is due once the record was last saved more than the days ago, counted from Updated, else Created', () => {
    const saved = (updated: string | null, created: string | null = '2026-01-05T10:00') => ({
      status: 'Won',
      updated: updated === null ? null : shanghai(updated),
      created: created === null ? null : shanghai(created),
      merged: false,
    });
    expect(needsRefresh(saved('2026-10-24T10:00'), NOW, 30)).toBe(false);
    expect(needsRefresh(saved('2026-10-24T09:59'), NOW, 30)).toBe(true);
    expect(needsRefresh(saved(null, '2026-11-01T10:00'), NOW, 30)).toBe(false);
    expect(needsRefresh(saved(null), NOW, 30)).toBe(true);
    // A row that says neither is not counted: nothing to count from.
    expect(needsRefresh(saved(null, null), NOW, 30)).toBe(false);
  });

  it('leaves a churned customer and a duplicate merged into another out', () => {
    const old = { updated: null, created: shanghai('2025-01-05T10:00') };
    expect(needsRefresh({ ...old, status: 'Churned', merged: false }, NOW, 30)).toBe(false);
    expect(needsRefresh({ ...old, status: 'Won', merged: true }, NOW, 30)).toBe(false);
    expect(needsRefresh({ ...old, status: 'Won', merged: false }, NOW, 30)).toBe(true);
  });
});
