// Saving as the consultant types. The workspace holds the whole body; an edit marks its section dirty and,
// after a short pause, every dirty section goes to `mediation:update` in one call (each section is replaced
// whole). Calls are chained, so they reach the engine in order. Leaving a field, switching sections,
// pressing the lock shortcut and unmounting all save at once, so nothing typed is lost on navigation.
import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useRef, useState } from 'react';
import type { Prep } from '../../../../src/contract/mediation.ts';
import { call, isApiError } from '../../api/client.ts';
import { invalidateClientData, prepKeys, returnToLockScreen } from '../../api/queries.ts';
import { toWire, type Body, type SectionKey } from './model.ts';

/** The pause after the last keystroke before saving. */
export const SAVE_DELAY_MS = 600;

export type SaveState =
  | { status: 'idle' }
  | { status: 'saving' }
  | { status: 'saved'; at: Date }
  | { status: 'error'; error: unknown };

export interface PrepDraft {
  body: Body;
  update<K extends SectionKey>(key: K, value: Body[K]): void;
  /** Save every dirty section now; resolves when the engine has answered. */
  flush(): Promise<void>;
  save: SaveState;
}

export function usePrepDraft(prep: Prep): PrepDraft {
  const qc = useQueryClient();
  const [body, setBody] = useState<Body>(prep.body);
  const [save, setSave] = useState<SaveState>({ status: 'idle' });
  const bodyRef = useRef<Body>(prep.body);
  const dirty = useRef(new Set<SectionKey>());
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const chain = useRef<Promise<void>>(Promise.resolve());
  const mounted = useRef(true);
  const id = prep.id;
  const clientId = prep.clientId;

  const flush = useCallback((): Promise<void> => {
    if (timer.current !== null) {
      clearTimeout(timer.current);
      timer.current = null;
    }
    if (dirty.current.size === 0) return chain.current;
    chain.current = chain.current.then(async () => {
      const sectionKeys = [...dirty.current];
      dirty.current.clear();
      if (sectionKeys.length === 0) return;
      const sections = Object.fromEntries(sectionKeys.map((k) => [k, toWire(k, bodyRef.current[k])]));
      // The contract gives `rootCauses` a default of [] even when the section is left out of an update, so
      // an update without it would empty the root causes: they always travel along.
      sections.rootCauses = bodyRef.current.rootCauses;
      try {
        const saved = await call('mediation:update', { id, sections });
        // The cache learns the saved state (header badges, the list); the draft on screen stays as typed.
        qc.setQueryData(prepKeys.detail(id), saved);
        void qc.invalidateQueries({ queryKey: ['mediation', 'list'] });
        // The engine records a diagnosed stage on the crisis: the timeline and the lists show it.
        if (sectionKeys.includes('diagnosis')) void invalidateClientData(qc, clientId);
        if (mounted.current) setSave(dirty.current.size > 0 ? { status: 'saving' } : { status: 'saved', at: new Date() });
      } catch (error) {
        // Kept dirty: the next edit, or "try again", sends them once more.
        for (const k of sectionKeys) dirty.current.add(k);
        if (isApiError(error) && error.code === 'LOCKED') returnToLockScreen(qc);
        if (mounted.current) setSave({ status: 'error', error });
      }
    });
    return chain.current;
  }, [id, clientId, qc]);

  const update = useCallback(<K extends SectionKey>(key: K, value: Body[K]) => {
    bodyRef.current = { ...bodyRef.current, [key]: value };
    setBody(bodyRef.current);
    dirty.current.add(key);
    setSave({ status: 'saving' });
    if (timer.current !== null) clearTimeout(timer.current);
    timer.current = setTimeout(() => void flush(), SAVE_DELAY_MS);
  }, [flush]);

  useEffect(() => {
    mounted.current = true;
    // Ctrl/⌘+L locks the ledger at once: what was typed goes out first (the engine answers calls in order).
    const onKey = (e: KeyboardEvent) => {
      if ((e.ctrlKey || e.metaKey) && e.key.toLowerCase() === 'l') void flush();
    };
    document.addEventListener('keydown', onKey, true);
    return () => {
      document.removeEventListener('keydown', onKey, true);
      mounted.current = false;
      void flush();
    };
  }, [flush]);

  return { body, update, flush, save };
}
