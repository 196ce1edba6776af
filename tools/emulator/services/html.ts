/**
 * HtmlService: pages for sidebars and dialogs. createHtmlOutputFromFile reads `<name>.html` from
 * the build's output folder, which is what clasp pushes.
 * https://developers.google.com/apps-script/reference/html/html-service
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { enter, type ServiceContext } from './access';
import { makeEnum } from './enums';

export const SandboxMode = makeEnum(['EMULATED', 'IFRAME', 'NATIVE']);
export const XFrameOptionsMode = makeEnum(['ALLOWALL', 'DEFAULT']);

type EnumOf<E> = E[keyof E];

export class HtmlOutput {
  private title = '';
  private width: number | undefined;
  private height: number | undefined;
  private sandboxMode: EnumOf<typeof SandboxMode> = SandboxMode.IFRAME;
  private xFrameOptionsMode: EnumOf<typeof XFrameOptionsMode> = XFrameOptionsMode.DEFAULT;

  constructor(
    private readonly ctx: ServiceContext,
    private content: string,
  ) {}

  getContent(): string {
    enter(this.ctx, 'HtmlOutput.getContent');
    return this.content;
  }

  setContent(content: string): HtmlOutput {
    enter(this.ctx, 'HtmlOutput.setContent');
    this.content = String(content);
    return this;
  }

  append(addedContent: string): HtmlOutput {
    enter(this.ctx, 'HtmlOutput.append');
    this.content += String(addedContent);
    return this;
  }

  getTitle(): string {
    enter(this.ctx, 'HtmlOutput.getTitle');
    return this.title;
  }

  setTitle(title: string): HtmlOutput {
    enter(this.ctx, 'HtmlOutput.setTitle');
    this.title = String(title);
    return this;
  }

  /** Sidebars ignore the width; dialogs use both. */
  setWidth(width: number): HtmlOutput {
    enter(this.ctx, 'HtmlOutput.setWidth');
    this.width = width;
    return this;
  }

  setHeight(height: number): HtmlOutput {
    enter(this.ctx, 'HtmlOutput.setHeight');
    this.height = height;
    return this;
  }

  /** Every mode now renders as IFRAME; the setting is kept only for the record.
   * https://developers.google.com/apps-script/reference/html/sandbox-mode */
  setSandboxMode(mode: EnumOf<typeof SandboxMode>): HtmlOutput {
    enter(this.ctx, 'HtmlOutput.setSandboxMode');
    this.sandboxMode = mode;
    return this;
  }

  setXFrameOptionsMode(mode: EnumOf<typeof XFrameOptionsMode>): HtmlOutput {
    enter(this.ctx, 'HtmlOutput.setXFrameOptionsMode');
    this.xFrameOptionsMode = mode;
    return this;
  }

  /** What a test reads back from a shown sidebar or dialog, without counting service calls. */
  snapshot() {
    return {
      title: this.title,
      content: this.content,
      width: this.width,
      height: this.height,
      sandboxMode: this.sandboxMode.name(),
      xFrameOptionsMode: this.xFrameOptionsMode.name(),
    };
  }
}

export type HtmlSnapshot = ReturnType<HtmlOutput['snapshot']>;

export class HtmlService {
  readonly SandboxMode = SandboxMode;
  readonly XFrameOptionsMode = XFrameOptionsMode;

  constructor(
    private readonly ctx: ServiceContext,
    private readonly distDir: string,
  ) {}

  createHtmlOutput(html = ''): HtmlOutput {
    enter(this.ctx, 'HtmlService.createHtmlOutput');
    return new HtmlOutput(this.ctx, String(html));
  }

  createHtmlOutputFromFile(filename: string): HtmlOutput {
    enter(this.ctx, 'HtmlService.createHtmlOutputFromFile');
    return new HtmlOutput(this.ctx, this.read(String(filename)));
  }

  /** Apps Script's message when the project has no such file, as users report it. */
  private read(name: string): string {
    try {
      return readFileSync(join(this.distDir, `${name}.html`), 'utf8');
    } catch {
      throw new Error(`No HTML file named ${name} was found.`);
    }
  }
}
