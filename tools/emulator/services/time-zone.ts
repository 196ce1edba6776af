/**
 * Offsets of named and custom ("GMT+08:00") time zones, read through Intl, never through the
 * process's own zone. An ID Java does not understand means GMT, as Utilities.formatDate (Java's
 * SimpleDateFormat underneath) does.
 * https://docs.oracle.com/javase/8/docs/api/java/util/TimeZone.html#getTimeZone-java.lang.String-
 */
const CUSTOM_ID = /^GMT([+-])(\d{1,2})(?::?(\d{2}))?$/;
const formatters = new Map<string, Intl.DateTimeFormat | null>();

function formatter(timeZone: string): Intl.DateTimeFormat | null {
  if (!formatters.has(timeZone)) {
    try {
      const options = {
        timeZone,
        hourCycle: 'h23',
        year: 'numeric',
        month: 'numeric',
        day: 'numeric',
      } as const;
      formatters.set(
        timeZone,
        new Intl.DateTimeFormat('en-US', {
          ...options,
          hour: 'numeric',
          minute: 'numeric',
          second: 'numeric',
        }),
      );
    } catch {
      formatters.set(timeZone, null);
    }
  }
  return formatters.get(timeZone) ?? null;
}

function customOffset(timeZone: string): number | undefined {
  const match = CUSTOM_ID.exec(timeZone);
  if (!match) return undefined;
  const minutes = Number(match[2]) * 60 + Number(match[3] ?? 0);
  return match[1] === '-' ? -minutes : minutes;
}

/** Minutes `timeZone` is ahead of UTC at the instant `ms`. */
export function offsetMinutes(ms: number, timeZone: string): number {
  const custom = customOffset(timeZone);
  if (custom !== undefined) return custom;
  const format = formatter(timeZone);
  if (!format) return 0;
  const part = (type: string) => Number(format.formatToParts(ms).find((p) => p.type === type)?.value);
  const wall = Date.UTC(
    part('year'),
    part('month') - 1,
    part('day'),
    part('hour'),
    part('minute'),
    part('second'),
  );
  return Math.round((wall - Math.floor(ms / 1000) * 1000) / 60_000);
}
