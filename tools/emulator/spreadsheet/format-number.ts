/**
 * Number patterns as Sheets reads them: sections for positive;negative;zero;text, digit
 * placeholders 0 and #, ',' grouping, '.', '%', quoted and escaped literals, [$€] currency tags.
 * Scientific notation and fractions are not emulated.
 * https://developers.google.com/sheets/api/guides/formats#number_format_tokens
 */

/** Splits on ';' outside quotes. */
export function sections(pattern: string): string[] {
  const out = [''];
  let quoted = false;
  for (let i = 0; i < pattern.length; i++) {
    const ch = pattern[i]!;
    if (ch === '"') quoted = !quoted;
    if (ch === ';' && !quoted) out.push('');
    else out[out.length - 1] += ch === '\\' ? ch + (pattern[++i] ?? '') : ch;
  }
  return out;
}

interface Parsed {
  prefix: string;
  suffix: string;
  intZeros: number;
  decimals: number;
  decimalZeros: number;
  grouping: boolean;
  percent: boolean;
}

const PLACEHOLDER = /[0#?]/;

function parse(section: string): Parsed {
  const parsed: Parsed = {
    prefix: '',
    suffix: '',
    intZeros: 0,
    decimals: 0,
    decimalZeros: 0,
    grouping: false,
    percent: false,
  };
  let where: 'prefix' | 'int' | 'fraction' | 'suffix' = 'prefix';
  for (let i = 0; i < section.length; i++) {
    const ch = section[i]!;
    const literal = literalAt(section, i);
    if (literal) {
      i += literal.length - 1;
      if (where === 'int' || where === 'fraction') where = 'suffix';
      parsed[where === 'prefix' ? 'prefix' : 'suffix'] += literal.text;
      continue;
    }
    if (PLACEHOLDER.test(ch) && where !== 'suffix') {
      if (where === 'prefix') where = 'int';
      if (where === 'int' && ch === '0') parsed.intZeros++;
      if (where === 'fraction') {
        parsed.decimals++;
        if (ch === '0') parsed.decimalZeros++;
      }
    } else if (ch === '.' && (where === 'int' || where === 'prefix')) where = 'fraction';
    else if (ch === ',' && where === 'int') parsed.grouping = true;
    else {
      if (ch === '%') parsed.percent = true;
      if (where === 'int' || where === 'fraction') where = 'suffix';
      parsed[where === 'prefix' ? 'prefix' : 'suffix'] += ch;
    }
  }
  return parsed;
}

/** A quoted string, an escaped character or a [..] tag at position i, with its source length. */
function literalAt(section: string, i: number): { text: string; length: number } | undefined {
  const rest = section.slice(i);
  const quoted = /^"([^"]*)"/.exec(rest);
  if (quoted) return { text: quoted[1]!, length: quoted[0].length };
  if (rest[0] === '\\') return { text: rest[1] ?? '', length: 2 };
  const tag = /^\[([^\]]*)\]/.exec(rest);
  if (tag) return { text: /^\$/.test(tag[1]!) ? tag[1]!.slice(1).split('-')[0]! : '', length: tag[0].length };
  return undefined;
}

const parsedSections = new Map<string, Parsed[]>();

function parsedOf(pattern: string): Parsed[] {
  let parsed = parsedSections.get(pattern);
  if (!parsed) {
    parsed = sections(pattern).map(parse);
    parsedSections.set(pattern, parsed);
  }
  return parsed;
}

export function formatNumber(value: number, pattern: string): string {
  const parts = parsedOf(pattern);
  const negative = value < 0;
  let section = parts[0]!;
  let signed = negative;
  if (negative && parts.length > 1) {
    section = parts[1]!;
    signed = false;
  } else if (value === 0 && parts.length > 2) section = parts[2]!;
  const body = render(Math.abs(value), section);
  return signed && /[1-9]/.test(body) ? `-${body}` : body;
}

function render(value: number, p: Parsed): string {
  const scaled = p.percent ? value * 100 : value;
  const fixed = scaled.toFixed(p.decimals);
  const [intPart = '0', fraction = ''] = fixed.split('.');
  let digits = intPart.replace(/^0+/, '').padStart(p.intZeros, '0');
  if (p.grouping) digits = digits.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  const kept = fraction.replace(/0+$/, '').padEnd(p.decimalZeros, '0');
  return p.prefix + digits + (kept ? `.${kept}` : '') + p.suffix;
}

/** Sheets' automatic format: integers as they are, others to 10 significant digits. */
export function formatGeneral(value: number): string {
  if (Number.isInteger(value) && Math.abs(value) < 1e15) return String(value);
  return String(Number(value.toPrecision(10)));
}
