// What every section of the workspace shares: the saved prep, the draft body and how to change it, the live
// diagnosis, and the issue (crisis or misunderstanding) the talk is about.
import { createContext, use } from 'react';
import type { Prep } from '../../../../src/contract/mediation.ts';
import type { TimelineEvent } from '../../../../src/contract/events.ts';
import type { GlaslDiagnosis } from '../../../../src/domain/mediation/index.ts';
import type { Locale } from '../../i18n/messages.ts';
import type { Body, SectionKey } from './model.ts';

export interface PrepContextValue {
  prep: Prep;
  body: Body;
  update<K extends SectionKey>(key: K, value: Body[K]): void;
  /** Save every section typed into now. */
  flush(): Promise<void>;
  /** diagnose() over the current answers; null while none is answered (as the engine does). */
  diagnosis: GlaslDiagnosis | null;
  /** The stage to plan for: the live diagnosis, else the crisis's recorded stage. */
  stage: number | null;
  issue: TimelineEvent | undefined;
  /** The language statements are drafted in (the coach's rules); the UI language by default. */
  draftLang: Locale;
  setDraftLang(lang: Locale): void;
  go(section: SectionKey): void;
}

export const PrepContext = createContext<PrepContextValue | null>(null);

export function usePrepContext(): PrepContextValue {
  const value = use(PrepContext);
  if (!value) throw new Error('usePrepContext must be used inside the prep workspace.');
  return value;
}

/** A third party is recommended from Glasl stage 3 on (a moderator at 3, then process consultation, mediation…). */
export const needsThirdParty = (stage: number | null): boolean => stage !== null && stage >= 3;
