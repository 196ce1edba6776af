/**
 * Lead score 0-100 from size, need fit and urgency; 80 or more marks Key follow-up (DOMAIN.md,
 * "Customer record"). Each part scores 0-100 and the score is their weighted mean:
 *
 *   size     '1-10' 20, '11-50' 40, '51-200' 60, '201-1000' 80, '1000+' 100, blank 0
 *   need fit Need Type filled 40 + Need Keywords filled 30 + Priority (High 30, Medium 15, Low 0)
 *   urgency  Expected Start within the soon window (or already past) 70, within three windows 40,
 *            later 10, blank 0; + 30 when Priority is High
 *   score    round((w_size·size + w_fit·fit + w_urgency·urgency) / (w_size + w_fit + w_urgency))
 *
 * Weights, the soon window and the threshold are settings; the band points are the formula.
 * README.md ("Lead score") says the same for the people who tune the weights.
 */
import { type Section, setting, wholeNumber } from './setting-parsers';
import { DAY_MS, wallMsFromInstant } from './zone';

export interface LeadSettings {
  readonly weights: { readonly size: number; readonly needFit: number; readonly urgency: number };
  readonly soonDays: number;
  readonly keyFollowUpAt: number;
}

const NAMES = {
  size: 'Lead score weight: size',
  needFit: 'Lead score weight: need fit',
  urgency: 'Lead score weight: urgency',
  soon: 'Lead score soon start within (days)',
  key: 'Lead score key follow-up at',
} as const;

const weight = (name: string, dflt: string, what: string) =>
  setting(
    name,
    dflt,
    `How much ${what} counts in the lead score (weights need not add up to 100).`,
    wholeNumber(0, 100, 'points'),
  );

export const leadSettings: Section<LeadSettings> = {
  defs: [
    weight(NAMES.size, '30', 'company size'),
    weight(NAMES.needFit, '40', 'a clear, classified need'),
    weight(NAMES.urgency, '30', 'an early Expected Start and High priority'),
    setting(
      NAMES.soon,
      '30',
      'An Expected Start within this many days is urgent.',
      wholeNumber(1, 365, 'days'),
    ),
    setting(
      NAMES.key,
      '80',
      "A lead (Potential, Intent, or no Status yet) scoring this or more is listed under Key leads in its owner's My queue.",
      wholeNumber(1, 100, 'points'),
    ),
  ],
  build: (r) => ({
    weights: {
      size: r.one<number>(NAMES.size),
      needFit: r.one<number>(NAMES.needFit),
      urgency: r.one<number>(NAMES.urgency),
    },
    soonDays: r.one<number>(NAMES.soon),
    keyFollowUpAt: r.one<number>(NAMES.key),
  }),
};

export interface Lead {
  readonly size: string;
  readonly needType: string;
  readonly needKeywords: string;
  readonly priority: string;
  /** Epoch ms of the Expected Start day, or null when blank. */
  readonly expectedStart: number | null;
}

export interface LeadScore {
  readonly score: number;
  readonly keyFollowUp: boolean;
  /** Each part 0-100, for the form to show why. */
  readonly parts: { readonly size: number; readonly needFit: number; readonly urgency: number };
}

const SIZE_POINTS: Readonly<Record<string, number>> = {
  '1-10': 20,
  '11-50': 40,
  '51-200': 60,
  '201-1000': 80,
  '1000+': 100,
};
const PRIORITY_FIT: Readonly<Record<string, number>> = { High: 30, Medium: 15, Low: 0 };

const needFit = (lead: Lead) =>
  (lead.needType ? 40 : 0) + (lead.needKeywords.trim() ? 30 : 0) + (PRIORITY_FIT[lead.priority] ?? 0);

const dayOf = (ms: number, timeZone: string) => Math.floor(wallMsFromInstant(ms, timeZone) / DAY_MS);

/**
 * Days from today to the start, on the spreadsheet's calendar: a change of the clocks in between
 * moves no start into another band. A start already past still counts as soon: the customer is
 * ready now.
 */
function startPoints(expectedStart: number | null, soonDays: number, now: number, timeZone: string): number {
  if (expectedStart === null) return 0;
  const days = dayOf(expectedStart, timeZone) - dayOf(now, timeZone);
  return days <= soonDays ? 70 : days <= 3 * soonDays ? 40 : 10;
}

/** `timeZone`: the spreadsheet's, whose calendar days the Expected Start is counted in. */
export function leadScore(lead: Lead, settings: LeadSettings, now: number, timeZone: string): LeadScore {
  const start = startPoints(lead.expectedStart, settings.soonDays, now, timeZone);
  const parts = {
    size: SIZE_POINTS[lead.size] ?? 0,
    needFit: needFit(lead),
    urgency: start + (lead.priority === 'High' ? 30 : 0),
  };
  const w = settings.weights;
  const total = w.size + w.needFit + w.urgency;
  const score =
    total === 0
      ? 0
      : Math.round((w.size * parts.size + w.needFit * parts.needFit + w.urgency * parts.urgency) / total);
  return { score, keyFollowUp: score >= settings.keyFollowUpAt, parts };
}
