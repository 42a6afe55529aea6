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
    const took = (el: Element | null) => {
      if (!(el instanceof HTMLElement) || !el.isConnected) return false;
      el.focus({ preventScroll: true });
      return document.activeElement === el;
    };
    const rescue = () => {
      if (!focusHasNoHome()) return;
      // The element itself when it can take the focus (a disabled or hidden one cannot).
      if (took(lastInPage)) return;
      if (lastZone && zones.has(lastZone) && lastZone.root()?.isConnected && lastZone.rescue()) return;
      pageContent()?.focus({ preventScroll: true });
    };
    // A button that went disabled while its work runs took the focus with it (a dialog's save,
    // "Orang berbeda"): wait (up to ~12 s) for it to come back, then give it the focus again, or
    // for it to go away with its dialog or its card, then rescue. One still there and enabled lost
    // the focus to a click on empty space: left as the browser has it.
    const settle = (lost: Element, tries: number, wentDisabled: boolean) => {
      pending = window.setTimeout(() => {
        if (!focusHasNoHome()) return;
        if (!lost.isConnected) return rescue();
        if (lost.matches(':disabled')) {
          if (tries < 200) settle(lost, tries + 1, true);
          return;
        }
        if (wentDisabled && !took(lost)) rescue();
      }, 60);
    };
    const onFocusOut = (event: FocusEvent) => {
      const lost = event.target;
      if (!(lost instanceof Element) || event.relatedTarget !== null) return;
      window.clearTimeout(pending);
      // After a dialog's own return of the focus (Mantine's runs 10 ms after it closes). A button
      // disabled as it starts its work has lost the focus to that, not to a click elsewhere.
      settle(lost, 0, lost.matches(':disabled'));
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
