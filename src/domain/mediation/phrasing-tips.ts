// The phrasing coach's tips: one per shape of rule, so the advice names what to do about exactly the
// wording that fired, not one template for every flag. The app talks to the user with "Sie".
import type { Bilingual } from './bilingual.ts';

/** One tip per shape of rule, so the advice names what to do about exactly this wording. */
export const TIPS = {
  always: {
    en: 'Name the two or three occasions you mean, with dates. “On 3 and 17 May the report came after the deadline” can be checked; “always” can only be denied.',
    de: 'Nennen Sie die zwei, drei Anlässe, die Sie meinen, mit Datum. „Am 3. und 17. Mai kam der Bericht nach der Frist“ lässt sich prüfen; „immer“ lässt sich nur bestreiten.',
  },
  never: {
    en: 'Say since when, or how often, it did not happen: “Since the kick-off I have had no status report” invites an answer, “never” invites a counter-example.',
    de: 'Sagen Sie, seit wann oder wie oft es nicht geschehen ist: „Seit dem Kick-off habe ich keinen Statusbericht bekommen“ lädt zu einer Antwort ein, „nie“ zu einem Gegenbeispiel.',
  },
  every_time: {
    en: 'Describe the latest occasion. If it is a pattern, say how often you counted it and over what period.',
    de: 'Beschreiben Sie den letzten Anlass. Wenn es ein Muster ist, sagen Sie, wie oft Sie es in welchem Zeitraum gezählt haben.',
  },
  constantly: {
    en: 'Count instead of colouring: “three changes to the brief in two weeks” is a fact both sides can look at together.',
    de: 'Zählen statt färben: „drei Änderungen am Briefing in zwei Wochen“ ist eine Tatsache, die beide Seiten gemeinsam ansehen können.',
  },
  not_once: {
    en: 'Name what you were waiting for and since when; “not once” sends the other side hunting for the one exception.',
    de: 'Nennen Sie, worauf Sie gewartet haben und seit wann; „kein einziges Mal“ schickt die andere Seite auf die Suche nach der einen Ausnahme.',
  },
  not_done: {
    en: 'Say what you were waiting for and what its absence meant for your side (“I was waiting for the draft; without it my team could not start”), then ask what got in the way.',
    de: 'Sagen Sie, worauf Sie gewartet haben und was das Fehlen für Ihre Seite bedeutet hat („Ich hätte die Zahlen am Montag gebraucht; ohne sie konnte mein Team nicht anfangen“), und fragen Sie dann, was dazwischengekommen ist.',
  },
  never_done: {
    en: 'Drop “never” and turn the missing step into your wish: what would you have liked to happen, and by when? Then ask how it looked from their side.',
    de: 'Lassen Sie „nie“ weg und machen Sie aus dem fehlenden Schritt Ihren Wunsch: Was hätten Sie sich gewünscht, und bis wann? Fragen Sie dann, wie es von der anderen Seite aussah.',
  },
  always_late: {
    en: 'Bring the dates and what each delay cost you, and ask what would make the next date hold.',
    de: 'Bringen Sie die Termine mit und was jede Verspätung Sie gekostet hat, und fragen Sie, was nötig wäre, damit der nächste Termin hält.',
  },
  did_wrong: {
    en: 'Say what you had counted on rather than what they did wrong: a missed deadline becomes “I was counting on the 12th”. Leave the why open and ask for it.',
    de: 'Sagen Sie, worauf Sie gezählt hatten, statt was die andere Seite falsch gemacht hat: Aus der verpassten Frist wird „Ich hatte mit dem 12. gerechnet“. Lassen Sie das Warum offen und fragen Sie danach.',
  },
  doing_to_me: {
    en: 'Describe what you observed (“my last two emails got no answer”) instead of what they are doing to you; an observation is something they can confirm.',
    de: 'Beschreiben Sie, was Sie beobachtet haben („meine letzten zwei Mails blieben ohne Antwort“), statt was die andere Seite Ihnen antut; eine Beobachtung kann sie bestätigen.',
  },
  again: {
    en: '“Again” stacks every earlier charge onto this one. Talk about this occasion; raise the pattern separately, with dates.',
    de: '„Schon wieder“ legt alle früheren Vorwürfe auf diesen einen. Sprechen Sie über diesen Anlass; das Muster sprechen Sie getrennt an, mit Daten.',
  },
  not_heard: {
    en: 'Say what would help you feel heard, for example that they sum up your point before answering it.',
    de: 'Sagen Sie, was Ihnen helfen würde, sich gehört zu fühlen, etwa dass die andere Seite Ihren Punkt zusammenfasst, bevor sie antwortet.',
  },
  let_down: {
    en: 'Name the moment you needed support and what that support would have looked like.',
    de: 'Nennen Sie den Moment, in dem Sie Unterstützung gebraucht hätten, und wie diese Unterstützung ausgesehen hätte.',
  },
  agreement: {
    en: 'Name the agreement and when it was made, then what happened; ask how they remember it.',
    de: 'Nennen Sie die Absprache und wann sie getroffen wurde, dann, was passiert ist; fragen Sie, wie die andere Seite sie in Erinnerung hat.',
  },
  own_feeling: {
    en: 'Own the feeling: “I was angry when …”. Your feeling comes from a need of yours; the other side can respond to a need, not to being the cause.',
    de: 'Stehen Sie zu Ihrem Gefühl: „Ich war wütend, als …“. Ihr Gefühl kommt aus einem Bedürfnis von Ihnen; auf ein Bedürfnis kann die andere Seite eingehen, auf die Rolle als Ursache nicht.',
  },
  fault: {
    en: 'Fault looks backwards. Ask what each side can do now, and name your own part if there is one.',
    de: 'Schuld schaut zurück. Fragen Sie, was jede Seite jetzt tun kann, und nennen Sie Ihren eigenen Anteil, wenn es einen gibt.',
  },
  hindsight: {
    en: 'Turn the hindsight into a wish for next time: “Next time I would like to hear about budget changes as soon as you know.”',
    de: 'Machen Sie aus dem Rückblick einen Wunsch für das nächste Mal: „Beim nächsten Mal möchte ich von Budgetänderungen erfahren, sobald Sie davon wissen.“',
  },
  keeps_doing: {
    en: 'Count the occurrences and name the latest one; ask whether they see the same pattern.',
    de: 'Zählen Sie die Fälle und nennen Sie den letzten; fragen Sie, ob die andere Seite dasselbe Muster sieht.',
  },
  faux_feeling: {
    en: 'Name the feeling underneath (hurt, worried, frustrated, disappointed, alone) and the need behind it.',
    de: 'Nennen Sie das Gefühl darunter (verletzt, besorgt, frustriert, enttäuscht, allein) und das Bedürfnis dahinter.',
  },
  label_trait: {
    en: 'Describe the behaviour behind the word: what exactly did you see or hear, and when?',
    de: 'Beschreiben Sie das Verhalten hinter dem Wort: Was genau haben Sie gesehen oder gehört, und wann?',
  },
  label_verdict: {
    en: 'Say concretely what went wrong and what it means for you; a word like “disaster” closes the conversation before it starts.',
    de: 'Sagen Sie konkret, was schiefgegangen ist und was es für Sie bedeutet; ein Wort wie „Katastrophe“ beendet das Gespräch, bevor es beginnt.',
  },
  label_standard: {
    en: 'Name the standard you expected and where the work fell short of it, with an example.',
    de: 'Nennen Sie den Maßstab, den Sie erwartet haben, und wo die Arbeit ihn verfehlt hat, mit einem Beispiel.',
  },
  modal: {
    en: 'Ask instead of ordering: “Would you be willing to …?”, and leave room for a counter-offer.',
    de: 'Bitten statt anordnen: „Wären Sie bereit, …?“, und lassen Sie Raum für ein Gegenangebot.',
  },
  first_person_demand: {
    en: 'Say what you need and why, then ask: “I need … because … Could you …?”',
    de: 'Sagen Sie, was Sie brauchen und warum, und fragen Sie dann: „Ich brauche …, weil … Könnten Sie …?“',
  },
  ultimatum: {
    en: 'If there really is a consequence, state it once, calmly, as information rather than a threat, and say what you hope for instead.',
    de: 'Wenn es wirklich eine Konsequenz gibt, nennen Sie sie einmal, ruhig, als Information statt als Drohung, und sagen Sie, was Sie sich stattdessen erhoffen.',
  },
  urgency: {
    en: 'Name the date you need and why it matters, and ask whether it works for them.',
    de: 'Nennen Sie das Datum, das Sie brauchen, und warum es wichtig ist, und fragen Sie, ob es der anderen Seite passt.',
  },
  stop: {
    en: 'Say what you would like instead of what should stop: “I would like complaints to come to me first.”',
    de: 'Sagen Sie, was Sie sich stattdessen wünschen, statt was aufhören soll: „Ich möchte, dass Beschwerden zuerst zu mir kommen.“',
  },
  imperative: {
    en: 'Turn the command into a question with a reason: “Could you send the files by 4 pm? I present at 5.”',
    de: 'Machen Sie aus dem Befehl eine Frage mit Grund: „Könnten Sie mir die Dateien bis 16 Uhr schicken? Ich präsentiere um 17 Uhr.“',
  },
} as const satisfies Record<string, Bilingual>;

export type TipKey = keyof typeof TIPS;
