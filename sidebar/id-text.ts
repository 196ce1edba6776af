/** Messages that name records, shown so each ID stays whole. */
import { h } from './dom';
import { ID_IN_TEXT } from './record-id';

/**
 * A text with each record ID it names set apart, so the ID is never broken at its hyphen ("(C-"
 * on one line, "0031)" on the next) in the narrow sidebar: an ID is read and typed whole.
 */
export const idsUnbroken = (text: string): (Node | string)[] =>
  text
    .split(new RegExp(`(${ID_IN_TEXT.source})`))
    .map((part, i) => (i % 2 === 1 ? h('span', { class: 'record-id' }, part) : part))
    .filter((part) => part !== '');

/** Shows a message in `el`, its record IDs each on one line. */
export const showText = (el: HTMLElement, text: string): void => el.replaceChildren(...idsUnbroken(text));
