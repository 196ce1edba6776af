/**
 * The sidebar's views behind a row of buttons: one view shows at a time, its button is marked
 * current, and focus moves to its heading so keyboard and screen-reader users land in it.
 */
import { byId, h } from './dom';

export type Show = (root: HTMLElement) => void;

export function mountViews(views: ReadonlyArray<[label: string, root: HTMLElement]>): Show {
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
  };
  byId('nav').replaceChildren(...tabs);
  byId('main').replaceChildren(...views.map(([, root]) => root));
  return show;
}
