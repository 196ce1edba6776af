/** The read-only facts of an opened record (the stamps the server sets), under its sheet headers. */
import type { TableDef } from '../src/sheets/columns';
import { h } from './dom';
import { customerLabel } from './state';
import { showWall } from './wall';

export interface Summary {
  element: HTMLElement;
  show(record: Record<string, unknown>): void;
  hide(): void;
}

export function makeSummary(table: TableDef, keys: readonly string[]): Summary {
  const element = h('dl', { class: 'summary', hidden: true });
  // The customer line shows the name with the ID, so it is not headed "Customer ID" as in the sheet.
  const header = (key: string) =>
    key === 'customerId' ? 'Customer' : (table.columns.find((c) => c.key === key)?.header ?? key);
  const text = (key: string, value: unknown) =>
    key === 'customerId' ? customerLabel(String(value)) : showWall(String(value));
  return {
    element,
    show: (record) => {
      const filled = keys.filter((k) => record[k] !== undefined && record[k] !== '');
      element.replaceChildren(
        ...filled.flatMap((k) => [h('dt', {}, header(k)), h('dd', {}, text(k, record[k]))]),
      );
      element.hidden = false;
    },
    hide: () => {
      element.hidden = true;
      element.replaceChildren();
    },
  };
}
