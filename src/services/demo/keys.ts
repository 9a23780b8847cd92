// The keys of the reference lists the first migration seeds (emotions, motivators, root causes).
// The demo uses only these, so it fits every fresh ledger.
export const EMOTION_KEYS = [
  'happy', 'pleased',
  'trusting', 'valued', 'cared_for', 'focused', 'safe',
  'interested', 'energetic', 'stimulated', 'exploratory', 'indulgent',
  'irritated', 'hurried', 'neglected', 'unhappy', 'unsatisfied', 'stressed', 'disappointed', 'frustrated',
] as const;
export type EmotionKey = (typeof EMOTION_KEYS)[number];

export const MOTIVATOR_KEYS = [
  'stand_out', 'confidence_future', 'well_being', 'freedom', 'thrill',
  'belonging', 'environment', 'be_who_i_want', 'secure', 'succeed',
] as const;
export type MotivatorKey = (typeof MOTIVATOR_KEYS)[number];

export const ROOT_CAUSE_KEYS = [
  'price_pretext', 'insufficient_care', 'too_little_attention', 'no_willingness_to_talk',
  'careless_remarks', 'unresolved_misunderstandings', 'old_patterns',
] as const;
export type RootCauseKey = (typeof ROOT_CAUSE_KEYS)[number];
