/**
 * Logger and console: what the script logs, kept in one list in order. Apps Script shows both in
 * the execution log; formatting follows console's %s / %d placeholders.
 * https://developers.google.com/apps-script/guides/logging
 */
import { format } from 'node:util';
import { ANY, enter, type ServiceContext } from './access';

export type LogLevel = 'log' | 'info' | 'warn' | 'error';

export interface LogEntry {
  readonly source: 'Logger' | 'console';
  readonly level: LogLevel;
  readonly message: string;
  readonly at: number;
}

export class Logger {
  constructor(
    private readonly ctx: ServiceContext,
    private readonly entries: LogEntry[],
  ) {}

  log(data: unknown, ...values: unknown[]): Logger {
    enter(this.ctx, 'Logger.log', ANY);
    this.entries.push({
      source: 'Logger',
      level: 'info',
      message: format(data, ...values),
      at: this.ctx.rt.clock.now(),
    });
    return this;
  }

  getLog(): string {
    enter(this.ctx, 'Logger.getLog', ANY);
    return this.entries
      .filter((e) => e.source === 'Logger')
      .map((e) => `${e.message}\n`)
      .join('');
  }

  clear(): void {
    enter(this.ctx, 'Logger.clear', ANY);
    const kept = this.entries.filter((e) => e.source !== 'Logger');
    this.entries.splice(0, this.entries.length, ...kept);
  }
}

/** Its methods work detached (`rows.forEach(console.log)`), as the real console's do. */
export class Console {
  readonly log = (...args: unknown[]): void => this.write('log', args);
  readonly info = (...args: unknown[]): void => this.write('info', args);
  readonly warn = (...args: unknown[]): void => this.write('warn', args);
  readonly error = (...args: unknown[]): void => this.write('error', args);

  constructor(
    private readonly ctx: ServiceContext,
    private readonly entries: LogEntry[],
  ) {}

  private write(level: LogLevel, args: unknown[]): void {
    enter(this.ctx, `console.${level}`, ANY);
    this.entries.push({ source: 'console', level, message: format(...args), at: this.ctx.rt.clock.now() });
  }
}
