// The talk sheet as plain data: everything the page shows, already in the sheet's language where the
// words come from Rapport (stage names, interventions, emotion labels) and verbatim where they come
// from the consultant. Empty prep fields are null or empty lists; the document decides what to omit.
import type { Locale } from '../../contract/primitives.ts';
import type { GlaslLevel } from '../../domain/mediation/glasl-stages.ts';

export interface TalkSheetPerson {
  name: string;
  role: string | null;
}

export interface TalkSheetDiagnosis {
  stage: number;
  stageName: string;
  level: GlaslLevel;
  /** `diagnosis`: from the prep's questionnaire; `recorded`: the stage recorded on the crisis, not checked in the prep. */
  basis: 'diagnosis' | 'recorded';
  confidence: 'high' | 'medium' | 'low' | null;
  intervention: string;
  why: string;
  /** True when the stage calls for someone who belongs to neither side (stage 3 and up). */
  thirdPartyAdvised: boolean;
}

export interface TalkSheetData {
  lang: Locale;
  today: string;
  agencyName: string | null;
  client: { name: string };
  issue: { kind: 'crisis' | 'misunderstanding'; title: string; occurredOn: string; status: 'open' | 'resolved' };
  /** `held` once the talk was recorded: the sheet then also lists what was agreed. */
  status: 'open' | 'held';
  talk: {
    date: string | null;
    place: string | null;
    ourPeople: string | null;
    theirPeople: TalkSheetPerson[];
    thirdParty: string | null;
  };
  diagnosis: TalkSheetDiagnosis | null;
  /** What lies under the stated reason: the root causes the prep kept, labelled, with the consultant's note. */
  rootCauses: { label: string; note: string | null }[];
  conversations: {
    myStory: string | null;
    theirStory: string | null;
    thirdStory: string | null;
    intent: string | null;
    impact: string | null;
    contribution: string | null;
    ourFeelings: string | null;
    theirFeelings: string[];
    identityUs: string | null;
    identityThem: string | null;
  };
  interests: {
    ourPosition: string | null;
    theirPosition: string | null;
    ourInterests: string | null;
    theirInterests: string | null;
    ourBatna: string | null;
    theirBatna: string | null;
    tkIntended: string | null;
    tkExpected: string | null;
  };
  speaking: {
    opening: string | null;
    /** Each statement said in one go: observation, feeling, need, request. */
    statements: string[];
    questions: string[];
  };
  sought: {
    success: string | null;
    options: string[];
    criteria: string[];
    offers: string[];
    /** What was agreed in the talk (a held prep only). */
    agreed: { what: string; who: string | null; byWhen: string | null; done: boolean }[];
  };
}
