/**
 * Between what crosses google.script.run (strings, numbers; dates as wall-clock text in the
 * spreadsheet's zone) and what a cell holds (Date objects for dates and times).
 */
import { instantFromWall, wallFromInstant } from '../domain/zone';
import type { Column, ColumnType } from './columns';
import type { Cell } from './table';

const DATE_TYPES: ReadonlySet<ColumnType> = new Set(['date', 'datetime']);

export function toCell(column: Column, value: unknown, timeZone: string): Cell {
  if (value === undefined || value === null || value === '') return '';
  if (DATE_TYPES.has(column.type) && typeof value === 'string') {
    return new Date(instantFromWall(value, timeZone));
  }
  return value as Cell;
}

export function fromCell(column: Column, value: unknown, timeZone: string): string | number | boolean {
  if (value instanceof Date) {
    const wall = wallFromInstant(value.getTime(), timeZone);
    return column.type === 'date' ? wall.slice(0, 10) : wall;
  }
  if (value === undefined || value === null) return '';
  return value as string | number | boolean;
}
