// A young relationship in a fresh, low-stage crisis: a campaign that met its target on paper,
// a client who expected something else, and a careless sentence in a report.
import type { StoryKit } from '../kit.ts';
import type { ClientStory } from '../types.ts';

export function lernwerk(k: StoryKit): ClientStory {
  const { say } = k;
  const owner = k.consultants[1] ?? '';
  const domain = say('lernwerk-bildung.de', 'brightpath-learning.co.uk');
  const area = say('89', '113');

  return {
    key: 'lernwerk',
    client: {
      name: say('Lernwerk Bildungsgruppe', 'Brightpath Learning Group'),
      since: k.ago(2 * 365 + 40),
      owner,
      contractValue: 78_000,
      currency: k.currency,
      renewalDate: k.ahead(200),
      noticeDays: 90,
      cadenceIdealDays: 30,
      cadenceMaxDays: 60,
      notes: say(
        'Privater Bildungsträger für Weiterbildung und Umschulung an sechs Standorten in Bayern. Wächst schnell; die Zahlenkultur ist noch im Aufbau.',
        'Private provider of adult education and retraining at six sites across Yorkshire. Growing fast; still building a culture of numbers.',
      ),
    },
    contacts: [
      k.person('wolff', say('Frau Wolff', 'Rebecca'), domain, area, {
        name: say('Sandra Wolff', 'Rebecca Holt'),
        role: say('Geschäftsführerin', 'Chief Executive'),
        notes: say(
          'War zwölf Jahre Berufsschullehrerin. Allergisch gegen Fachjargon – „Conversion“ heißt bei ihr „Anmeldung“. Zwillinge in der Grundschule. Wandert jeden Sommer in den Dolomiten.',
          'Taught in further education for twelve years. Allergic to jargon – to her, a “conversion” is an “enrolment”. Twins at primary school. Walks in the Lake District every summer.',
        ),
        dates: [{ label: say('Geburtstag', 'Birthday'), date: k.born(47, 15) }],
        motivators: ['confidence_future', 'well_being', 'be_who_i_want'],
      }),
      k.person('neumann', say('Kai', 'Kieran'), domain, area, {
        name: say('Kai Neumann', 'Kieran Nash'),
        role: say('Leiter Digitales Lernen', 'Head of Digital Learning'),
        notes: say(
          'Betreibt einen Podcast über Lernen mit KI. Gamer, kennt jedes Retro-Spiel. Probiert gern Neues aus – seine Freigaben dauern trotzdem lange.',
          'Hosts a podcast on learning and AI. A gamer who knows every retro title. Keen to try new things – yet his sign-offs still take ages.',
        ),
        dates: [{ label: say('Geburtstag', 'Birthday'), date: k.born(35, 210) }],
        motivators: ['thrill', 'stand_out', 'freedom'],
      }),
      k.person('lang', say('Frau Lang', 'Linda'), domain, area, {
        name: say('Birgit Lang', 'Linda Price'),
        role: say('Assistentin der Geschäftsführung', 'Executive Assistant'),
        notes: say(
          'Verwaltet Frau Wolffs Kalender – über sie bekommt man Termine. Liebt Marzipan von Niederegger. Seit 30 Jahren im Unternehmen.',
          'Keeps Rebecca’s diary – she is the way to a meeting. Loves Kendal mint cake. Thirty years with the organisation.',
        ),
        dates: [{ label: say('Geburtstag', 'Birthday'), date: k.born(58, 4) }],
        motivators: ['belonging', 'secure'],
      }),
    ],
    events: [
      k.milestone(768, 'contract_change', say('Rahmenvertrag Marketing', 'Marketing framework agreement'), { with: ['wolff'] }),
      k.touch(761, 'meeting', say('Kick-off am Standort München', 'Kick-off at the Leeds campus'), {
        with: ['wolff', 'neumann'],
        emotions: { interested: 4, focused: 3 },
      }),
      k.project(742, say('Neues Kursprogramm, gedruckt und online', 'New course catalogue, print and online'), {
        endsAgo: 601,
        value: 31_000,
        outcome: say('Pünktlich zum Semesterstart.', 'Ready in time for the start of term.'),
        with: ['neumann'],
        emotions: { pleased: 4 },
      }),
      k.misunderstanding(652, say('Wer pflegt die Kursdaten?', 'Who maintains the course data?'), {
        ours: say('Lernwerk liefert die Kursdaten als Tabelle.', 'Brightpath supplies the course data as a spreadsheet.'),
        theirs: say(
          'Kai ging davon aus, dass wir die Daten direkt aus dem Buchungssystem ziehen.',
          'Kieran assumed we would pull the data straight from their booking system.',
        ),
        resolvedAgo: 631,
        resolution: say(
          'Schnittstelle gebaut, die einmaligen Mehrkosten geteilt.',
          'Built an interface and split the one-off extra cost.',
        ),
        with: ['neumann'],
        emotions: { frustrated: 2, focused: 3 },
      }),
      k.appreciation(421, say('Marzipan für Frau Lang', 'Kendal mint cake for Linda'),
        say('Marzipanbrot von Niederegger mit einer Karte', 'A box of Kendal mint cake with a card'), {
          personal: true, unscheduled: true, ladder: 4,
          note: say(
            'Sie hat uns dreimal kurzfristig einen Termin bei Frau Wolff verschafft und nebenbei erwähnt, dass sie Niederegger liebt.',
            'She found us a slot with Rebecca at short notice three times and had mentioned in passing how much she loves it.',
          ),
          with: ['lang'],
          emotions: { happy: 4, valued: 4 },
        }),
      k.project(262, say('Anmeldekampagne Umschulungen', 'Enrolment campaign for retraining courses'), {
        endsAgo: 60,
        value: 38_000,
        outcome: say(
          'Viele Leads, aber deutlich weniger Anmeldungen als erhofft.',
          'Plenty of leads, but far fewer enrolments than hoped.',
        ),
        with: ['wolff', 'neumann'],
        emotions: { disappointed: 3 },
      }),
      k.misunderstanding(45, say('Was zählt als Erfolg: Leads oder Anmeldungen?', 'What counts as success: leads or enrolments?'), {
        ours: say(
          'Kampagnenziel waren 1.500 qualifizierte Leads; erreicht wurden 1.720.',
          'The campaign target was 1,500 qualified leads; we delivered 1,720.',
        ),
        theirs: say(
          'Frau Wolff hat 1.500 Anmeldungen erwartet; gekommen sind 310.',
          'Rebecca expected 1,500 enrolments; 310 came in.',
        ),
        with: ['wolff', 'neumann'],
        emotions: { disappointed: 4, frustrated: 3 },
      }),
      k.crisis(21, 2, say('Streit über die Kampagnenzahlen', 'Dispute over the campaign figures'), {
        body: say(
          'Frau Wolff hat im Jour fixe den Report Seite für Seite zerpflückt; Kai hat uns verteidigt, was es eher schlimmer machte. Beide Seiten argumentieren inzwischen mit Zahlen statt miteinander.',
          'Rebecca took the report apart page by page at the weekly meeting; Kieran defended us, which only made it worse. Both sides are now arguing with figures rather than talking to each other.',
        ),
        causes: {
          unresolved_misunderstandings: say(
            'Leads und Anmeldungen wurden nie sauber auseinandergehalten.',
            'Leads and enrolments were never clearly told apart.',
          ),
          careless_remarks: say(
            'In unserem Report stand: „Die Conversion scheiterte an der Landingpage des Kunden.“',
            'Our report said: “Conversion failed because of the client’s landing page.”',
          ),
        },
        with: ['wolff', 'neumann'],
        emotions: { frustrated: 4, irritated: 4, disappointed: 3 },
      }),
      k.touch(14, 'call', say('Telefonat mit Kai: wie weiter?', 'Call with Kieran: where now?'), {
        body: say(
          'Kai rät, Frau Wolff zuerst zuzuhören und die Zahlen erst im zweiten Schritt zu besprechen.',
          'Kieran suggests listening to Rebecca first and only then going through the figures.',
        ),
        by: 'client',
        answerHours: 2,
        with: ['neumann'],
        emotions: { stressed: 3, indulgent: 3 },
      }),
      k.touch(2, 'mail', say('Terminanfrage für ein Klärungsgespräch', 'Asking for a meeting to clear the air'), {
        body: say(
          `${owner} hat Frau Lang um eine Stunde mit Frau Wolff gebeten, ohne Folien.`,
          `${owner} asked Linda for an hour with Rebecca, no slides.`,
        ),
        with: ['lang'],
      }),
    ],
    routine: {
      topics: [
        say('Kursprogramm', 'Course catalogue'),
        say('Anmeldekampagne', 'Enrolment campaign'),
        say('Infoabend', 'Open evening'),
        say('Fördermittel-Landingpage', 'Funding landing page'),
        say('Pressearbeit', 'Press relations'),
      ],
      phases: [
        { fromAgo: 755, toAgo: 500, every: 28, personal: 0.5, mood: 'steady', clientStarts: 0.4, answerHours: [2, 24], contacts: ['wolff', 'neumann'] },
        { fromAgo: 495, toAgo: 62, every: 26, personal: 0.55, mood: 'warm', clientStarts: 0.45, answerHours: [2, 24], contacts: ['wolff', 'neumann', 'lang'] },
        { fromAgo: 55, toAgo: 4, every: 9, personal: 0.4, mood: 'strained', clientStarts: 0.5, answerHours: [4, 48], contacts: ['wolff', 'neumann'] },
      ],
      renewals: true,
      renewalWith: ['wolff'],
    },
  };
}
