/**
 * One email per person per run, listing what needs them: never a mail per alert (helpdesks that
 * send hundreds are ignored), never at midnight (held until business hours unless urgent).
 */
import { isEmailAddress } from './email-address';

export interface DigestAlert {
  readonly id: string;
  readonly kind: string;
  readonly recordId: string;
  readonly message: string;
  readonly due: string;
  readonly owner: string;
  readonly escalatedTo: string;
  readonly urgent: boolean;
  /**
   * Marked Done before it was mailed: the person it is escalated to still hears of it (the owner's
   * Done does not take back an escalation), the owner no more.
   */
  readonly done: boolean;
  /** Why it goes to the Managers when it names no one to mail (see `unowned`). */
  readonly reason?: string;
}

export interface Digest {
  readonly to: string;
  readonly alertIds: readonly string[];
  readonly subject: string;
  readonly body: string;
  readonly htmlBody: string;
}

const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};
export const escapeHtml = (text: string): string => text.replace(/[&<>"']/g, (c) => ESCAPES[c]!);

/**
 * Groups alerts by recipient (owner and supervisor, or the supervisor alone once the owner marked
 * it Done); outside business hours only urgent ones go.
 * An alert naming nobody who can be mailed (a customer without an owner) goes to `managers`, so
 * every slip reaches someone.
 */
export function digests(
  alerts: readonly DigestAlert[],
  inBusinessHours: boolean,
  sheetUrl: string,
  managers: readonly string[],
): Digest[] {
  // One person, one digest, however their address is written (Boss@ and boss@).
  const byRecipient = new Map<string, { to: string; list: DigestAlert[] }>();
  const fallback = managers.filter(isEmailAddress);
  for (const alert of alerts) {
    if (!inBusinessHours && !alert.urgent) continue;
    const named = (alert.done ? [alert.escalatedTo] : [alert.owner, alert.escalatedTo]).filter(
      isEmailAddress,
    );
    const listed = named.length > 0 ? alert : unowned(alert);
    for (const to of sameOnce(named.length > 0 ? named : fallback)) {
      const entry = byRecipient.get(to.toLowerCase());
      if (entry) entry.list.push(listed);
      else byRecipient.set(to.toLowerCase(), { to, list: [listed] });
    }
  }
  return [...byRecipient.values()].map(({ to, list }) => compose(to, list, sheetUrl));
}

/**
 * The Managers' digests (`toManagers`, from `digests`) with the alerts that reached no one because
 * Google refused their addresses (`unreached`: the addresses, by alert ID) added, each saying whose
 * address was refused: one email each, whether or not they had alerts of their own.
 */
export function managersWith(
  pending: readonly DigestAlert[],
  toManagers: readonly Digest[],
  unreached: ReadonlyMap<string, readonly string[]>,
  sheetUrl: string,
  managers: readonly string[],
): Digest[] {
  const theirs = new Set(toManagers.flatMap((d) => d.alertIds));
  const alerts = [
    ...pending.filter((a) => theirs.has(a.id)),
    ...pending.filter((a) => unreached.has(a.id)).map((a) => redirected(a, unreached.get(a.id)!)),
  ];
  // Every alert here already passed the business-hours check for `toManagers` or its first email.
  return digests(alerts, true, sheetUrl, managers).filter((d) => isAmong(managers, d.to));
}

/**
 * An alert that names no one to mail says so to the Managers it falls to: what to put right (a
 * done alert is mailed to its escalation only, so that is the address to fix).
 */
function unowned(alert: DigestAlert): DigestAlert {
  const why =
    alert.reason ??
    (alert.done
      ? `Escalated To "${alert.escalatedTo}" is not an email address`
      : alert.owner.trim() === ''
        ? 'Nobody owns this (Owner is empty)'
        : `The Owner "${alert.owner}" is not an email address`);
  return { ...alert, message: `${why}, so this comes to you: ${alert.message}` };
}

/** As the managers get an alert no one got: named by nobody (so `digests` sends it to them). */
function redirected(alert: DigestAlert, refused: readonly string[]): DigestAlert {
  const whose = (to: string) =>
    to.toLowerCase() === alert.owner.toLowerCase() ? `the owner's address ${to}` : `the address ${to}`;
  return {
    ...alert,
    owner: '',
    escalatedTo: '',
    reason: `Google refused ${refused.map(whose).join(' and ')}`,
  };
}

/**
 * Alerts listed one by one in a digest; the rest are counted and left to the Alerts sheet. Apps
 * Script refuses a body over 200 KB ("Email body size", https://developers.google.com/apps-script/guides/services/quotas),
 * and a backlog of thousands (a first run on an old sheet) would otherwise never be mailed.
 */
const DIGEST_LISTED = 50;
/** A line past this is cut: a message built from a long Subject stays readable. */
const LINE_CHARS = 300;

function compose(to: string, alerts: DigestAlert[], sheetUrl: string): Digest {
  const line = (a: DigestAlert) => {
    const done = a.done ? ' (already marked Done)' : '';
    const full = `${a.id} · ${a.kind} · ${a.recordId}${done}: ${a.message}${a.due ? ` (due ${a.due})` : ''}`;
    return full.length > LINE_CHARS ? `${full.slice(0, LINE_CHARS - 1)}…` : full;
  };
  const listed = alerts.slice(0, DIGEST_LISTED).map(line);
  const more = alerts.length - listed.length;
  const rest = more > 0 ? `… and ${more} more: see the Alerts sheet.` : '';
  const items = listed.map((l) => `<li>${escapeHtml(l)}</li>`).join('');
  const count = `${alerts.length} new alert${alerts.length === 1 ? '' : 's'}`;
  return {
    to,
    alertIds: alerts.map((a) => a.id),
    subject: `CRM: ${count} for you`,
    body: `${count}:\n\n${listed.map((l) => `- ${l}`).join('\n')}${rest ? `\n${rest}` : ''}\n\nOpen the sheet: ${sheetUrl}\n`,
    htmlBody: `<p>${escapeHtml(count)}:</p><ul>${items}</ul>${rest ? `<p>${escapeHtml(rest)}</p>` : ''}<p><a href="${escapeHtml(sheetUrl)}">Open the sheet</a></p>`,
  };
}

/** Whether `to` is one of `addresses`, whatever its letter case. */
export const isAmong = (addresses: readonly string[], to: string) =>
  addresses.some((a) => a.toLowerCase() === to.toLowerCase());

/** Addresses once each, whatever their letter case (the first spelling kept). */
export function sameOnce(addresses: readonly string[]): string[] {
  const seen = new Set<string>();
  return addresses.filter((a) => !seen.has(a.toLowerCase()) && seen.add(a.toLowerCase()));
}
