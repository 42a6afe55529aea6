import type { KeyboardEvent } from 'react';

// Enter in a searchable Select whose list is open chooses an option and never submits the form
// around it: a clerk typing "Kuta Sel" and pressing Enter means "Kuta Selatan", not "save the
// record without a kecamatan" (which Mantine did: with no option highlighted, Enter went on to
// the form). The highlighted option is Mantine's to choose; with none highlighted, the first
// one listed is chosen; with none listed (still searching, nothing found), nothing happens.
// A closed list leaves Enter to the form, so a filled-in form is still saved from the keyboard.
// Every Select gets it as a default prop (main.tsx's theme).

export function enterChoosesOption(event: KeyboardEvent<HTMLInputElement>): void {
  if (event.key !== 'Enter' || event.nativeEvent.isComposing) return;
  const input = event.currentTarget;
  const listId = input.getAttribute('aria-controls');
  if (!listId) return;
  event.preventDefault();
  if (input.getAttribute('aria-activedescendant')) return;
  document.getElementById(listId)?.querySelector<HTMLElement>('[role="option"]:not([data-combobox-disabled])')?.click();
}
