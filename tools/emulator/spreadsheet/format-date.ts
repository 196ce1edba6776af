/**
 * Date and time patterns as Sheets reads them (yyyy, mm, dd, hh, ss, am/pm, mmm, dddd …): 'm' is
 * minutes right after an hour or right before a second, else the month.
 * https://developers.google.com/sheets/api/guides/formats#date_and_time_format_patterns
 */
import { DAYS, MONTHS } from '../calendar-names';

type Token = { kind: 'literal'; text: string } | { kind: 'field'; text: string };

const FIELD = /^(y+|m+|d+|h+|s+|am\/pm|a\/p)/i;

export function tokenizeDate(pattern: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < pattern.length) {
    const rest = pattern.slice(i);
    const field = FIELD.exec(rest);
    const quoted = /^"([^"]*)"/.exec(rest);
    const bracket = /^\[([^\]]*)\]/.exec(rest);
    if (field) tokens.push({ kind: 'field', text: field[1]!.toLowerCase() });
    else if (quoted) tokens.push({ kind: 'literal', text: quoted[1]! });
    else if (bracket) tokens.push(bracketToken(bracket[1]!));
    else if (rest[0] === '\\') tokens.push({ kind: 'literal', text: rest[1] ?? '' });
    else tokens.push({ kind: 'literal', text: rest[0]! });
    i += (field ?? quoted ?? bracket)?.[0].length ?? (rest[0] === '\\' ? 2 : 1);
  }
  return tokens;
}

/** [h] (elapsed hours) reads as hours here; colour and locale tags print nothing. */
function bracketToken(inner: string): Token {
  return /^h+$/i.test(inner) ? { kind: 'field', text: inner.toLowerCase() } : { kind: 'literal', text: '' };
}

export function formatWallDate(wall: Date, pattern: string): string {
  const tokens = tokenizeDate(pattern);
  const twelveHour = tokens.some((t) => t.kind === 'field' && t.text.includes('/'));
  const fields = tokens.filter((t) => t.kind === 'field');
  return tokens
    .map((token) => {
      if (token.kind === 'literal') return token.text;
      const at = fields.indexOf(token);
      const minute =
        token.text[0] === 'm' && (fields[at - 1]?.text[0] === 'h' || fields[at + 1]?.text[0] === 's');
      return field(wall, token.text, minute, twelveHour);
    })
    .join('');
}

const pad = (n: number, width: number) => String(n).padStart(width, '0');

function field(wall: Date, text: string, minute: boolean, twelveHour: boolean): string {
  const n = text.length;
  const hours = wall.getUTCHours();
  switch (text[0]) {
    case 'y':
      return n <= 2 ? pad(wall.getUTCFullYear() % 100, 2) : String(wall.getUTCFullYear());
    case 'm':
      if (minute) return pad(wall.getUTCMinutes(), Math.min(n, 2));
      return month(wall.getUTCMonth(), n);
    case 'd':
      if (n >= 3) return n === 3 ? DAYS[wall.getUTCDay()]!.slice(0, 3) : DAYS[wall.getUTCDay()]!;
      return pad(wall.getUTCDate(), n);
    case 'h':
      return pad(twelveHour ? ((hours + 11) % 12) + 1 : hours, Math.min(n, 2));
    case 's':
      return pad(wall.getUTCSeconds(), Math.min(n, 2));
    default:
      return meridiem(hours, text);
  }
}

function month(index: number, n: number): string {
  const name = MONTHS[index]!;
  if (n === 3) return name.slice(0, 3);
  if (n === 4) return name;
  if (n >= 5) return name.slice(0, 1);
  return pad(index + 1, n);
}

function meridiem(hours: number, text: string): string {
  const pm = hours >= 12;
  return text === 'a/p' ? (pm ? 'P' : 'A') : pm ? 'PM' : 'AM';
}
