// Mediation prep, the pure part: the Glasl escalation diagnosis and the phrasing coach.
export type { Bilingual } from './bilingual.ts';
export * from './glasl-stages.ts';
export * from './glasl-questions.ts';
export * from './glasl-diagnosis.ts';
export type { FlagKind, PhrasingRule } from './phrasing-rules.ts';
export { RULES_EN } from './phrasing-rules.en.ts';
export { RULES_DE } from './phrasing-rules.de.ts';
export type { Register } from './phrasing-texts.ts';
export * from './phrasing-coach.ts';
