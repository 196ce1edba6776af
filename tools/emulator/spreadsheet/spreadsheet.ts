/**
 * The Spreadsheet service object: its sheets (insert, delete, find, activate, move), identity,
 * time zone, toasts, protections and developer metadata.
 * https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet
 */

import { isValidTimeZone } from '../zone';
import { isLocale } from './coerce';
import type { Doc } from './doc';
import { invalidArgument } from './messages';
import { addMetadata, DeveloperMetadata } from './metadata';
import { type DeveloperMetadataFinder, metadataFinder } from './metadata-finder';
import { Protection } from './protection';
import type { Range } from './range';
import type { Sheet } from './sheet';
import { resolveA1 } from './sheet-bounds';

export class Spreadsheet {
  constructor(private readonly doc: Doc) {}

  private call(method: string): void {
    this.doc.rt.call(`Spreadsheet.${method}`);
  }

  private get book() {
    return this.doc.book;
  }

  getId(): string {
    this.call('getId');
    return this.book.id;
  }
  getName(): string {
    this.call('getName');
    return this.book.name;
  }
  rename(newName: string): void {
    this.call('rename');
    this.book.name = newName;
  }
  getUrl(): string {
    this.call('getUrl');
    return `https://docs.google.com/spreadsheets/d/${this.book.id}/edit`;
  }
  getSpreadsheetTimeZone(): string {
    this.call('getSpreadsheetTimeZone');
    return this.book.timeZone;
  }
  /** Cells keep their wall-clock readings, so the instants they name move with the zone. */
  setSpreadsheetTimeZone(timezone: string): void {
    this.call('setSpreadsheetTimeZone');
    if (!isValidTimeZone(timezone)) throw invalidArgument('timezone');
    this.book.timeZone = timezone;
  }
  /** The sheet's own locale, not the user's (Session.getActiveUserLocale). */
  getSpreadsheetLocale(): string {
    this.call('getSpreadsheetLocale');
    return this.book.locale;
  }
  /** Strings typed or written from now on are read the new locale's way; values stay as they are. */
  setSpreadsheetLocale(locale: string): void {
    this.call('setSpreadsheetLocale');
    if (!isLocale(locale)) throw invalidArgument('locale');
    this.book.locale = locale;
  }

  getSheets(): Sheet[] {
    this.call('getSheets');
    return this.book.sheets.map((s) => this.doc.sheet(s));
  }
  getNumSheets(): number {
    this.call('getNumSheets');
    return this.book.sheets.length;
  }
  /** null when absent; names match ignoring case, as Sheets keeps them unique ignoring case. */
  getSheetByName(name: string): Sheet | null {
    this.call('getSheetByName');
    const model = this.book.sheetByName(name);
    return model ? this.doc.sheet(model) : null;
  }
  getSheetById(id: number): Sheet | null {
    this.call('getSheetById');
    const model = this.book.sheets.find((s) => s.id === id);
    return model ? this.doc.sheet(model) : null;
  }
  getActiveSheet(): Sheet {
    this.call('getActiveSheet');
    return this.doc.sheet(this.book.activeSheet);
  }
  setActiveSheet(sheet: Sheet): Sheet {
    this.call('setActiveSheet');
    this.book.activeSheet = sheet.model;
    return sheet;
  }
  /** Moves the active sheet to a 1-based tab position. */
  moveActiveSheet(pos: number): void {
    this.call('moveActiveSheet');
    const active = this.book.activeSheet;
    const others = this.book.sheets.filter((s) => s !== active);
    others.splice(Math.max(0, Math.min(pos - 1, others.length)), 0, active);
    this.book.sheets = others;
  }

  /**
   * insertSheet(), (sheetIndex), (sheetName), (sheetName, sheetIndex): the new sheet becomes the
   * active one; a name taken (ignoring case) fails with Sheets' message.
   */
  insertSheet(nameOrIndex?: string | number | object, index?: number): Sheet {
    this.call('insertSheet');
    const name = typeof nameOrIndex === 'string' ? nameOrIndex : undefined;
    const at = typeof nameOrIndex === 'number' ? nameOrIndex : index;
    const model = this.book.addSheet(name, at);
    this.book.activeSheet = model;
    return this.doc.sheet(model);
  }
  deleteSheet(sheet: Sheet): void {
    this.call('deleteSheet');
    this.book.removeSheet(sheet.model);
  }

  /** 'Sheet1!A1:B2', or a reference on the active sheet. */
  getRange(a1Notation: string): Range {
    this.call('getRange');
    const { sheet, rect } = resolveA1(this.book, this.book.activeSheet, a1Notation);
    return this.doc.range(sheet, rect);
  }

  /** Recorded in workbook.toasts (the preview shows them). */
  toast(msg: string, title = '', timeoutSeconds = 5): void {
    this.call('toast');
    this.book.toasts.push({ message: String(msg), title, timeoutSeconds, at: this.doc.rt.clock.now() });
  }

  getProtections(type: string): Protection[] {
    this.call('getProtections');
    return this.book.sheets.flatMap((s) =>
      s.protections.filter((p) => p.type === String(type)).map((p) => new Protection(this.doc, s, p)),
    );
  }

  addDeveloperMetadata(key: string, value?: string | null, visibility?: string): this {
    this.call('addDeveloperMetadata');
    addMetadata(this.book, this.book.metadata, { type: 'SPREADSHEET' }, key, value, visibility);
    return this;
  }
  getDeveloperMetadata(): DeveloperMetadata[] {
    this.call('getDeveloperMetadata');
    return this.book.metadata.map((md) => new DeveloperMetadata(this.doc, undefined, md));
  }
  createDeveloperMetadataFinder(): DeveloperMetadataFinder {
    this.call('createDeveloperMetadataFinder');
    return metadataFinder(this.doc, {});
  }
}
