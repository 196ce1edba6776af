/**
 * The SpreadsheetApp global. The emulated script is bound to one document, so getActive() and
 * openById(its id) return it. getUi() returns whatever Ui the caller supplies (the Ui service is
 * emulated elsewhere).
 * https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet-app
 */
import type { Runtime } from '../runtime';
import { BooleanCriteria, ConditionalFormatRuleBuilder } from './conditional-format';
import type { Doc } from './doc';
import { noUi, openByIdFailed } from './messages';
import { DeveloperMetadataLocationType, DeveloperMetadataVisibility } from './metadata';
import { ProtectionType } from './protection';
import { Range } from './range';
import { Sheet } from './sheet';
import { Spreadsheet } from './spreadsheet';
import { DataValidationBuilder, DataValidationCriteria } from './validation';
import type { Workbook } from './workbook';

export const WrapStrategy = { WRAP: 'WRAP', OVERFLOW: 'OVERFLOW', CLIP: 'CLIP' } as const;

function makeDoc(rt: Runtime, book: Workbook): Doc {
  const doc: Doc = {
    rt,
    book,
    range: (sheet, rect) => new Range(doc, { sheet, rect }),
    sheet: (model) => new Sheet(doc, model),
    spreadsheet: () => new Spreadsheet(doc),
  };
  return doc;
}

export function createSpreadsheetApp(rt: Runtime, workbook: Workbook, ui?: unknown) {
  const doc = makeDoc(rt, workbook);
  const call = (method: string) => rt.call(`SpreadsheetApp.${method}`);
  return {
    ProtectionType,
    DataValidationCriteria,
    BooleanCriteria,
    DeveloperMetadataLocationType,
    DeveloperMetadataVisibility,
    WrapStrategy,
    getActive(): Spreadsheet {
      call('getActive');
      return doc.spreadsheet();
    },
    getActiveSpreadsheet(): Spreadsheet {
      call('getActiveSpreadsheet');
      return doc.spreadsheet();
    },
    getActiveSheet(): Sheet {
      call('getActiveSheet');
      return doc.sheet(workbook.activeSheet);
    },
    openById(id: string): Spreadsheet {
      call('openById');
      if (id !== workbook.id) throw openByIdFailed();
      return doc.spreadsheet();
    },
    /** Writes land immediately here; flush only counts as the call it is. */
    flush(): void {
      call('flush');
    },
    newDataValidation(): DataValidationBuilder {
      call('newDataValidation');
      return new DataValidationBuilder();
    },
    newConditionalFormatRule(): ConditionalFormatRuleBuilder {
      call('newConditionalFormatRule');
      return new ConditionalFormatRuleBuilder();
    },
    getUi(): unknown {
      call('getUi');
      if (ui === undefined) throw noUi();
      return ui;
    },
  };
}

export type SpreadsheetAppEmulation = ReturnType<typeof createSpreadsheetApp>;
