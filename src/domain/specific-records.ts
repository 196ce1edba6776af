/**
 * Interaction records must be objective and specific, and at least a share of touches should be
 * non-sales care (DOMAIN.md, "Interaction record"). "Contacted" says nothing a colleague can act
 * on, so the sidebar refuses details that are only such a phrase; the Dashboard shows each
 * owner's Care share per quarter against the goal.
 */
import { type Parse, type Section, setting, share } from './setting-parsers';

export interface RecordSettings {
  readonly vaguePhrases: readonly string[];
  /** Care touches should be at least this share of all touches (0-1). */
  readonly careGoal: number;
}

/** Commas of either script, or 、 and semicolons, separate the phrases. */
const phraseList: Parse<string[]> = (v) =>
  v
    .split(/[,，、;；]/)
    .map((p) => p.trim())
    .filter(Boolean);

const NAMES = { phrases: 'Vague interaction phrases', goal: 'Care touches goal' } as const;

export const specificRecordSettings: Section<RecordSettings> = {
  defs: [
    setting(
      NAMES.phrases,
      'contacted, handled, followed up, called, emailed, done, ok, 已沟通, 已处理, 已联系, 已跟进, 处理了',
      'Interaction details saying only one of these (separated by commas) are refused: say what was discussed and agreed.',
      phraseList,
    ),
    setting(NAMES.goal, '30%', 'Share of touches per owner and quarter that should be Care.', share),
  ],
  build: (r) => ({ vaguePhrases: r.one<string[]>(NAMES.phrases), careGoal: r.one<number>(NAMES.goal) }),
};

/**
 * Words that add nothing to a vague phrase: "handled it", "contacted the customer today", "called
 * and emailed". 已经 is read as 已 (fold), so one filler covers both.
 */
const FILLER_WORDS = (
  'a the it them him her we i with and on at customer client already again today yesterday as usual ' +
  '客户 已 今天 昨天 了 和 并'
).split(' ');
const DATES = [
  /\d{4}[-/.]\d{1,2}[-/.]\d{1,2}/g,
  /(\d{4}年)?\d{1,2}月\d{1,2}[日号]?/g,
  /\d{1,2}[-/.]\d{1,2}([-/.]\d{2,4})?/g,
  /\d{1,2}:\d{2}/g,
];
const LATIN = 'a-z0-9\\u00c0-\\u024f';

const literal = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** 已经 and 已 both say "already": a phrase written 已沟通 is also 已经沟通. */
const fold = (text: string) => text.normalize('NFKC').toLowerCase().replaceAll('已经', '已');
/** Punctuation and spacing become single spaces, so "Followed-up." reads as "followed up". */
const words = (text: string) => text.replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

/** Removes whole phrases: 'called' inside 'recalled' is not a vague word. */
const without = (text: string, phrases: readonly string[]) => {
  const sorted = [...phrases].sort((a, b) => b.length - a.length).map(literal);
  const pattern = new RegExp(`(?<![${LATIN}])(${sorted.join('|')})(?![${LATIN}])`, 'g');
  return text.replace(pattern, ' ');
};

/**
 * True when the details say nothing beyond vague phrases, optionally with a date or filler words
 * ("Contacted.", "handled it", "已沟通", "called, emailed 11/20"). Empty details are not vague:
 * the required-field check speaks for them.
 */
export function vagueDetails(details: string, phrases: readonly string[]): boolean {
  const vague = phrases.map((p) => words(fold(p))).filter(Boolean);
  if (vague.length === 0) return false;
  const text = words(DATES.reduce((t, date) => t.replace(date, ' '), fold(details)));
  const rest = without(text, vague);
  return rest !== text && without(rest, FILLER_WORDS).trim() === '';
}

export interface CareTouch {
  /** The customer's Owner: the person answerable for how the relationship is tended. */
  readonly owner: string;
  readonly kind: string;
  readonly when: number;
}

export interface CareShare {
  readonly care: number;
  readonly total: number;
  /** Care / total, 0 when there were no touches. */
  readonly share: number;
  readonly goalMet: boolean;
}

export interface OwnerQuarterCare extends CareShare {
  readonly owner: string;
  readonly quarter: string;
}

/** e.g. `(ms) => periodOf(ms, 'quarter', timeZone)`: '2026-Q1' in the spreadsheet's zone. */
export type QuarterOf = (ms: number) => string;

function tally(touches: readonly CareTouch[], goal: number): CareShare {
  const care = touches.filter((t) => t.kind === 'Care').length;
  const share = touches.length === 0 ? 0 : care / touches.length;
  return { care, total: touches.length, share, goalMet: touches.length > 0 && share >= goal };
}

/** One owner's Care share in one quarter. */
export function careShare(
  touches: readonly CareTouch[],
  owner: string,
  quarter: string,
  quarterOf: QuarterOf,
  goal: number,
): CareShare {
  return tally(
    touches.filter((t) => t.owner === owner && quarterOf(t.when) === quarter),
    goal,
  );
}

/** Every owner and quarter with touches, by owner then quarter (oldest first). */
export function careShares(
  touches: readonly CareTouch[],
  quarterOf: QuarterOf,
  goal: number,
): OwnerQuarterCare[] {
  type Group = { owner: string; quarter: string; touches: CareTouch[] };
  // By owner, then quarter: no key text made for each of 200,000 interactions.
  const byOwner = new Map<string, Map<string, Group>>();
  for (const t of touches) {
    const quarter = quarterOf(t.when);
    const quarters = byOwner.get(t.owner) ?? new Map<string, Group>();
    byOwner.set(t.owner, quarters);
    const group = quarters.get(quarter) ?? { owner: t.owner, quarter, touches: [] };
    quarters.set(quarter, group);
    group.touches.push(t);
  }
  return [...byOwner.values()]
    .flatMap((quarters) => [...quarters.values()])
    .sort((a, b) => a.owner.localeCompare(b.owner) || a.quarter.localeCompare(b.quarter))
    .map((g) => ({ owner: g.owner, quarter: g.quarter, ...tally(g.touches, goal) }));
}

/** What the sidebar and the server say to a vague record: "contacted" alone helps nobody later. */
export const SAY_MORE =
  'Say what was discussed and agreed (for example "Called Li Wei about the renewal; demo booked for Friday"), not just that contact happened.';
