// The phrasing coach's specification by example: sentences a consultant might draft for a crisis talk
// with a client, each with the exact set of flag kinds the coach must raise. Three groups per language:
// accusing drafts, clean I-statements (observation → feeling → need → request, `clean: true`, no flag),
// and traps: sentences that look like a rule but are not an accusation (and one documented decision).
import type { Locale } from '../../../src/contract/primitives.ts';
import type { FlagKind } from '../../../src/domain/mediation/phrasing-rules.ts';

export interface CorpusEntry {
  lang: Locale;
  text: string;
  expect: FlagKind[];
  clean?: true;
  why?: string;
}

const en = (text: string, expect: FlagKind[], why?: string): CorpusEntry => ({ lang: 'en', text, expect, ...(why ? { why } : {}) });
const de = (text: string, expect: FlagKind[], why?: string): CorpusEntry => ({ lang: 'de', text, expect, ...(why ? { why } : {}) });
const cleanEn = (text: string): CorpusEntry => ({ lang: 'en', text, expect: [], clean: true });
const cleanDe = (text: string): CorpusEntry => ({ lang: 'de', text, expect: [], clean: true });

export const CORPUS_EN: readonly CorpusEntry[] = [
  // Accusing.
  en('You always deliver late.', ['absolute']),
  en('You never listen to what we say.', ['absolute', 'blaming_you']),
  en('You missed the deadline again and ruined our launch.', ['blaming_you']),
  en('Your team is completely unprofessional.', ['label']),
  en('This is your fault, not ours.', ['blaming_you']),
  en('You must fix this by Friday.', ['demand']),
  en('I demand a full refund for the last sprint.', ['demand']),
  en('Every time we send feedback, it gets ignored.', ['absolute']),
  en('You made me look like a fool in front of my board.', ['blaming_you']),
  en('The copy you sent was sloppy and careless.', ['label']),
  en('You have to answer my emails within a day.', ['demand']),
  en('Stop sending us invoices for work we never approved!', ['absolute', 'demand']),
  en('You constantly change the brief and expect us to keep up.', ['absolute']),
  en('Frankly, the whole campaign was a disaster.', ['label']),
  en('You should have told us about the budget cut weeks ago.', ['blaming_you']),
  en('Typical agency: big promises, nothing delivered.', ['label']),
  en('You didn’t even bother to read the briefing.', ['blaming_you'], 'typographic apostrophe'),
  en('Send me the final files right now!', ['demand']),
  en('Not once have you called us back on time.', ['absolute']),
  en('I feel completely ignored by your account team.', ['blaming_you'], 'a pseudo-feeling: says what they did'),
  en('You keep moving the goalposts.', ['blaming_you']),
  en('Your developers are lazy and your project manager is clueless.', ['label']),
  en('You need to take responsibility for this mess.', ['demand', 'label']),
  en('I expect an apology from your CEO.', ['demand']),
  en('Fix it or else we walk.', ['demand']),
  en('You ignored every single one of our comments.', ['absolute', 'blaming_you']),
  en('That presentation was not professional at all.', ['label']),
  en('You lied to us about the team size.', ['blaming_you']),
  en('You let us down when it mattered most.', ['blaming_you']),
  en('Your estimate was ridiculous and you know it.', ['label']),
  en('Please stop copying my boss into every complaint.', ['demand']),
  en('Your people are on holiday all the time.', ['absolute']),
  en('You’d better have a plan by Monday.', ['demand']),
  en('It’s unacceptable that the site went down during the sale.', ['label']),
  en('Once again you failed to meet the deadline.', ['blaming_you']),
  en('You are incompetent.', ['label'], '"you are" + a judgement is a label, not a blame verb'),
  en('Because of you, we lost the trust of our own sales team.', ['blaming_you']),
  en('I want you to call me back immediately.', ['demand']),
  en('Don’t ever send unchecked copy to our CEO again!', ['demand']),
  en('You’ve done it again: the wrong logo on the billboard.', ['blaming_you']),

  // Clean I-statements.
  cleanEn('When I saw that the report arrived two days after the agreed date, I felt worried, because I need to plan my team’s week. Would you be willing to tell me as soon as a date slips?'),
  cleanEn('When the launch moved for the second time this month, I felt frustrated, because predictability matters to me. Would you be willing to agree a fixed date with me by Friday?'),
  cleanEn('I noticed that three of my emails last week got no answer, and I felt uneasy, because I need to know where we stand. Would you be willing to reply within two working days?'),
  cleanEn('When I heard in the steering meeting that the budget was already spent, I was surprised and anxious, because I value transparency. Could we go through the numbers together on Thursday?'),
  cleanEn('I saw that the design differs from the brief we signed off in March, and I felt disappointed, because I need our agreements to hold. Would you be willing to walk me through what changed?'),
  cleanEn('When the invoice came without the agreed breakdown, I felt confused, because I have to explain every cost to finance. Would you be willing to add the breakdown?'),
  cleanEn('After the workshop I felt relieved and hopeful, because I need to see progress. Would you be willing to keep this format for the next two sessions?'),
  cleanEn('When your project lead left without a handover, I felt insecure, because continuity is important to me. Would you be willing to introduce the new lead to us next week?'),
  cleanEn('I noticed the test results came in on Monday instead of Friday, and I was nervous, because our release depends on them. Would you be willing to send interim results on Wednesdays?'),
  cleanEn('When I read the meeting notes, I missed the two decisions we took about the budget, and I felt concerned, because I need a shared record. Would you be willing to add them?'),
  cleanEn('I would like to understand how you see the last quarter. What happened from your side?'),
  cleanEn('I may have contributed to this by changing priorities late, and I want to hear how that affected your team.'),
  cleanEn('Thank you for staying late on Thursday; I felt supported, because the deadline mattered a lot to me.'),

  // Traps and decisions.
  en('I understand you have to report to your board first.', [], 'describes their constraint, does not order'),
  en('If you don’t understand a point in the brief, please call me.', [], 'a condition, not an accusation'),
  en('I replied immediately when I saw the email.', [], 'urgency about myself, not aimed at them'),
  en('Would you be willing to send the draft right away, if that works for you?', [], 'a question leaves room for no'),
  en('I never want to lose this partnership.', ['absolute'], 'decision: an absolute is flagged even as a wish; the explanation says to keep it if meant'),
  en('We want to keep working with you for many years.', []),
  en('You don’t have to decide today.', [], 'releases them from a demand'),
  en('Do you have time on Tuesday?', [], 'a question, not an imperative'),
  en('Could you ignore the first draft I sent?', [], 'a request, not blame'),
  en('Why did you ignore my last three emails?', ['blaming_you'], 'a question can still blame'),
];

export const CORPUS_DE: readonly CorpusEntry[] = [
  // Accusing.
  de('Sie liefern immer zu spät.', ['absolute']),
  de('Nie halten Sie sich an die Absprachen.', ['absolute']),
  de('Sie haben es versäumt, uns rechtzeitig zu informieren.', ['blaming_you']),
  de('Du hast schon wieder die Präsentation vergessen.', ['blaming_you']),
  de('Das ist Ihre Schuld, nicht unsere.', ['blaming_you']),
  de('Ihr Team ist völlig unprofessionell.', ['label']),
  de('Sie müssen das bis Freitag reparieren.', ['demand']),
  de('Ich verlange eine vollständige Erstattung.', ['demand'], '"vollständig" is not "ständig"'),
  de('Jedes Mal, wenn wir Feedback geben, passiert nichts.', ['absolute']),
  de('Ihre Texte sind schlampig und voller Fehler.', ['label']),
  de('Du musst meine Mails innerhalb eines Tages beantworten.', ['demand']),
  de('Hören Sie endlich auf, ständig das Briefing zu ändern!', ['absolute', 'demand']),
  de('Typisch Agentur: große Versprechen, nichts geliefert.', ['label']),
  de('Sie hätten uns früher über die Budgetkürzung informieren müssen.', ['blaming_you']),
  de('Sie haben das Briefing nicht einmal gelesen.', ['blaming_you']),
  de('Schicken Sie mir die Dateien sofort!', ['demand']),
  de('Kein einziges Mal haben Sie pünktlich zurückgerufen.', ['absolute']),
  de('Ich fühle mich von Ihrem Team völlig übergangen.', ['blaming_you'], 'ein Pseudogefühl'),
  de('Sie ändern ständig die Ziele.', ['absolute']),
  de('Ihre Entwickler sind faul und Ihr Projektleiter ist ahnungslos.', ['label']),
  de('Ich erwarte eine Entschuldigung von Ihrer Geschäftsführung.', ['demand']),
  de('Sie haben sämtliche Kommentare ignoriert.', ['blaming_you']),
  de('Die Präsentation war nicht professionell.', ['label']),
  de('Sie haben uns über die Teamgröße belogen.', ['blaming_you']),
  de('Sie haben uns im entscheidenden Moment im Stich gelassen.', ['blaming_you']),
  de('Ihr Angebot war lächerlich, und das wissen Sie.', ['label']),
  de('Das ist eine Zumutung.', ['label']),
  de('Wegen Ihnen ist der Launch geplatzt.', ['blaming_you']),
  de('Ihr habt schon wieder die Deadline verpasst.', ['blaming_you']),
  de('Sie hören mir nie zu.', ['absolute', 'blaming_you']),
  de('Das ist inakzeptabel, dass die Seite im Sale ausgefallen ist.', ['label']),
  de('Du solltest dich mehr um unser Projekt kümmern.', ['demand']),
  de('Keine Ausreden mehr, das ist Ihre letzte Chance.', ['demand']),
  de('Sie machen mich wütend mit Ihren ständigen Verschiebungen.', ['absolute', 'blaming_you']),
  de('Ihr seid schuld an dem ganzen Durcheinander.', ['blaming_you']),
  de('Gehen Sie dieses Risiko besser nicht ein!', ['demand'], 'seed 002: a formal imperative'),
  de('Sie sind arrogant und respektlos.', ['label']),
  de('Gestern haben Sie die Freigabe schon wieder verschlampt.', ['blaming_you'], 'inverted word order in mid-sentence'),
  de('Das Layout ist eine Katastrophe und der Text dilettantisch.', ['label']),
  de('Sie unterbrechen mich ständig in den Meetings.', ['absolute', 'blaming_you']),
  de('Sie schicken uns schon wieder eine neue Version ohne Absprache.', ['blaming_you']),
  de('Sie lassen uns mit den Freigaben hängen.', ['blaming_you']),
  de('Ihr haltet euch nicht an den Zeitplan.', ['blaming_you']),
  de('Schick mir endlich die Zahlen!', ['demand'], 'an informal imperative'),

  // Clean I-statements.
  cleanDe('Ich habe bemerkt, dass der Bericht zwei Tage später kam, und ich war beunruhigt, weil mir Planbarkeit wichtig ist. Wären Sie bereit, mir künftig Bescheid zu geben, sobald sich ein Termin verschiebt?'),
  cleanDe('Als ich gesehen habe, dass der Launch zum zweiten Mal verschoben wurde, war ich frustriert, weil mir Verlässlichkeit wichtig ist. Wären Sie bereit, mit mir bis Freitag einen festen Termin zu vereinbaren?'),
  cleanDe('Mir ist aufgefallen, dass drei meiner Mails letzte Woche unbeantwortet blieben, und ich war verunsichert, weil ich wissen muss, woran wir sind. Wären Sie bereit, innerhalb von zwei Arbeitstagen zu antworten?'),
  cleanDe('Als ich im Lenkungskreis gehört habe, dass das Budget schon aufgebraucht ist, war ich überrascht und besorgt, weil mir Transparenz wichtig ist. Könnten wir die Zahlen am Donnerstag gemeinsam durchgehen?'),
  cleanDe('Ich habe gesehen, dass das Design vom freigegebenen Briefing abweicht, und ich war enttäuscht, weil mir wichtig ist, dass unsere Absprachen gelten. Wären Sie bereit, mir zu zeigen, was sich geändert hat?'),
  cleanDe('Als die Rechnung ohne die vereinbarte Aufschlüsselung kam, war ich irritiert, weil ich jede Position vor der Buchhaltung erklären muss. Wärst du bereit, die Aufschlüsselung nachzureichen?'),
  cleanDe('Nach dem Workshop war ich erleichtert und zuversichtlich, weil mir sichtbarer Fortschritt wichtig ist. Wären Sie bereit, dieses Format für die nächsten zwei Termine beizubehalten?'),
  cleanDe('Als Ihr Projektleiter ohne Übergabe gegangen ist, war ich verunsichert, weil mir Kontinuität wichtig ist. Wären Sie bereit, uns die neue Leitung nächste Woche vorzustellen?'),
  cleanDe('Ich habe bemerkt, dass die Testergebnisse am Montag statt am Freitag kamen, und ich war nervös, weil unser Release davon abhängt. Wärst du bereit, uns mittwochs Zwischenstände zu schicken?'),
  cleanDe('Ich möchte verstehen, wie Sie das letzte Quartal erlebt haben. Wie war es aus Ihrer Sicht?'),
  cleanDe('Vielleicht habe ich selbst dazu beigetragen, weil ich die Prioritäten spät geändert habe, und ich möchte hören, wie das bei Ihrem Team angekommen ist.'),
  cleanDe('Danke, dass ihr am Donnerstag so lange geblieben seid; ich habe mich unterstützt gefühlt, weil mir der Termin sehr wichtig war.'),
  cleanDe('Als ich die Zusammenfassung gelesen habe, habe ich die zwei Budgetentscheidungen vermisst, und ich war besorgt, weil ich ein gemeinsames Protokoll brauche. Wären Sie bereit, sie zu ergänzen?'),

  // Traps and decisions.
  de('Sie hat es versäumt, uns zu informieren.', [], 'sentence-initial "Sie" with a singular verb is she'),
  de('Die Kundin sagt, sie haben die Frist verpasst.', [], 'lower-case "sie" in mid-sentence is they'),
  de('Ich warte immer noch auf den Bericht.', [], '"immer noch" means still'),
  de('Die Linie im Layout ist vollständig und die Zuständigkeit geklärt.', [], 'umlaut-aware word boundaries'),
  de('Ich habe sofort angerufen, als ich die Mail gesehen habe.', [], 'urgency about myself, not aimed at them'),
  de('Ich weiß, Sie müssen das zuerst mit Ihrem Vorstand klären.', [], 'describes their constraint, does not order'),
  de('Sie müssen das nicht heute entscheiden.', [], 'releases them from a demand'),
  de('Haben Sie Zeit für ein Gespräch am Dienstag?', [], 'a question, not an imperative'),
  de('Ich möchte diese Partnerschaft niemals verlieren.', ['absolute'], 'decision: an absolute is flagged even as a wish'),
  de('Immer mehr Abstimmungsrunden kosten uns Zeit, und ich bin besorgt, weil mir unser Budget wichtig ist.', [], '"immer mehr" means more and more'),
  de('Wären Sie bereit, mir die Dateien sofort nach der Freigabe zu schicken?', [], 'urgency inside a request question'),
];
