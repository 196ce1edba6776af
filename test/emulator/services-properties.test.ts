import { describe, expect, it } from 'vitest';
import { createEmulator } from '../../tools/emulator/index';
import { STORE_FULL, VALUE_TOO_LARGE } from '../../tools/emulator/services/properties';

const documentProperties = () => createEmulator().globals.PropertiesService.getDocumentProperties();

describe('PropertiesService', () => {
  it('sets, gets and deletes one property', () => {
    const props = documentProperties();
    expect(props.getProperty('missing')).toBeNull();
    props.setProperty('a', '1');
    expect(props.getProperty('a')).toBe('1');
    props.deleteProperty('a');
    expect(props.getProperty('a')).toBeNull();
  });

  it('stores every value as a string', () => {
    const props = documentProperties();
    props.setProperty('n', 42).setProperty('flag', true);
    expect(props.getProperties()).toEqual({ n: '42', flag: 'true' });
  });

  it('returns a copy from getProperties, not a live view', () => {
    const props = documentProperties();
    props.setProperty('a', '1');
    const copy = props.getProperties();
    copy.a = 'changed';
    expect(props.getProperty('a')).toBe('1');
  });

  it('sets many at once, optionally deleting all others', () => {
    const props = documentProperties();
    props.setProperties({ a: '1', b: '2' });
    props.setProperties({ c: '3' });
    expect(props.getKeys().sort()).toEqual(['a', 'b', 'c']);
    props.setProperties({ d: '4' }, true);
    expect(props.getProperties()).toEqual({ d: '4' });
    props.deleteAllProperties();
    expect(props.getKeys()).toEqual([]);
  });

  it('keeps the document, script and each user store apart', () => {
    const emu = createEmulator({ activeUser: 'ann@example.com' });
    const service = emu.globals.PropertiesService;
    service.getDocumentProperties().setProperty('k', 'doc');
    service.getScriptProperties().setProperty('k', 'script');
    service.getUserProperties().setProperty('k', 'ann');
    emu.rt.activeUser = 'bob@example.com';
    emu.rt.effectiveUser = 'bob@example.com';
    expect(service.getUserProperties().getProperty('k')).toBeNull();
    expect(service.getDocumentProperties().getProperty('k')).toBe('doc');
    expect(emu.properties.user('ann@example.com').get('k')).toBe('ann');
    expect(emu.properties.script.get('k')).toBe('script');
  });

  it('refuses a value over 9 KB', () => {
    const props = documentProperties();
    props.setProperty('fits', 'x'.repeat(9 * 1024));
    expect(() => props.setProperty('big', 'x'.repeat(9 * 1024 + 1))).toThrow(VALUE_TOO_LARGE);
    expect(() => props.setProperty('big', '€'.repeat(3100))).toThrow(VALUE_TOO_LARGE);
  });

  it('refuses to grow a store past 500 KB, keys included, and changes nothing', () => {
    const props = documentProperties();
    const value = 'x'.repeat(9000);
    const fill = Object.fromEntries(Array.from({ length: 56 }, (_, i) => [`key${i}`, value]));
    props.setProperties(fill);
    expect(() => props.setProperty('one-more', value)).toThrow(STORE_FULL);
    expect(() => props.setProperties({ a: value, b: value })).toThrow(STORE_FULL);
    expect(props.getProperty('a')).toBeNull();
    expect(STORE_FULL).toBe(
      'You have exceeded the property storage quota. Please remove some properties and try again.',
    );
  });
});
