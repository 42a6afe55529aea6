import { useEffect } from 'react';

// When the element with the keyboard's focus goes away (a dialog closes and the button that
// opened it was drawn again meanwhile, a saved record's row was redrawn, a page changed), the
// browser leaves the focus on the document's body: the next Tab starts again at the sidebar's
// top and the page's keys reach nothing (walk 33). The focus goes back to where the user was
// on the page instead: the same element if it is still there, else the zone it was in (a
// register grid puts it on its row again), else the page's content.

/** A part of the page that can take the focus back in its own way (a grid: its last row). */
export interface FocusZone {
  root: () => HTMLElement | null;
  /** Puts the focus back; false when it cannot (nothing to focus). */
  rescue: () => boolean;
}

const zones = new Set<FocusZone>();

/** Registers a zone while it is mounted (the register grid). */
export function useFocusZone(zone: FocusZone) {
  useEffect(() => {
    zones.add(zone);
    return () => {
      zones.delete(zone);
    };
  }, [zone]);
}

const pageContent = () => document.getElementById('page-content');
const focusHasNoHome = () => document.activeElement === null || document.activeElement === document.body;

/** Installed once by the layout. */
export function useFocusRescue() {
  useEffect(() => {
    let lastInPage: Element | null = null;
    let lastZone: FocusZone | null = null;
    let pending = -1;
    const onFocusIn = (event: FocusEvent) => {
      const target = event.target;
      if (!(target instanceof Element) || !pageContent()?.contains(target) || target.closest('[role="dialog"]')) return;
      lastInPage = target;
      lastZone = [...zones].find((zone) => zone.root()?.contains(target)) ?? null;
    };
    const rescue = () => {
      if (!focusHasNoHome()) return;
      if (lastInPage instanceof HTMLElement && lastInPage.isConnected) return lastInPage.focus({ preventScroll: true });
      if (lastZone && zones.has(lastZone) && lastZone.root()?.isConnected && lastZone.rescue()) return;
      pageContent()?.focus({ preventScroll: true });
    };
    // A dialog's button that went disabled while it saves took the focus with it: wait (up to
    // ~12 s) for the dialog to close, or for the button to come back (a refused save).
    const settle = (lost: Element, tries: number) => {
      pending = window.setTimeout(() => {
        if (!focusHasNoHome()) return;
        if (!lost.isConnected) return rescue();
        if (lost.closest('[role="dialog"]')) {
          if (!lost.matches(':disabled')) return lost instanceof HTMLElement ? lost.focus({ preventScroll: true }) : undefined;
          if (tries < 200) settle(lost, tries + 1);
          return;
        }
        // A page's element that went disabled; one still there lost the focus to a click on empty space: left as the browser has it.
        if (lost.matches(':disabled')) rescue();
      }, 60);
    };
    const onFocusOut = (event: FocusEvent) => {
      const lost = event.target;
      if (!(lost instanceof Element) || event.relatedTarget !== null) return;
      window.clearTimeout(pending);
      // After a dialog's own return of the focus (Mantine's runs 10 ms after it closes).
      settle(lost, 0);
    };
    document.addEventListener('focusin', onFocusIn, true);
    document.addEventListener('focusout', onFocusOut, true);
    return () => {
      window.clearTimeout(pending);
      document.removeEventListener('focusin', onFocusIn, true);
      document.removeEventListener('focusout', onFocusOut, true);
    };
  }, []);
}
