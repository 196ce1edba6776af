import { describe, expect, it } from 'vitest';
import {
  customersNow,
  type DuplicateCandidate,
  findDuplicates,
  forKeptOwner,
  leftWithMergedOwner,
  mergeChain,
  mergedWords,
  normalizeName,
  phoneDigits,
  planMerge,
} from '../../src/domain/duplicates';

const customer = (id: string, fields: Partial<DuplicateCandidate>): DuplicateCandidate => ({
  id,
  name: `Company ${id}`,
  email: '',
  phone: '',
  ...fields,
});

describe('normalizeName', () => {
  it.each([
    ['Acme Ltd', 'acme'],
    ['ACME, Ltd.', 'acme'],
    ['Acme Co., Ltd.', 'acme'],
    ['  acme   INC ', 'acme'],
    ['Acme Incorporated', 'acme'],
    ['Acme Corporation', 'acme'],
    ['Acme GmbH', 'acme'],
    ['Acme LLC', 'acme'],
    ['Blue Sky Limited', 'bluesky'],
    ['阿里巴巴集团有限公司', '阿里巴巴'],
    ['华为技术有限公司', '华为技术'],
    ['平安股份有限公司', '平安'],
    ['京东有限责任公司', '京东'],
    ['Acme有限公司', 'acme'],
    ['ＡＣＭＥ　Ｌｔｄ', 'acme'],
  ])('%j → %j', (name, normal) => {
    expect(normalizeName(name)).toBe(normal);
  });

  it('keeps suffix-like words inside a name, and never strips the whole name', () => {
    expect(normalizeName('Co-op Inc Holdings')).toBe('coopincholdings');
    expect(normalizeName('Costco')).toBe('costco');
    expect(normalizeName('Limited')).toBe('limited');
    expect(normalizeName('公司')).toBe('公司');
    expect(normalizeName('')).toBe('');
  });
});

describe('phoneDigits', () => {
  it('keeps only the digits', () => {
    expect(phoneDigits('+86 (138) 0013-8000')).toBe('8613800138000');
    expect(phoneDigits('')).toBe('');
  });
});

describe('findDuplicates', () => {
  it('flags "Acme Ltd" and "ACME, Ltd." as the same name', () => {
    const customers = [
      customer('C-0001', { name: 'Acme Ltd' }),
      customer('C-0002', { name: 'Beta Inc' }),
      customer('C-0003', { name: 'ACME, Ltd.' }),
    ];
    expect(findDuplicates(customers)).toEqual([{ ids: ['C-0001', 'C-0003'], reasons: ['same name'] }]);
  });

  it('matches email ignoring case, and phones by their last 10 digits', () => {
    const customers = [
      customer('C-0001', { email: 'Li@Example.com', phone: '+86 138 0013 8000' }),
      customer('C-0002', { email: 'li@example.com ' }),
      customer('C-0003', { phone: '138-0013-8000' }),
      customer('C-0004', { phone: '010-12345678' }),
      customer('C-0005', { phone: '021-12345678' }),
    ];
    expect(findDuplicates(customers)).toEqual([
      { ids: ['C-0001', 'C-0002'], reasons: ['same email'] },
      { ids: ['C-0001', 'C-0003'], reasons: ['same phone'] },
    ]);
  });

  it('matches a 10-digit number with its country code, and a 7-digit local number, not a 6-digit one', () => {
    const customers = [
      customer('C-0001', { phone: '+1 415 555 0100' }),
      customer('C-0002', { phone: '415-555-0100' }),
      customer('C-0003', { phone: '555 0101' }),
      customer('C-0004', { phone: '5550101' }),
      customer('C-0005', { phone: '55 0102' }),
      customer('C-0006', { phone: '550102' }),
    ];
    expect(findDuplicates(customers)).toEqual([
      { ids: ['C-0001', 'C-0002'], reasons: ['same phone'] },
      { ids: ['C-0003', 'C-0004'], reasons: ['same phone'] },
    ]);
  });

  it('lists a pair once with every reason it shares', () => {
    const customers = [
      customer('C-0001', { name: 'Acme', email: 'a@acme.com', phone: '555 0100 200' }),
      customer('C-0002', { name: 'ACME Inc.', email: 'A@acme.com', phone: '5550100200' }),
    ];
    expect(findDuplicates(customers)).toEqual([
      { ids: ['C-0001', 'C-0002'], reasons: ['same email', 'same phone', 'same name'] },
    ]);
  });

  it('never matches on blank emails, short numbers or empty names', () => {
    const customers = [
      customer('C-0001', { name: '', phone: '123' }),
      customer('C-0002', { name: '', phone: '123' }),
    ];
    expect(findDuplicates(customers)).toEqual([]);
  });

  it('screens 10,000 customers at once', () => {
    const many = Array.from({ length: 10_000 }, (_, i) =>
      customer(`C-${String(i + 1).padStart(5, '0')}`, {
        name: `Firm ${i % 9_990} Ltd`,
        email: `buyer${i}@example.com`,
        phone: `+86 139 ${String(i).padStart(8, '0')}`,
      }),
    );
    const groups = findDuplicates(many);
    expect(groups).toHaveLength(10);
    expect(groups[0]).toEqual({ ids: ['C-00001', 'C-09991'], reasons: ['same name'] });
  });
});

describe('planMerge', () => {
  const link = (id: string, customerId: string) => ({ id, customerId });

  it('moves every ticket, interaction, survey, win-back and open alert of the merged customer, and nothing else', () => {
    const tickets = [
      link('T-00001', 'C-0003'),
      link('T-00002', 'C-0001'),
      link('T-00003', 'C-0003'),
      link('T-00004', 'C-0003'),
    ];
    const interactions = [link('I-000001', 'C-0003'), link('I-000002', 'C-0002')];
    const surveys = [link('S-00001', 'C-0003')];
    const winBacks = [link('W-00001', 'C-0001'), link('W-00002', 'C-0003')];
    const moves = planMerge('C-0001', 'C-0003', {
      Tickets: tickets,
      Interactions: interactions,
      Surveys: surveys,
      'Win-backs': winBacks,
      Alerts: [link('A-00001', 'C-0003')],
    });
    const move = (table: string, id: string) => ({
      table,
      id,
      field: 'customerId',
      from: 'C-0003',
      to: 'C-0001',
    });
    expect(moves).toEqual([
      move('Tickets', 'T-00001'),
      move('Tickets', 'T-00003'),
      move('Tickets', 'T-00004'),
      move('Interactions', 'I-000001'),
      move('Surveys', 'S-00001'),
      move('Win-backs', 'W-00002'),
      move('Alerts', 'A-00001'),
    ]);
  });

  it('refuses to merge a customer into itself', () => {
    expect(() =>
      planMerge('C-0001', 'C-0001', {
        Tickets: [],
        Interactions: [],
        Surveys: [],
        'Win-backs': [],
        Alerts: [],
      }),
    ).toThrow('C-0001 cannot be merged into itself');
  });
});

describe('mergeChain', () => {
  const into = (pairs: Record<string, string>) => (id: string) => pairs[id];

  it('follows each merge to the record merged into none, and words it', () => {
    const chain = mergeChain('C-2', into({ 'C-2': 'C-1', 'C-1': 'C-3', 'C-3': '' }));
    expect(chain).toEqual(['C-2', 'C-1', 'C-3']);
    expect(mergedWords(chain)).toBe('C-2 was merged into C-1, which was merged into C-3');
    expect(mergedWords(['C-2', 'C-1'])).toBe('C-2 was merged into C-1');
  });

  it('stops at a record not found, and where a Merged Into typed by hand loops', () => {
    expect(mergeChain('C-2', into({ 'C-2': 'C-9' }))).toEqual(['C-2', 'C-9']);
    expect(mergeChain('C-2', into({ 'C-2': 'C-1', 'C-1': 'C-2' }))).toEqual(['C-2', 'C-1']);
    expect(mergeChain('C-5', into({ 'C-5': '' }))).toEqual(['C-5']);
  });
});

describe('customersNow', () => {
  it('gives each record the customer its rows count for: itself, or the end of its merge chain', () => {
    const now = customersNow(
      new Map([
        ['C-1', 'C-3'],
        ['C-2', 'C-1'],
        ['C-3', ''],
        ['C-4', 'C-9'],
        ['C-5', 'C-6'],
        ['C-6', 'C-5'],
      ]),
    );
    // C-4 ends at an ID not in Customers, C-5 and C-6 loop: no one's.
    expect(Object.fromEntries(now)).toEqual({ 'C-1': 'C-3', 'C-2': 'C-3', 'C-3': 'C-3' });
  });
});

describe('forKeptOwner', () => {
  const alert = (id: string, kind: string, recordId: string, owner = 'bob@example.com') => ({
    id,
    customerId: 'C-0002',
    kind,
    recordId,
    owner,
  });
  const alerts = [
    alert('A-1', 'At Risk', 'C-0002'),
    alert('A-2', 'Survey Reminder', 'S-0001'),
    alert('A-3', 'SLA Breach', 'T-0001'),
    alert('A-4', 'Follow-up Overdue', 'W-0001'),
    alert('A-5', 'Follow-up Overdue', 'C-0002', 'Amy@Example.com'),
  ];
  const ownRecord = (id: string) => id.startsWith('T-') || id.startsWith('W-');

  it("picks the alerts raised for the customer's owner, not a ticket's or a win-back's", () => {
    const picked = forKeptOwner(alerts, 'C-0002', 'amy@example.com', ownRecord);
    expect(picked.map((a) => a.id)).toEqual(['A-1', 'A-2']);
  });

  it('picks none for a kept record with no owner: an alert must reach someone', () => {
    expect(forKeptOwner(alerts, 'C-0002', '', ownRecord)).toEqual([]);
  });
});

describe('leftWithMergedOwner', () => {
  const alert = (
    id: string,
    kind: string,
    customerId: string,
    recordId: string,
    owner = 'bob@example.com',
  ) => ({
    id,
    customerId,
    kind,
    recordId,
    owner,
  });
  const ids = { keepId: 'C-0001', mergeId: 'C-0002' };
  const owners = { merged: 'Bob@Example.com', kept: 'amy@example.com' };

  it("picks the moved alerts about the duplicate still with the duplicate's owner", () => {
    const alerts = [
      alert('A-1', 'At Risk', 'C-0001', 'C-0002'),
      alert('A-2', 'Follow-up Overdue', 'C-0001', 'C-0002'),
      alert('A-3', 'At Risk', 'C-0001', 'C-0002', 'carol@example.com'),
      alert('A-4', 'At Risk', 'C-0001', 'C-0001'),
      alert('A-5', 'At Risk', 'C-0002', 'C-0002'),
      alert('A-6', 'Bad Data', 'C-0001', 'C-0002'),
    ];
    expect(leftWithMergedOwner(alerts, ids, owners).map((a) => a.id)).toEqual(['A-1', 'A-2']);
  });

  it('picks none when both records have one owner, or the kept record has none', () => {
    const alerts = [alert('A-1', 'At Risk', 'C-0001', 'C-0002')];
    expect(leftWithMergedOwner(alerts, ids, { ...owners, kept: 'bob@example.com' })).toEqual([]);
    expect(leftWithMergedOwner(alerts, ids, { ...owners, kept: '' })).toEqual([]);
  });
});
