// Single-key shortcuts (n, /, j, k, Enter, ?): they never fire while someone types in a field, holds a
// modifier (mod+… belongs to the frame), or has a dialog open.
import { useEffect, useRef } from 'react';

export type PlainKeyHandler = (event: KeyboardEvent) => void;

const EDITABLE = new Set(['INPUT', 'TEXTAREA', 'SELECT']);

/** True when a key press is text being typed, a modifier combination, or meant for an open dialog. */
export function isTypingOrModal(event: KeyboardEvent): boolean {
  if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey || event.isComposing) return true;
  const target = event.target;
  if (target instanceof HTMLElement) {
    if (EDITABLE.has(target.tagName) || target.isContentEditable) return true;
    if (target.closest('[role="dialog"], [role="listbox"], [role="menu"]')) return true;
  }
  return document.querySelector('[role="dialog"][aria-modal="true"]') !== null;
}

/**
 * Listen for single keys on the whole document. `handlers` maps `event.key` ('n', '/', 'j', 'Enter', '?')
 * to a handler; a handler that returns `false` lets the key through (no preventDefault).
 */
export function usePlainKeys(handlers: Record<string, (event: KeyboardEvent) => boolean | void>, enabled = true): void {
  const ref = useRef(handlers);
  useEffect(() => {
    ref.current = handlers;
  });
  useEffect(() => {
    if (!enabled) return undefined;
    const onKeyDown = (event: KeyboardEvent) => {
      if (isTypingOrModal(event)) return;
      const handler = ref.current[event.key];
      if (!handler) return;
      if (handler(event) !== false) event.preventDefault();
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [enabled]);
}
