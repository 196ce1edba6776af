/**
 * The plain, serialisable records a sheet keeps besides its cells. The service classes
 * (DataValidation, Protection, …) are views over these.
 */
import type { Rect } from './a1';

export interface ValidationSpec {
  criteria: string;
  /** Criteria values; a range argument is kept as "'Sheet'!A1:B2". */
  args: unknown[];
  allowInvalid: boolean;
  helpText: string;
}

export interface RuleFormat {
  background?: string;
  fontColor?: string;
  bold?: boolean;
  italic?: boolean;
  strikethrough?: boolean;
  underline?: boolean;
}

export interface RuleSpec {
  condition: { type: string; values: unknown[] };
  format: RuleFormat;
  ranges: Rect[];
}

export interface ProtectionSpec {
  id: number;
  type: 'RANGE' | 'SHEET';
  /** The protected range (RANGE); a SHEET protection covers the whole sheet. */
  rect?: Rect;
  description: string;
  warningOnly: boolean;
  editors: string[];
  domainEdit: boolean;
  unprotected: Rect[];
}

export interface ChartSpec {
  id: number;
  type: string;
  ranges: Rect[];
  position: { row: number; column: number; offsetX: number; offsetY: number };
  options: Record<string, unknown>;
}

export type MetadataLocation =
  | { type: 'SPREADSHEET' }
  | { type: 'SHEET' }
  | { type: 'ROW' | 'COLUMN'; start: number; end: number };

export interface MetadataSpec {
  id: number;
  key: string;
  value: string | null;
  visibility: 'DOCUMENT' | 'PROJECT';
  location: MetadataLocation;
}
