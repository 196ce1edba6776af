/**
 * One email per person per run, listing what needs them: never a mail per alert (helpdesks that
 * send hundreds are ignored), never at midnight (held until business hours unless urgent).
 */

export interface DigestAlert {
  readonly id: string;
  readonly kind: string;
  readonly recordId: string;
  readonly message: string;
  readonly due: string;
  readonly owner: string;
  readonly escalatedTo: string;
  readonly urgent: boolean;
}

export interface Digest {
  readonly to: string;
  readonly alertIds: readonly string[];
  readonly subject: string;
  readonly body: string;
  readonly htmlBody: string;
}

const EMAIL = /^[^\s@,;]+@[^\s@,;]+\.[^\s@,;]+$/;

const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};
export const escapeHtml = (text: string): string => text.replace(/[&<>"']/g, (c) => ESCAPES[c]!);

/** Groups alerts by recipient (owner and supervisor); outside business hours only urgent ones go. */
export function digests(
  alerts: readonly DigestAlert[],
  inBusinessHours: boolean,
  sheetUrl: string,
): Digest[] {
  const byRecipient = new Map<string, DigestAlert[]>();
  for (const alert of alerts) {
    if (!inBusinessHours && !alert.urgent) continue;
    for (const to of new Set([alert.owner, alert.escalatedTo])) {
      if (!EMAIL.test(to)) continue;
      byRecipient.set(to, [...(byRecipient.get(to) ?? []), alert]);
    }
  }
  return [...byRecipient].map(([to, list]) => compose(to, list, sheetUrl));
}

function compose(to: string, alerts: DigestAlert[], sheetUrl: string): Digest {
  const line = (a: DigestAlert) =>
    `${a.id} · ${a.kind} · ${a.recordId}: ${a.message}${a.due ? ` (due ${a.due})` : ''}`;
  const items = alerts.map((a) => `<li>${escapeHtml(line(a))}</li>`).join('');
  const count = `${alerts.length} new alert${alerts.length === 1 ? '' : 's'}`;
  return {
    to,
    alertIds: alerts.map((a) => a.id),
    subject: `CRM: ${count} for you`,
    body: `${count}:\n\n${alerts.map((a) => `- ${line(a)}`).join('\n')}\n\nOpen the sheet: ${sheetUrl}\n`,
    htmlBody: `<p>${escapeHtml(count)}:</p><ul>${items}</ul><p><a href="${escapeHtml(sheetUrl)}">Open the sheet</a></p>`,
  };
}
