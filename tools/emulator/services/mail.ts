/**
 * MailApp. Every message is kept for tests to read. The daily quota counts recipients (to, cc and
 * bcc), 100 a day on consumer accounts, and a message may have at most 50.
 * https://developers.google.com/apps-script/reference/mail/mail-app
 * https://developers.google.com/apps-script/guides/services/quotas
 */
import { authorized, enter, Scope, type ServiceContext } from './access';

/** As users see it in execution logs: https://github.com/situmorang-com/gscript-mailRemainingQuota */
export const DAILY_QUOTA_EXCEEDED = 'Service invoked too many times for one day: email.';
export const TOO_MANY_RECIPIENTS = 'Limit Exceeded: Email Recipients Per Message.';
export const NO_RECIPIENT = 'Failed to send email: no recipient';
/**
 * "Email body size: 200 KB / msg" on consumer accounts (400 KB on Workspace), under Current
 * limitations in https://developers.google.com/apps-script/guides/services/quotas; the stricter
 * is kept. The plain and the HTML body are each held to it.
 */
export const BODY_TOO_LARGE = 'Limit Exceeded: Email Body Size.';
const BODY_LIMIT_BYTES = 200 * 1024;
const PER_MESSAGE_LIMIT = 50;
/**
 * Too long a subject fails with "Argument too large: subject" (an execution log in
 * amindeed/Gmail-AutoResponder's README). Google publishes no figure; scripts that hit it cap
 * subjects at 250 characters, the figure kept here.
 */
export const SUBJECT_TOO_LARGE = 'Argument too large: subject';
const SUBJECT_LIMIT = 250;
/** A domain of dot-separated labels, none empty: Gmail refuses "a@b..com" with "Invalid email". */
const ADDRESS = /^[^\s@<>,;]+@[^\s@<>,;.]+(\.[^\s@<>,;.]+)+$/;

export interface MailMessage {
  to?: string;
  cc?: string;
  bcc?: string;
  subject?: string;
  body?: string;
  htmlBody?: string;
  name?: string;
  replyTo?: string;
  noReply?: boolean;
}

export type MailOptions = Omit<MailMessage, 'to' | 'subject' | 'body'>;

export interface SentMail {
  readonly from: string;
  readonly to: string[];
  readonly cc: string[];
  readonly bcc: string[];
  readonly subject: string;
  readonly body: string;
  readonly htmlBody?: string;
  readonly name?: string;
  readonly replyTo?: string;
  readonly noReply?: boolean;
  readonly sentAt: Date;
}

type SendArgs =
  | [message: MailMessage]
  | [recipient: string, subject: string, body: string, options?: MailOptions]
  | [recipient: string, replyTo: string, subject: string, body: string];

/** Comma-separated addresses, each checked. */
function addresses(list: string | undefined): string[] {
  const all = String(list ?? '')
    .split(',')
    .map((a) => a.trim())
    .filter(Boolean);
  const bad = all.find((a) => !ADDRESS.test(a));
  if (bad !== undefined) throw new Error(`Invalid email: ${bad}`);
  return all;
}

function toMessage(args: SendArgs): MailMessage {
  if (args.length === 1) return args[0];
  if (args.length === 4 && typeof args[3] === 'string') {
    const [to, replyTo, subject, body] = args;
    return { to, replyTo, subject, body };
  }
  const [to, subject, body, options] = args as [string, string, string, MailOptions?];
  return { ...options, to, subject, body };
}

export class MailApp {
  constructor(
    private readonly ctx: ServiceContext,
    private readonly outbox: SentMail[],
  ) {}

  /** sendEmail(message), sendEmail(recipient, subject, body, options?) or the old
   * sendEmail(recipient, replyTo, subject, body). */
  sendEmail(...args: SendArgs): void {
    enter(this.ctx, 'MailApp.sendEmail', authorized(Scope.sendMail));
    const message = toMessage(args);
    const [to, cc, bcc] = [addresses(message.to), addresses(message.cc), addresses(message.bcc)];
    const count = to.length + cc.length + bcc.length;
    if (count === 0) throw new Error(NO_RECIPIENT);
    if (count > PER_MESSAGE_LIMIT) throw new Error(TOO_MANY_RECIPIENTS);
    if (String(message.subject ?? '').length > SUBJECT_LIMIT) throw new Error(SUBJECT_TOO_LARGE);
    for (const body of [message.body, message.htmlBody]) {
      if (Buffer.byteLength(String(body ?? ''), 'utf8') > BODY_LIMIT_BYTES) throw new Error(BODY_TOO_LARGE);
    }
    const rt = this.ctx.rt;
    if (count > rt.mailQuota) throw new Error(DAILY_QUOTA_EXCEEDED);
    rt.mailQuota -= count;
    this.outbox.push({
      ...message,
      from: rt.effectiveUser,
      to,
      cc,
      bcc,
      subject: String(message.subject ?? ''),
      body: String(message.body ?? ''),
      sentAt: new Date(rt.clock.now()),
    });
  }

  getRemainingDailyQuota(): number {
    enter(this.ctx, 'MailApp.getRemainingDailyQuota', authorized(Scope.sendMail));
    return this.ctx.rt.mailQuota;
  }
}
