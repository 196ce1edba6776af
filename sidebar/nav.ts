/**
 * The sidebar's views behind a row of buttons: one view shows at a time, its button is marked
 * current, and focus moves to its heading so keyboard and screen-reader users land in it.
 */
import { byId, h } from './dom';

export type Show = (root: HTMLElement) => void;

/** `shown` runs after a view is shown (My queue refreshes if something was saved meanwhile). */
export function mountViews(
  views: ReadonlyArray<[label: string, root: HTMLElement]>,
  shown: (root: HTMLElement) => void = () => {},
): Show {
  const tabs = views.map(([label, root]) => {
    const tab = h('button', { type: 'button', 'aria-controls': root.id }, label);
    tab.addEventListener('click', () => show(root));
    return tab;
  });
  const show: Show = (root) => {
    views.forEach(([, r], i) => {
      r.hidden = r !== root;
      if (r === root) tabs[i]!.setAttribute('aria-current', 'page');
      else tabs[i]!.removeAttribute('aria-current');
    });
    root.querySelector<HTMLElement>('h2')?.focus();
    shown(root);
  };
  byId('nav').replaceChildren(...tabs);
  byId('main').replaceChildren(...views.map(([, root]) => root));
  return show;
}
