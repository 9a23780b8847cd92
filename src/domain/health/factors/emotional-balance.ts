// Emotional balance: the net emotional value (nev.ts) pooled over the window (default the last 180 days),
// mapped from −1 … +1 onto 0 … 1:   value = (NEV + 1) / 2   (a balanced client is 0.5).
// The sentence adds the trend: the NEV of the window's recent half against its earlier half. Without
// any recorded emotion in the window the factor counts params.noDataValue (0.4, a little below a
// balanced client's 0.5): nobody looked is not the same as a balanced client, nor a bad one.
import { inWindow } from '../../inputs.ts';
import { pooledNev } from '../../nev.ts';
import { signed, type Bilingual } from '../../text.ts';
import { noDataNote, type FactorAssessment, type FactorContext } from '../factor.ts';

export function emotionalBalanceFactor(ctx: FactorContext): FactorAssessment {
  const w = ctx.params.nevWindowDays;
  const half = Math.floor(w / 2);
  const window = inWindow(ctx.events, ctx.today, w);
  const nev = pooledNev(window, ctx.reference);
  if (nev.value === null) {
    return {
      key: 'emotionalBalance',
      value: ctx.params.noDataValue,
      measure: { amount: null, unit: 'nev' },
      noData: true,
      sentence: {
        en: `No emotions recorded in the last ${w} days; ${noDataNote(ctx.params.noDataValue).en}.`,
        de: `Keine Emotionen in den letzten ${w} Tagen erfasst; ${noDataNote(ctx.params.noDataValue).de}.`,
      },
    };
  }
  const seen = window.filter((e) => pooledNev([e], ctx.reference).emotions > 0).length;
  const recent = pooledNev(inWindow(ctx.events, ctx.today, half), ctx.reference).value;
  const earlier = pooledNev(inWindow(ctx.events, ctx.today, w, half), ctx.reference).value;
  let trend: Bilingual = { en: '', de: '' };
  if (recent !== null && earlier !== null) {
    const change = recent - earlier;
    const word =
      Math.abs(change) < ctx.params.nevTrendMinChange
        ? { en: 'steady', de: 'gleichbleibend' }
        : change > 0
          ? { en: 'rising', de: 'steigend' }
          : { en: 'falling', de: 'fallend' };
    trend = {
      en: `; ${word.en}: ${signed(recent, 'en')} in the last ${half} days against ${signed(earlier, 'en')} before`,
      de: `; ${word.de}: ${signed(recent, 'de')} in den letzten ${half} Tagen gegenüber ${signed(earlier, 'de')} davor`,
    };
  }
  return {
    key: 'emotionalBalance',
    value: (nev.value + 1) / 2,
    measure: { amount: nev.value, unit: 'nev' },
    noData: false,
    sentence: {
      en: `Net emotional value ${signed(nev.value, 'en')} over the last ${w} days (${nev.emotions} ${nev.emotions === 1 ? 'emotion' : 'emotions'} at ${seen} ${seen === 1 ? 'event' : 'events'})${trend.en}.`,
      de: `Emotionaler Nettowert ${signed(nev.value, 'de')} in den letzten ${w} Tagen (${nev.emotions} ${nev.emotions === 1 ? 'Emotion' : 'Emotionen'} bei ${seen} ${seen === 1 ? 'Ereignis' : 'Ereignissen'})${trend.de}.`,
    },
  };
}
