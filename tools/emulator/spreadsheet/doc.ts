/**
 * What every service object needs: the runtime that counts calls, the workbook's state and a way
 * to make the other service objects. Service classes import each other only as types through
 * this, so there are no import cycles at load time.
 */
import type { Runtime } from '../runtime';
import type { Rect } from './a1';
import type { Range } from './range';
import type { Sheet } from './sheet';
import type { SheetModel } from './sheet-model';
import type { Spreadsheet } from './spreadsheet';
import type { Workbook } from './workbook';

export interface Doc {
  readonly rt: Runtime;
  readonly book: Workbook;
  range(sheet: SheetModel, rect: Rect): Range;
  sheet(model: SheetModel): Sheet;
  spreadsheet(): Spreadsheet;
}

/** Where an emulated Range points; read when a Range is handed back to the service. */
export interface Target {
  readonly sheet: SheetModel;
  readonly rect: Rect;
}

export function targetOf(range: unknown): Target {
  const target = (range as { target?: Target } | null)?.target;
  if (!target) throw new Error('Invalid argument: range');
  return target;
}
