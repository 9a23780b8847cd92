// The phrasing coach: live, rule-based feedback on what will be said in a difficult conversation.
export { CoachFeedback, CoachedTextarea, FLAG_COLORS, MarkedDraft, useCoach } from './PhrasingCoach.tsx';
export { segmentsOf, type Segment } from './segments.ts';
