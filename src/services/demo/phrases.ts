// The everyday language of the routine timeline: how a consultant notes a call, a mail, a visit.
// Written natively in both languages; `{name}` is the person as the consultants address them.
import type { EmotionKey } from './keys.ts';
import type { DemoLang, Mood } from './types.ts';

type Pool = Record<DemoLang, readonly string[]>;

export const CHANNEL_TITLE: Record<DemoLang, Record<'call' | 'meeting' | 'video' | 'mail' | 'message' | 'visit', string>> = {
  de: { call: 'Telefonat', meeting: 'Termin', video: 'Videocall', mail: 'Mail', message: 'Kurznachricht', visit: 'Besuch vor Ort' },
  en: { call: 'Call', meeting: 'Meeting', video: 'Video call', mail: 'Email', message: 'Message', visit: 'Site visit' },
};

/** Notes on a personal contact (call, meeting, video, visit), by mood. */
export const PERSONAL_NOTES: Record<Mood, Pool> = {
  fresh: {
    de: [
      '{name} sprudelt vor Ideen; wir müssen aufpassen, dass wir uns nicht verzetteln.',
      'Viel Tempo. {name} will Ergebnisse sehen, mag aber, dass wir nachfragen.',
      'Wir lernen uns noch kennen. {name} hat offen erzählt, was bei der letzten Agentur schiefgelaufen ist.',
      'Gute Energie im Raum, {name} hat spontan zwei Kolleginnen dazugeholt.',
    ],
    en: [
      '{name} is bursting with ideas; we need to keep things focused.',
      'A lot of pace. {name} wants to see results but likes that we ask questions.',
      'Still getting to know each other. {name} was frank about what went wrong with the previous agency.',
      'Good energy in the room; {name} pulled in two colleagues on the spot.',
    ],
  },
  warm: {
    de: [
      '{name} war bestens gelaunt und hat gleich zwei neue Ideen mitgebracht.',
      'Offenes Gespräch; {name} hat erzählt, was intern gerade los ist. Viel Vertrauen.',
      '{name} hat sich ausdrücklich für die schnelle Umsetzung bedankt.',
      'Kurz und herzlich. {name} hat nach unserem Team und dem Büroumzug gefragt.',
      'Wir haben mehr über die Pläne fürs nächste Jahr gesprochen als über das Tagesgeschäft.',
      '{name} hat uns um eine ehrliche Einschätzung gebeten, nicht nur um Umsetzung.',
      'Entspannte Runde, viel gelacht. Nächste Schritte sind klar.',
    ],
    en: [
      '{name} was in great spirits and came with two new ideas.',
      'Open conversation; {name} told us what is really going on internally. A lot of trust.',
      '{name} went out of their way to thank us for turning it round so quickly.',
      'Short and warm. {name} asked about our team and the office move.',
      'We talked more about next year’s plans than about day-to-day work.',
      '{name} asked for our honest view, not just for delivery.',
      'Relaxed session with plenty of laughs. Next steps are clear.',
    ],
  },
  steady: {
    de: [
      'Sachlich und konstruktiv, alle offenen Punkte abgearbeitet.',
      '{name} hat freigegeben, mit zwei kleinen Korrekturen.',
      'Routineabstimmung, nächste Schritte vereinbart.',
      '{name} wirkte etwas unter Zeitdruck, war aber mit dem Stand zufrieden.',
      'Ruhiger Termin. Keine Überraschungen, keine großen Emotionen.',
    ],
    en: [
      'Businesslike and constructive; we worked through every open point.',
      '{name} signed it off with two small corrections.',
      'Routine check-in; next steps agreed.',
      '{name} seemed pressed for time but was happy with where things stand.',
      'A quiet meeting. No surprises, no strong feelings either way.',
    ],
  },
  strained: {
    de: [
      '{name} war spürbar angespannt; es ging fast nur um Kosten und Termine.',
      'Knapper Ton. {name} hat mehrfach gefragt, wer eigentlich wofür verantwortlich ist.',
      'Wir haben viel erklärt; {name} hat zugehört, aber kaum etwas gesagt.',
      '{name} beklagte, dass Rückmeldungen von uns zu lange dauern.',
      'Das Gespräch blieb an alten Fehlern hängen. Wir sind ohne klare Vereinbarung auseinandergegangen.',
    ],
    en: [
      '{name} was noticeably tense; it was almost all about cost and deadlines.',
      'Clipped tone. {name} asked several times who is actually responsible for what.',
      'We did a lot of explaining; {name} listened but said very little.',
      '{name} complained that our replies take too long.',
      'The conversation kept circling back to old mistakes. We parted without a clear agreement.',
    ],
  },
  cold: {
    de: [
      '{name} hatte nur zehn Minuten und wollte vor allem Zahlen.',
      'Termin kurzfristig verschoben, dann sehr knapp gehalten.',
    ],
    en: [
      '{name} had ten minutes and mostly wanted numbers.',
      'Moved at short notice, then kept very brief.',
    ],
  },
  repairing: {
    de: [
      'Noch vorsichtig, aber deutlich freundlicher als vor ein paar Wochen.',
      '{name} hat von sich aus angerufen – ein gutes Zeichen.',
      'Wir haben ehrlich über das Vergangene gesprochen, ohne Schuldzuweisungen.',
      '{name} hat gelacht. Das gab es eine Weile nicht.',
    ],
    en: [
      'Still careful, but clearly friendlier than a few weeks ago.',
      '{name} called us unprompted – a good sign.',
      'We talked honestly about what happened, without blaming anyone.',
      '{name} laughed. That hadn’t happened for a while.',
    ],
  },
};

/** Notes on written contact (mail, message), by mood. */
export const WRITTEN_NOTES: Record<Mood, Pool> = {
  fresh: {
    de: ['Schnelle Rückfragen im Chat, {name} erwartet Antworten am selben Tag.', 'Unterlagen und Zugänge geschickt bekommen.'],
    en: ['Quick questions over chat; {name} expects answers the same day.', 'Received documents and logins.'],
  },
  warm: {
    de: ['{name} hat mit einem Smiley und einem Dank geantwortet.', 'Kurze Abstimmung, alles klar.', '{name} hat einen Artikel geschickt, der uns interessieren könnte.'],
    en: ['{name} replied with a smiley and a thank-you.', 'Quick alignment, all clear.', '{name} forwarded an article they thought we would like.'],
  },
  steady: {
    de: ['Freigabe per Mail erhalten.', 'Protokoll verschickt, keine Einwände.', '{name} bittet um einen Zwischenstand bis Freitag.'],
    en: ['Sign-off received by email.', 'Minutes sent, no objections.', '{name} asked for an update by Friday.'],
  },
  strained: {
    de: ['{name} hat mit Kopie an die Geschäftsleitung geantwortet.', 'Lange Mail mit Beanstandungen, Punkt für Punkt.', 'Sehr knappe Antwort, kein Gruß.'],
    en: ['{name} replied copying in senior management.', 'Long email listing complaints point by point.', 'Very short reply, no greeting.'],
  },
  cold: {
    de: [
      'Nur eine kurze schriftliche Rückfrage, kein Gespräch.',
      'Antwort kam erst nach Tagen, ohne Gruß.',
      '{name} hat den vorgeschlagenen Termin abgesagt und um eine schriftliche Zusammenfassung gebeten.',
      'Unsere Mail blieb eine Woche unbeantwortet.',
    ],
    en: [
      'Only a brief written query, no conversation.',
      'The reply took days and came without a greeting.',
      '{name} declined the meeting we proposed and asked for a written summary instead.',
      'Our email went unanswered for a week.',
    ],
  },
  repairing: {
    de: ['{name} hat sich für die schnelle Antwort bedankt.', 'Freundlicher Ton, kurze Abstimmung.'],
    en: ['{name} thanked us for the quick reply.', 'Friendly tone, quick alignment.'],
  },
};

/** Which emotions a consultant tends to notice in each mood, and how strongly. */
export const MOOD_EMOTIONS: Record<Mood, { keys: readonly EmotionKey[]; intensity: readonly [number, number]; noticed: number }> = {
  fresh: { keys: ['energetic', 'exploratory', 'stimulated', 'interested', 'happy', 'focused', 'hurried'], intensity: [3, 5], noticed: 0.85 },
  warm: { keys: ['happy', 'pleased', 'trusting', 'valued', 'cared_for', 'safe', 'interested', 'stimulated', 'energetic'], intensity: [3, 5], noticed: 0.8 },
  steady: { keys: ['pleased', 'focused', 'interested', 'safe', 'trusting', 'hurried'], intensity: [2, 4], noticed: 0.6 },
  strained: { keys: ['stressed', 'irritated', 'unsatisfied', 'frustrated', 'disappointed', 'hurried', 'focused'], intensity: [2, 5], noticed: 0.85 },
  cold: { keys: ['neglected', 'unsatisfied', 'disappointed', 'hurried', 'indulgent'], intensity: [1, 3], noticed: 0.6 },
  repairing: { keys: ['indulgent', 'interested', 'trusting', 'pleased', 'safe', 'focused', 'valued'], intensity: [2, 4], noticed: 0.75 },
};

export const ROUTINE_TEXT = {
  de: {
    christmasTitle: 'Weihnachtskarte',
    christmasGesture: 'Gedruckte Weihnachtskarte mit Agenturmotiv',
    christmasBody: 'Dieselbe Karte wie an alle Kunden, vom Team unterschrieben.',
    anniversary: (n: number) => (n === 1 ? 'Ein Jahr Zusammenarbeit' : `${n} Jahre Zusammenarbeit`),
    renewalTitle: 'Vertrag um ein Jahr verlängert',
    renewalBody: 'Stillschweigend verlängert, keine Änderungen am Leistungsumfang.',
  },
  en: {
    christmasTitle: 'Christmas card',
    christmasGesture: 'Printed Christmas card with the agency design',
    christmasBody: 'The same card every client gets, signed by the team.',
    anniversary: (n: number) => (n === 1 ? 'One year together' : `${n} years together`),
    renewalTitle: 'Contract renewed for another year',
    renewalBody: 'Renewed automatically; scope unchanged.',
  },
} as const;
