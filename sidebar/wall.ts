/** Wall-clock text as people read it: '2026-11-23T17:00' becomes '2026-11-23 17:00'; other text is left as it is. */
const WALL_TIME = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})$/;

export const showWall = (text: string): string => text.replace(WALL_TIME, '$1 $2');

/** An instant as wall-clock text in an IANA time zone: '2026-11-23T17:05'. */
export function wallIn(instantMs: number, timeZone: string): string {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
  }).formatToParts(instantMs);
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? '';
  return `${part('year')}-${part('month')}-${part('day')}T${part('hour')}:${part('minute')}`;
}
