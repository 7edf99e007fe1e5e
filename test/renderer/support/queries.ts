import { within } from '@testing-library/react';

/** The value a description list gives for a label: the first definition next to that term. */
export function definitionFor(container: HTMLElement, label: string): HTMLElement {
  const term = within(container)
    .getAllByRole('term')
    .find((element) => element.textContent === label);
  if (!term?.parentElement) throw new Error(`no term "${label}"`);
  const [value] = within(term.parentElement).getAllByRole('definition');
  if (!value) throw new Error(`no value for "${label}"`);
  return value;
}
