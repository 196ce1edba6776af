import { describe, expect, it } from 'vitest';
import { type Lead, leadScore, leadSettings } from '../../src/domain/lead-score';
import { defaultsOf, shanghai } from './section-defaults';

const settings = defaultsOf(leadSettings);
const NOW = shanghai('2026-11-23T12:00');
const SHANGHAI = 'Asia/Shanghai';

const lead = (fields: Partial<Lead>): Lead => ({
  size: '',
  needType: '',
  needKeywords: '',
  priority: '',
  expectedStart: null,
  ...fields,
});
const strong = lead({
  size: '51-200',
  needType: 'Technical Consulting',
  needKeywords: 'ERP, migration',
  priority: 'High',
  expectedStart: shanghai('2026-12-07'),
});

describe('lead score settings', () => {
  it('weigh size 30, need fit 40, urgency 30, and mark Key follow-up at 80', () => {
    expect(settings).toEqual({
      weights: { size: 30, needFit: 40, urgency: 30 },
      soonDays: 30,
      keyFollowUpAt: 80,
    });
    expect(leadSettings.defs.every((d) => d.name.startsWith('Lead score'))).toBe(true);
  });
});

describe('lead score', () => {
  it('is 0 for an empty record', () => {
    expect(leadScore(lead({}), settings, NOW, SHANGHAI)).toEqual({
      score: 0,
      keyFollowUp: false,
      parts: { size: 0, needFit: 0, urgency: 0 },
    });
  });

  it('marks a mid-size, well-classified, urgent lead for Key follow-up', () => {
    // (30·60 + 40·100 + 30·100) / 100 = 88
    expect(leadScore(strong, settings, NOW, SHANGHAI)).toEqual({
      score: 88,
      keyFollowUp: true,
      parts: { size: 60, needFit: 100, urgency: 100 },
    });
  });

  it('scores size by band', () => {
    const sizes = ['1-10', '11-50', '51-200', '201-1000', '1000+'];
    expect(sizes.map((size) => leadScore(lead({ size }), settings, NOW, SHANGHAI).parts.size)).toEqual([
      20, 40, 60, 80, 100,
    ]);
  });

  it('scores need fit from type, keywords and priority', () => {
    const needFit = (fields: Partial<Lead>) => leadScore(lead(fields), settings, NOW, SHANGHAI).parts.needFit;
    expect(needFit({ needType: 'Product Purchase' })).toBe(40);
    expect(needFit({ needKeywords: '  ' })).toBe(0);
    expect(needFit({ needKeywords: 'CRM', priority: 'Medium' })).toBe(45);
    expect(needFit({ priority: 'Low' })).toBe(0);
  });

  it('scores urgency from Expected Start (a past one counts as soon) and High priority', () => {
    const urgency = (expectedStart: string) =>
      leadScore(lead({ expectedStart: shanghai(expectedStart) }), settings, NOW, SHANGHAI).parts.urgency;
    expect(urgency('2026-11-01')).toBe(70);
    expect(urgency('2026-12-20')).toBe(70);
    expect(urgency('2027-02-01')).toBe(40);
    expect(urgency('2027-06-01')).toBe(10);
    expect(leadScore(lead({ priority: 'High' }), settings, NOW, SHANGHAI).parts.urgency).toBe(30);
  });

  it('uses the weights from Settings, scaled by their sum', () => {
    const sizeOnly = { ...settings, weights: { size: 1, needFit: 0, urgency: 0 } };
    expect(leadScore(strong, sizeOnly, NOW, SHANGHAI).score).toBe(60);
    expect(
      leadScore(strong, { ...settings, weights: { size: 0, needFit: 0, urgency: 0 } }, NOW, SHANGHAI).score,
    ).toBe(0);
  });

  it('honours a changed threshold', () => {
    expect(leadScore(strong, { ...settings, keyFollowUpAt: 90 }, NOW, SHANGHAI).keyFollowUp).toBe(false);
  });

  it('marks a lead scoring exactly the threshold for Key follow-up ("80 or more")', () => {
    expect(leadScore(strong, { ...settings, keyFollowUpAt: 88 }, NOW, SHANGHAI).keyFollowUp).toBe(true);
    expect(leadScore(strong, { ...settings, keyFollowUpAt: 89 }, NOW, SHANGHAI).keyFollowUp).toBe(false);
  });
});
