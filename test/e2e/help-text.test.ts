/**
 * A field whose name alone does not say what to put in it, or what choosing it does, says so
 * under it: the staff filling these forms in have no manual beside them.
 */
import { expect, it } from 'vitest';
import { form, openView, useHarness } from './harness';

const h = useHarness();

/** The words a screen reader reads with a field, as a sighted person sees them under it. */
const description = (title: string, label: string) =>
  form(h, title)
    // A required field's label ends with its mark: "Kind *".
    .getByLabel(new RegExp(`^${label}( \\*)?$`))
    .evaluate((el) =>
      (el.getAttribute('aria-describedby') ?? '')
        .split(' ')
        .map((id: string) => el.ownerDocument.getElementById(id)?.textContent ?? '')
        .join(' ')
        .trim(),
    );

const HELPED: Array<[view: string, title: string, label: string, says: RegExp]> = [
  ['New customer', 'New customer', 'Tier', /followed up/],
  ['New customer', 'New customer', 'Need Keywords', /e\.g\./],
  ['Edit customer', 'Edit customer', 'Tier', /followed up/],
  ['Log interaction', 'Log an interaction', 'Kind', /Care: keeping in touch/],
  ['New ticket', 'New ticket', 'Level', /time allowed/],
  ['New ticket', 'New ticket', 'Expected By', /customer expects/],
  ['Update ticket', 'Update ticket', 'Level', /time allowed/],
];

it('says under a field what it means when its name alone does not', async () => {
  const missing: string[] = [];
  for (const [name, title, label, says] of HELPED) {
    await openView(h, name);
    const words = await description(title, label);
    if (!says.test(words)) missing.push(`${title} › ${label}: "${words}"`);
  }
  expect(missing).toEqual([]);
});
