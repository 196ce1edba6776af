import { describe, expect, it } from 'vitest';
import { searchCustomers } from '../../sidebar/search';
import type { CustomerPick } from '../../src/api/contract';

const pick = (id: string, name: string, contact = '', email = ''): CustomerPick => [
  id,
  name,
  contact,
  email,
  'Regular',
  'Won',
  'a@example.com',
];
const CUSTOMERS = [
  pick('C-0001', 'Acme Ltd', 'Li Wei', 'li.wei@acme.cn'),
  pick('C-0002', 'Blue Harbor Trading', 'Zhang Min', 'min@blueharbor.cn'),
  pick('C-0003', 'Summit Acme Foods', 'Chen Jing', 'jing@summit.cn'),
  pick('C-0010', '杭州灯笼科技有限公司', '王芳', 'wang@lantern.cn'),
];
const ids = (query: string) => searchCustomers(CUSTOMERS, query).map((c) => c[0]);

describe('customer search', () => {
  it('finds by name, ID, contact or email, ignoring case', () => {
    expect(ids('harbor')).toEqual(['C-0002']);
    expect(ids('c-0003')).toEqual(['C-0003']);
    expect(ids('zhang')).toEqual(['C-0002']);
    expect(ids('LI.WEI@')).toEqual(['C-0001']);
    expect(ids('灯笼')).toEqual(['C-0010']);
  });

  it('puts names starting with the query before names merely containing it', () => {
    expect(ids('acme')).toEqual(['C-0001', 'C-0003']);
  });

  it('needs every word typed, in any field', () => {
    expect(ids('acme chen')).toEqual(['C-0003']);
  });

  it('treats full-width letters as ordinary ones and an empty query as no search', () => {
    expect(ids('ＡＣＭＥ')).toEqual(['C-0001', 'C-0003']);
    expect(ids('   ')).toEqual([]);
  });

  it('an exact ID comes first even when other IDs contain it', () => {
    const many = [pick('C-00011', 'Other'), pick('C-0001', 'Zed')];
    expect(searchCustomers(many, 'C-0001').map((c) => c[0])).toEqual(['C-0001', 'C-00011']);
  });

  it('finds a customer by an ID typed in short, as the ID fields take it', () => {
    expect(ids('c-10')).toEqual(['C-0010']);
    expect(ids('C3')[0]).toBe('C-0003');
    // A number alone may be part of a name or an email too: the customer with that ID comes first.
    expect(ids('2')[0]).toBe('C-0002');
  });

  it('caps the list', () => {
    const lots = Array.from({ length: 50 }, (_, i) => pick(`C-${1000 + i}`, `Acme ${i}`));
    expect(searchCustomers(lots, 'acme')).toHaveLength(8);
  });
});
