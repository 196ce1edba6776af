/**
 * The seed leaves about one ticket in twenty open (it makes recent arrivals to give the SLA clock
 * work); a help desk of L's size has 2,000 of 100,000 open. This keeps an even sample of the open
 * tickets (old stragglers and fresh arrivals alike) and closes the rest the way an agent would:
 * acknowledged, resolved, then closed, every stamp in order and before "now".
 * Proposed shared shape: an `openTickets` option in tools/seed/generate.ts would make this file go.
 */

import { SOLUTIONS } from '../seed/pools';
import type { TicketRow } from '../seed/tickets';

const DONE = new Set(['Resolved', 'Closed']);

const ms = (cell: unknown): number | undefined => (cell instanceof Date ? cell.getTime() : undefined);

/** A point `share` of the way from `from` to `to`. */
const between = (from: number, to: number, share: number) => from + Math.round((to - from) * share);

function close(ticket: TicketRow, now: number, n: number): void {
  const submitted = ms(ticket.submitted) ?? now - 1;
  const acknowledged = ms(ticket.acknowledged) ?? between(submitted, now, 0.05);
  const worked = Math.max(acknowledged, ms(ticket.lastUpdate) ?? acknowledged);
  const resolved = between(worked, now, 0.3);
  Object.assign(ticket, {
    status: 'Closed',
    progress: 100,
    acknowledged: new Date(acknowledged),
    lastUpdate: new Date(resolved),
    waitingSince: '',
    resolved: new Date(resolved),
    closed: new Date(between(resolved, now, 0.5)),
    solution: SOLUTIONS[n % SOLUTIONS.length],
  });
}

/** Leaves `open` tickets open (or all, if fewer are); returns how many are open. */
export function keepOpen(tickets: readonly TicketRow[], open: number, now: number): number {
  const candidates = tickets.filter((t) => !DONE.has(String(t.status)));
  if (candidates.length <= open) return candidates.length;
  const stride = candidates.length / open;
  const kept = new Set(Array.from({ length: open }, (_, k) => Math.floor(k * stride)));
  candidates.forEach((ticket, i) => {
    if (!kept.has(i)) close(ticket, now, i);
  });
  return open;
}
