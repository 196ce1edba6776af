/**
 * Protected ranges and sheets. A new protection's editors are the spreadsheet's owner (here the
 * effective user) and the person running the script; the owner can never be removed. Warning-only
 * protections let everyone edit after a warning.
 * https://developers.google.com/apps-script/reference/spreadsheet/protection
 */

import type { Rect } from './a1';
import type { Doc } from './doc';
import { targetOf } from './doc';
import { invalidArgument } from './messages';
import type { Range } from './range';
import type { SheetModel } from './sheet-model';
import type { ProtectionSpec } from './specs';

export const ProtectionType = { RANGE: 'RANGE', SHEET: 'SHEET' } as const;

/** Session's User, as getEditors returns them. */
export class User {
  constructor(private readonly email: string) {}
  getEmail(): string {
    return this.email;
  }
  toString(): string {
    return this.email;
  }
}

type EditorsIn = string[] | { getEmail(): string }[];

const emails = (editors: EditorsIn) => editors.map((e) => (typeof e === 'string' ? e : e.getEmail()));

export class Protection {
  constructor(
    private readonly doc: Doc,
    private readonly sheet: SheetModel,
    readonly spec: ProtectionSpec,
  ) {}

  private call(method: string): void {
    this.doc.rt.call(`Protection.${method}`);
  }

  /** Only someone who may edit a protection may change or remove it (the reference's samples guard remove() with canEdit()). */
  private change(method: string): void {
    this.call(method);
    if (!(this.spec.warningOnly || mayEdit(this.doc, this.spec))) throw new Error(PROTECTED);
  }

  getProtectionType(): keyof typeof ProtectionType {
    this.call('getProtectionType');
    return this.spec.type;
  }
  getRange(): Range {
    this.call('getRange');
    const whole = { r1: 1, c1: 1, r2: this.sheet.maxRows, c2: this.sheet.maxColumns };
    return this.doc.range(this.sheet, this.spec.rect ?? whole);
  }
  setRange(range: Range): this {
    this.change('setRange');
    if (this.spec.type !== 'RANGE') throw invalidArgument('range');
    this.spec.rect = { ...targetOf(range).rect };
    return this;
  }
  getDescription(): string {
    this.call('getDescription');
    return this.spec.description;
  }
  setDescription(description: string): this {
    this.change('setDescription');
    this.spec.description = description;
    return this;
  }
  isWarningOnly(): boolean {
    this.call('isWarningOnly');
    return this.spec.warningOnly;
  }
  setWarningOnly(warningOnly: boolean): this {
    this.change('setWarningOnly');
    this.spec.warningOnly = warningOnly;
    return this;
  }
  getEditors(): User[] {
    this.call('getEditors');
    return this.spec.editors.map((e) => new User(e));
  }
  addEditor(emailAddress: string | { getEmail(): string }): this {
    this.change('addEditor');
    return this.addAll([emailAddress] as EditorsIn);
  }
  addEditors(emailAddresses: string[]): this {
    this.change('addEditors');
    return this.addAll(emailAddresses);
  }
  removeEditor(emailAddress: string | { getEmail(): string }): this {
    this.change('removeEditor');
    return this.removeAll([emailAddress] as EditorsIn);
  }
  removeEditors(emailAddresses: EditorsIn): this {
    this.change('removeEditors');
    return this.removeAll(emailAddresses);
  }
  canDomainEdit(): boolean {
    this.call('canDomainEdit');
    return this.spec.domainEdit;
  }
  setDomainEdit(editable: boolean): this {
    this.change('setDomainEdit');
    this.spec.domainEdit = editable;
    return this;
  }
  /** Whether the person running the script may edit the protected cells. */
  canEdit(): boolean {
    this.call('canEdit');
    return this.spec.warningOnly || mayEdit(this.doc, this.spec);
  }
  getUnprotectedRanges(): Range[] {
    this.call('getUnprotectedRanges');
    return this.spec.unprotected.map((rect) => this.doc.range(this.sheet, rect));
  }
  setUnprotectedRanges(ranges: Range[]): this {
    this.change('setUnprotectedRanges');
    this.spec.unprotected = ranges.map((r) => ({ ...targetOf(r).rect }));
    return this;
  }
  remove(): void {
    this.change('remove');
    this.sheet.protections = this.sheet.protections.filter((p) => p !== this.spec);
  }

  private addAll(editors: EditorsIn): this {
    for (const email of emails(editors))
      if (!this.spec.editors.includes(email)) this.spec.editors.push(email);
    return this;
  }

  private removeAll(editors: EditorsIn): this {
    const owner = this.doc.rt.owner;
    const gone = new Set(emails(editors).filter((e) => e !== owner));
    this.spec.editors = this.spec.editors.filter((e) => !gone.has(e));
    return this;
  }
}

/** Apps Script's refusal when a script's user edits cells a protection keeps from them. */
export const PROTECTED =
  'You are trying to edit a protected cell or object. Please contact the spreadsheet owner to remove protection if you need to edit.';

const mayEdit = (doc: Doc, spec: ProtectionSpec) =>
  doc.rt.editor === doc.rt.owner || spec.editors.includes(doc.rt.editor);

const overlaps = (a: Rect, b: Rect) => a.r1 <= b.r2 && b.r1 <= a.r2 && a.c1 <= b.c2 && b.c1 <= a.c2;

/**
 * Protections bind scripts too: a script edits as its user, so a user outside a protection's
 * editors cannot change the cells through the script either (warning-only ones warn people in
 * the UI and let scripts through). Throws Apps Script's message.
 * https://developers.google.com/apps-script/reference/spreadsheet/protection
 */
export function assertEditable(doc: Doc, sheet: SheetModel, rect: Rect): void {
  for (const spec of sheet.protections) {
    if (spec.warningOnly || mayEdit(doc, spec)) continue;
    const covered = spec.type === 'SHEET' || overlaps(spec.rect!, rect);
    const exempt = spec.type === 'SHEET' && spec.unprotected.some((u) => containsRect(u, rect));
    if (covered && !exempt) throw new Error(PROTECTED);
  }
}

const containsRect = (outer: Rect, inner: Rect) =>
  outer.r1 <= inner.r1 && inner.r2 <= outer.r2 && outer.c1 <= inner.c1 && inner.c2 <= outer.c2;
