import { describe, expect, it } from 'vitest';
import { type DigestAlert, digests } from '../../src/domain/digest';

const URL = 'https://docs.google.com/spreadsheets/d/x';
const MANAGERS = ['boss@example.com'];
const alert = (over: Partial<DigestAlert>): DigestAlert => ({
  id: 'A-00001',
  kind: 'SLA Breach',
  recordId: 'T-00001',
  message: 'Ticket T-00001 missed its resolution target.',
  due: '',
  owner: 'ann@example.com',
  escalatedTo: 'sup@example.com',
  urgent: false,
  done: false,
  ...over,
});

describe('digests', () => {
  it('sends a done alert whose escalation address is unusable to the Managers, saying whose address to fix', () => {
    const [digest, ...more] = digests(
      [alert({ done: true, escalatedTo: 'sup at example' })],
      true,
      URL,
      MANAGERS,
    );
    expect(more).toEqual([]);
    expect(digest!.to).toBe('boss@example.com');
    expect(digest!.body).toContain(
      '- A-00001 · SLA Breach · T-00001 (already marked Done): Escalated To "sup at example" is not an email address, so this comes to you: Ticket T-00001 missed its resolution target.\n',
    );
    expect(digest!.body).not.toContain('Owner');
  });

  it('cuts a line only past 300 characters', () => {
    const head = 'A-00001 · SLA Breach · T-00001: ';
    const lineOf = (length: number) => {
      const [digest] = digests([alert({ message: 'x'.repeat(length - head.length) })], true, URL, []);
      return digest!.body.split('\n')[2]!.slice(2);
    };
    expect(lineOf(300)).toBe(`${head}${'x'.repeat(300 - head.length)}`);
    expect(lineOf(301)).toBe(`${head}${'x'.repeat(299 - head.length)}…`);
  });
});
