/** The sidebar's one aria-live region: errors and saves are read out by screen readers. */
import { byId } from './dom';

export function announce(text: string): void {
  const live = byId('live');
  // Emptying first makes a repeated message (the same error twice) count as a change.
  live.textContent = '';
  requestAnimationFrame(() => {
    live.textContent = text;
  });
}
