/**
 * Utilities.formatDate's patterns: Java's SimpleDateFormat letters, in English. Letters Apps Script
 * accepts but the emulator does not draw (week fields, zone names) throw rather than guess.
 * https://developers.google.com/apps-script/reference/utilities/utilities#formatDate(Date,String,String)
 * https://docs.oracle.com/javase/8/docs/api/java/text/SimpleDateFormat.html
 */
import { DAYS, MONTHS } from '../calendar-names';
import { javaOffsetMinutes as offsetMinutes } from '../zone';

const NOT_EMULATED = 'YwWFz';

interface Wall {
  /** A Date whose UTC fields are the wall-clock reading. */
  readonly at: Date;
  readonly offset: number;
}

const pad = (n: number, width: number): string => String(n).padStart(width, '0');
const text = (names: string[], index: number, count: number) => {
  const name = names[index]!;
  return count >= 4 ? name : name.slice(0, 3);
};

function dayOfYear(at: Date): number {
  return Math.floor((at.getTime() - Date.UTC(at.getUTCFullYear(), 0, 1)) / 86_400_000) + 1;
}

/** "-0800"; ISO 8601 ("X") says "Z" for zero and has three widths. */
function rfc822(offset: number, separator = ''): string {
  const sign = offset < 0 ? '-' : '+';
  const abs = Math.abs(offset);
  return `${sign}${pad(Math.floor(abs / 60), 2)}${separator}${pad(abs % 60, 2)}`;
}

function iso8601(offset: number, count: number): string {
  if (count > 3) throw new Error(`invalid ISO 8601 format: length=${count}`);
  if (offset === 0) return 'Z';
  if (count === 1) return rfc822(offset).slice(0, 3);
  return rfc822(offset, count === 3 ? ':' : '');
}

const FIELDS: Record<string, (wall: Wall, count: number) => string> = {
  G: () => 'AD',
  y: ({ at }, n) => (n === 2 ? pad(at.getUTCFullYear() % 100, 2) : pad(at.getUTCFullYear(), n)),
  M: ({ at }, n) => (n >= 3 ? text(MONTHS, at.getUTCMonth(), n) : pad(at.getUTCMonth() + 1, n)),
  d: ({ at }, n) => pad(at.getUTCDate(), n),
  D: ({ at }, n) => pad(dayOfYear(at), n),
  E: ({ at }, n) => text(DAYS, at.getUTCDay(), n),
  u: ({ at }, n) => pad(at.getUTCDay() || 7, n),
  a: ({ at }) => (at.getUTCHours() < 12 ? 'AM' : 'PM'),
  H: ({ at }, n) => pad(at.getUTCHours(), n),
  k: ({ at }, n) => pad(at.getUTCHours() || 24, n),
  K: ({ at }, n) => pad(at.getUTCHours() % 12, n),
  h: ({ at }, n) => pad(at.getUTCHours() % 12 || 12, n),
  m: ({ at }, n) => pad(at.getUTCMinutes(), n),
  s: ({ at }, n) => pad(at.getUTCSeconds(), n),
  S: ({ at }, n) => pad(at.getUTCMilliseconds(), n),
  Z: ({ offset }) => rfc822(offset),
  X: ({ offset }, n) => iso8601(offset, n),
};
FIELDS.L = FIELDS.M!;

type Token = { readonly literal: string } | { readonly letter: string; readonly count: number };

/** Quoted text from the quote at `start`: returns the text and where it ends. Inside quotes,
 * two quotes make one. */
function quoted(pattern: string, start: number): { text: string; next: number } {
  let text = '';
  for (let i = start + 1; i < pattern.length; i++) {
    if (pattern[i] !== "'") text += pattern[i];
    else if (pattern[i + 1] === "'") text += pattern[i++];
    else return { text, next: i + 1 };
  }
  throw new Error('Unterminated quote');
}

/** Runs of one letter are fields; 'quoted' text is literal, and '' is a quote. */
function tokenize(pattern: string): Token[] {
  const tokens: Token[] = [];
  for (let i = 0; i < pattern.length; ) {
    const char = pattern[i]!;
    if (char === "'" && pattern[i + 1] === "'") {
      tokens.push({ literal: "'" });
      i += 2;
    } else if (char === "'") {
      const { text, next } = quoted(pattern, i);
      tokens.push({ literal: text });
      i = next;
    } else if (/[A-Za-z]/.test(char)) {
      let end = i;
      while (pattern[end] === char) end++;
      tokens.push({ letter: char, count: end - i });
      i = end;
    } else {
      tokens.push({ literal: char });
      i++;
    }
  }
  return tokens;
}

function field(wall: Wall, letter: string, count: number): string {
  const draw = FIELDS[letter];
  if (draw) return draw(wall, count);
  if (NOT_EMULATED.includes(letter)) throw new Error(`Pattern letter '${letter}' is not emulated.`);
  throw new Error(`Illegal pattern character '${letter}'`);
}

export function formatDate(date: Date, timeZone: string, pattern: string): string {
  const ms = date.getTime();
  const offset = offsetMinutes(ms, timeZone);
  const wall: Wall = { at: new Date(ms + offset * 60_000), offset };
  return tokenize(pattern)
    .map((t) => ('literal' in t ? t.literal : field(wall, t.letter, t.count)))
    .join('');
}
