// Anniversary reminder: the next anniversary of the relationship's start ("7 years together") when it
// falls within the lead days (today included). A start on 29 February has its anniversary on 1 March in
// common years (dates.ts: anniversaryOn).
import { anniversaryOn, daysBetween, fullYears } from '../dates.ts';
import type { ClientFacts } from '../inputs.ts';
import type { AnniversaryReminder } from './types.ts';

export function anniversaryReminder(
  client: Pick<ClientFacts, 'since'>,
  today: string,
  leadDays: number,
): AnniversaryReminder | null {
  const since = client.since.slice(0, 10);
  if (since > today) return null;
  const done = fullYears(since, today);
  const years = done >= 1 && anniversaryOn(since, done) === today ? done : done + 1;
  const on = anniversaryOn(since, years);
  const inDays = daysBetween(today, on);
  if (inDays < 0 || inDays > leadDays) return null;
  const yEn = years === 1 ? '1 year' : `${years} years`;
  const yDe = years === 1 ? '1 Jahr' : `${years} Jahre`;
  const sentence =
    inDays === 0
      ? { en: `${yEn} together today.`, de: `Heute ${yDe} zusammen.` }
      : {
          en: `${yEn} together on ${on}, in ${inDays === 1 ? '1 day' : `${inDays} days`}.`,
          de: `${yDe} zusammen am ${on}, in ${inDays === 1 ? '1 Tag' : `${inDays} Tagen`}.`,
        };
  return { kind: 'anniversary', on, inDays, years, sentence };
}
