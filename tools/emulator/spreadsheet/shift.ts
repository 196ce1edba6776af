/**
 * Ranges the document keeps (protections, conditional format ranges, chart ranges, developer
 * metadata locations) follow rows and columns as they are inserted, deleted and moved, the way a
 * named range does in Sheets: inserting inside a range grows it, deleting part of it shrinks it,
 * deleting all of it removes it.
 */
import type { Rect } from './a1';
import { destinations } from './layer';

/** An inclusive 1-based stretch of rows or columns. */
export interface Stretch {
  start: number;
  end: number;
}

export type Change =
  | { kind: 'insert'; at: number; count: number }
  | { kind: 'delete'; at: number; count: number }
  /** 0-based: position i now holds what was at order[i]. */
  | { kind: 'move'; order: readonly number[] };

/** The stretch after a change; undefined when every row or column of it was deleted. */
export function shifted(s: Stretch, change: Change): Stretch | undefined {
  if (change.kind === 'move') {
    const to = destinations(change.order);
    const moved = [];
    for (let i = s.start; i <= s.end; i++) moved.push((to[i - 1] ?? i - 1) + 1);
    return { start: Math.min(...moved), end: Math.max(...moved) };
  }
  const { at, count } = change;
  if (change.kind === 'insert') {
    if (at <= s.start) return { start: s.start + count, end: s.end + count };
    return at <= s.end ? { start: s.start, end: s.end + count } : s;
  }
  const last = at + count - 1;
  if (last < s.start) return { start: s.start - count, end: s.end - count };
  if (at > s.end) return s;
  const start = Math.min(s.start, at);
  const end = s.end > last ? s.end - count : at - 1;
  return end >= start ? { start, end } : undefined;
}

export type Axis = 'rows' | 'columns';

/** The rect after a change along one axis; undefined when it was deleted. */
export function shiftedRect(rect: Rect, axis: Axis, change: Change): Rect | undefined {
  const rows = axis === 'rows';
  const s = shifted(rows ? { start: rect.r1, end: rect.r2 } : { start: rect.c1, end: rect.c2 }, change);
  if (!s) return undefined;
  return rows ? { ...rect, r1: s.start, r2: s.end } : { ...rect, c1: s.start, c2: s.end };
}
