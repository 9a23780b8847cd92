// The mediation talk sheet: a one- or two-page brief of a prep to take into the talk. Exported like the
// renewal report (the engine renders, the caller's save target says where), so it answers the same shape.
import { z } from 'zod';
import { Id, IsoDate, Locale } from './primitives.ts';

export const TalkSheetRequest = z.strictObject({
  prepId: Id,
  lang: Locale,
  /** The sheet's "made on" day (`YYYY-MM-DD`); default: the dispatcher's clock. For tests and reproducible output. */
  today: IsoDate.optional(),
});
export type TalkSheetRequest = z.input<typeof TalkSheetRequest>;
