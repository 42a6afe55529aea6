import { useEffect } from 'react';

// The register's keys: "/" or Ctrl+F to the quick search, Ctrl+N for a new record. Off while a
// dialog of the register is open (the dialog has its own keys).

export function useRegisterKeys({ enabled, onNew, onSearch }: { enabled: boolean; onNew: () => void; onSearch?: () => void }) {
  useEffect(() => {
    if (!enabled) return;
    const onKey = (e: KeyboardEvent) => {
      const target = e.target instanceof HTMLElement ? e.target : null;
      const typing = target?.closest('input, textarea, select, [contenteditable="true"]') != null;
      const ctrl = (e.ctrlKey || e.metaKey) && !e.altKey;
      if (onSearch && ((ctrl && e.key.toLowerCase() === 'f') || (e.key === '/' && !typing && !e.ctrlKey && !e.metaKey && !e.altKey))) {
        e.preventDefault();
        onSearch();
      } else if (ctrl && e.key.toLowerCase() === 'n') {
        e.preventDefault();
        onNew();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [enabled, onNew, onSearch]);
}
