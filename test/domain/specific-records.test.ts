import { describe, expect, it } from 'vitest';
import {
  type CareTouch,
  careShare,
  careShares,
  specificRecordSettings,
  vagueDetails,
} from '../../src/domain/specific-records';
import { defaultsOf, shanghai, shanghaiWall } from './section-defaults';

const { vaguePhrases, careGoal } = defaultsOf(specificRecordSettings);

describe('record settings', () => {
  it('list the vague phrases of both languages and a 30% care goal', () => {
    expect(vaguePhrases).toEqual([
      'contacted',
      'handled',
      'followed up',
      'called',
      'emailed',
      'done',
      'ok',
      '已沟通',
      '已处理',
      '已联系',
      '已跟进',
      '处理了',
    ]);
    expect(careGoal).toBe(0.3);
  });

  it('split a list on Chinese commas too', () => {
    const phrases = specificRecordSettings.defs[0]!.parse('已沟通，已处理、 done') as string[];
    expect(phrases).toEqual(['已沟通', '已处理', 'done']);
  });
});

describe('vague details', () => {
  it.each([
    'contacted',
    'Contacted.',
    '  CONTACTED!! ',
    'handled it',
    'Followed-up with the customer',
    'called, emailed',
    'Called 2026-11-20',
    'done 11/20 14:00',
    'ok',
    '已沟通',
    '已沟通。',
    '已经处理了',
    '11月20日 已联系客户',
    '已跟进',
    '已经沟通了',
    '已经跟进和已经联系客户',
    '已沟通并处理了',
    'Called and emailed',
  ])('%j is only a vague phrase', (details) => {
    expect(vagueDetails(details, vaguePhrases)).toBe(true);
  });

  it.each([
    'Called Li Wei about renewal; agreed a demo on Friday',
    'Recalled the order',
    'Customer asked for a discount',
    '已沟通续约价格，周五演示',
    'ok with the 5% price rise',
    '已经沟通了价格，下周签约',
    'Called and agreed a demo on Friday',
    '',
  ])('%j is specific (or empty, which the required check handles)', (details) => {
    expect(vagueDetails(details, vaguePhrases)).toBe(false);
  });

  it('uses the phrases given, and none when the list is empty', () => {
    expect(vagueDetails('touched base', ['touched base'])).toBe(true);
    expect(vagueDetails('已经沟通了', ['沟通'])).toBe(true);
    expect(vagueDetails('已沟通', ['已经沟通'])).toBe(true);
    expect(vagueDetails('contacted', [])).toBe(false);
  });
});

describe('care share', () => {
  const quarterOf = (ms: number) => {
    const wall = shanghaiWall(ms);
    return `${wall.slice(0, 4)}-Q${Math.ceil(Number(wall.slice(5, 7)) / 3)}`;
  };
  const touch = (owner: string, kind: string, when: string): CareTouch => ({
    owner,
    kind,
    when: shanghai(when),
  });
  const touches = [
    touch('li@example.com', 'Care', '2026-03-31T23:30'), // Q1 in Shanghai, already April in the test process's Auckland
    touch('li@example.com', 'Sales', '2026-03-02T10:00'),
    touch('li@example.com', 'Sales', '2026-03-03T10:00'),
    touch('li@example.com', 'Care', '2026-04-01T09:00'),
    touch('li@example.com', 'Support', '2026-04-02T09:00'),
    touch('amy@example.com', 'Sales', '2026-01-05T09:00'),
  ];

  it("counts one owner's Care touches in a quarter of the spreadsheet's calendar", () => {
    const q1 = careShare(touches, 'li@example.com', '2026-Q1', quarterOf, careGoal);
    expect(q1).toEqual({ care: 1, total: 3, share: 1 / 3, goalMet: true });
  });

  it('misses the goal with no touches at all', () => {
    expect(careShare(touches, 'li@example.com', '2025-Q4', quarterOf, careGoal)).toEqual({
      care: 0,
      total: 0,
      share: 0,
      goalMet: false,
    });
  });

  it('lists every owner and quarter, by owner then quarter', () => {
    expect(careShares(touches, quarterOf, careGoal)).toEqual([
      { owner: 'amy@example.com', quarter: '2026-Q1', care: 0, total: 1, share: 0, goalMet: false },
      { owner: 'li@example.com', quarter: '2026-Q1', care: 1, total: 3, share: 1 / 3, goalMet: true },
      { owner: 'li@example.com', quarter: '2026-Q2', care: 1, total: 2, share: 0.5, goalMet: true },
    ]);
  });
});
