/**
 * The document's UI (SpreadsheetApp.getUi()): menus, sidebars, dialogs and alerts, recorded so a
 * test can read them. Menus may be built in AuthMode.NONE; alerts need the document (LIMITED);
 * HTML sidebars and dialogs need the container.ui scope, so a simple trigger cannot open them.
 * https://developers.google.com/apps-script/reference/base/ui
 */
import { ANY, authorized, enter, Scope, type ServiceContext } from './access';
import { type EnumValue, makeEnum } from './enums';
import type { HtmlOutput, HtmlSnapshot } from './html';

export const Button = makeEnum(['CLOSE', 'OK', 'CANCEL', 'YES', 'NO']);
export const ButtonSet = makeEnum(['OK', 'OK_CANCEL', 'YES_NO', 'YES_NO_CANCEL']);

type ButtonName = keyof typeof Button;
type ButtonSetName = keyof typeof ButtonSet;

const BUTTONS: Record<ButtonSetName, ButtonName[]> = {
  OK: ['OK'],
  OK_CANCEL: ['OK', 'CANCEL'],
  YES_NO: ['YES', 'NO'],
  YES_NO_CANCEL: ['YES', 'NO', 'CANCEL'],
};

export type MenuEntry =
  | { readonly type: 'item'; readonly caption: string; readonly functionName: string }
  | { readonly type: 'separator' }
  | { readonly type: 'submenu'; readonly menu: MenuRecord };

export interface MenuRecord {
  readonly name: string;
  /** Built with createAddonMenu: it lives under Extensions. */
  readonly addon: boolean;
  readonly entries: MenuEntry[];
}

export interface DialogRecord extends HtmlSnapshot {
  readonly kind: 'sidebar' | 'modal' | 'modeless';
}

export interface AlertRecord {
  readonly kind: 'alert' | 'prompt';
  readonly title: string;
  readonly prompt: string;
  readonly buttons: ButtonSetName;
  readonly clicked: ButtonName;
  readonly text?: string;
}

interface Answer {
  readonly button: ButtonName;
  readonly text: string;
}

/** Everything shown to the person at the document, and the answers they will give. */
export class UiRecorder {
  readonly menus: MenuRecord[] = [];
  readonly dialogs: DialogRecord[] = [];
  readonly alerts: AlertRecord[] = [];
  private readonly answers: Answer[] = [];

  /** The next alert or prompt is answered with this button (and text, for a prompt). Unanswered
   * dialogs get the set's first button: OK or YES. */
  answer(button: ButtonName, text = ''): void {
    this.answers.push({ button, text });
  }

  get sidebar(): DialogRecord | undefined {
    return this.dialogs.filter((d) => d.kind === 'sidebar').at(-1);
  }

  /** Re-adding a menu of the same name replaces it, as reopening the document would. */
  addMenu(menu: MenuRecord): void {
    const index = this.menus.findIndex((m) => m.name === menu.name && m.addon === menu.addon);
    if (index >= 0) this.menus.splice(index, 1, menu);
    else this.menus.push(menu);
  }

  nextAnswer(buttons: ButtonSetName): Answer {
    const answer = this.answers.shift();
    if (answer && !BUTTONS[buttons].includes(answer.button)) {
      throw new Error(`The test answered ${answer.button}, which is not in ButtonSet.${buttons}.`);
    }
    return answer ?? { button: BUTTONS[buttons][0]!, text: '' };
  }
}

export class Menu {
  private readonly entries: MenuEntry[] = [];

  constructor(
    private readonly ctx: ServiceContext,
    private readonly recorder: UiRecorder,
    private readonly name: string,
    private readonly addon: boolean,
  ) {}

  addItem(caption: string, functionName: string): Menu {
    enter(this.ctx, 'Menu.addItem', ANY);
    this.entries.push({ type: 'item', caption: String(caption), functionName: String(functionName) });
    return this;
  }

  addSeparator(): Menu {
    enter(this.ctx, 'Menu.addSeparator', ANY);
    this.entries.push({ type: 'separator' });
    return this;
  }

  addSubMenu(menu: Menu): Menu {
    enter(this.ctx, 'Menu.addSubMenu', ANY);
    this.entries.push({ type: 'submenu', menu: menu.record() });
    return this;
  }

  addToUi(): void {
    enter(this.ctx, 'Menu.addToUi', ANY);
    this.recorder.addMenu(this.record());
  }

  private record(): MenuRecord {
    return { name: this.name, addon: this.addon, entries: [...this.entries] };
  }
}

class PromptResponse {
  constructor(
    private readonly ctx: ServiceContext,
    private readonly answer: Answer,
  ) {}

  getResponseText(): string {
    enter(this.ctx, 'PromptResponse.getResponseText', ANY);
    return this.answer.text;
  }

  getSelectedButton(): EnumValue {
    enter(this.ctx, 'PromptResponse.getSelectedButton', ANY);
    return Button[this.answer.button];
  }
}

const HTML_UI = authorized(Scope.containerUi);

export class Ui {
  readonly Button = Button;
  readonly ButtonSet = ButtonSet;

  constructor(
    private readonly ctx: ServiceContext,
    private readonly recorder: UiRecorder,
    private readonly addonName: string,
  ) {}

  createMenu(caption: string): Menu {
    enter(this.ctx, 'Ui.createMenu', ANY);
    return new Menu(this.ctx, this.recorder, String(caption), false);
  }

  /** The add-on's menu under Extensions, named after the add-on. */
  createAddonMenu(): Menu {
    enter(this.ctx, 'Ui.createAddonMenu', ANY);
    return new Menu(this.ctx, this.recorder, this.addonName, true);
  }

  /** alert(prompt), alert(prompt, buttons) or alert(title, prompt, buttons). */
  alert(...args: [string] | [string, EnumValue] | [string, string, EnumValue]): EnumValue {
    enter(this.ctx, 'Ui.alert');
    const { title, prompt, buttons } = dialogArgs(args);
    const answer = this.recorder.nextAnswer(buttons);
    this.recorder.alerts.push({ kind: 'alert', title, prompt, buttons, clicked: answer.button });
    return Button[answer.button];
  }

  /** prompt(prompt), prompt(prompt, buttons) or prompt(title, prompt, buttons). */
  prompt(...args: [string] | [string, EnumValue] | [string, string, EnumValue]): PromptResponse {
    enter(this.ctx, 'Ui.prompt');
    const { title, prompt, buttons } = dialogArgs(args);
    const answer = this.recorder.nextAnswer(buttons);
    this.recorder.alerts.push({
      kind: 'prompt',
      title,
      prompt,
      buttons,
      clicked: answer.button,
      text: answer.text,
    });
    return new PromptResponse(this.ctx, answer);
  }

  showSidebar(userInterface: HtmlOutput): void {
    enter(this.ctx, 'Ui.showSidebar', HTML_UI);
    this.recorder.dialogs.push({ kind: 'sidebar', ...userInterface.snapshot() });
  }

  showModalDialog(userInterface: HtmlOutput, title: string): void {
    enter(this.ctx, 'Ui.showModalDialog', HTML_UI);
    this.recorder.dialogs.push({ kind: 'modal', ...userInterface.snapshot(), title: String(title) });
  }

  showModelessDialog(userInterface: HtmlOutput, title: string): void {
    enter(this.ctx, 'Ui.showModelessDialog', HTML_UI);
    this.recorder.dialogs.push({ kind: 'modeless', ...userInterface.snapshot(), title: String(title) });
  }
}

function dialogArgs(args: [string] | [string, EnumValue] | [string, string, EnumValue]) {
  const [first, second, third] = args;
  if (typeof second === 'string') {
    return { title: first, prompt: second, buttons: buttonSet(third) };
  }
  return { title: '', prompt: first, buttons: buttonSet(second) };
}

function buttonSet(value: EnumValue | undefined): ButtonSetName {
  const name = value === undefined ? 'OK' : value.name();
  if (!(name in BUTTONS)) throw new Error(`Invalid argument: buttons (${name})`);
  return name as ButtonSetName;
}
