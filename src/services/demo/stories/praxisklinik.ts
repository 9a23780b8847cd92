// Steady and businesslike: reliable work, little closeness, and appreciation that is mostly routine.
import type { StoryKit } from '../kit.ts';
import type { ClientStory } from '../types.ts';

export function praxisklinik(k: StoryKit): ClientStory {
  const { say } = k;
  const owner = k.consultants[2] ?? '';
  const domain = say('praxisklinik-rosengarten.de', 'rosewood-medical.co.uk');
  const area = say('221', '117');

  return {
    key: 'praxisklinik',
    client: {
      name: say('Praxisklinik am Rosengarten', 'Rosewood Medical Practice'),
      since: k.ago(5 * 365 + 150),
      owner,
      contractValue: 42_000,
      currency: k.currency,
      renewalDate: k.ahead(160),
      noticeDays: 90,
      cadenceIdealDays: 45,
      cadenceMaxDays: 90,
      notes: say(
        'Fachärztliche Gemeinschaftspraxis mit Tagesklinik in Köln, 45 Mitarbeitende. Verlässlich und sachlich, wenig Nähe – die Ärztinnen und Ärzte haben kaum Zeit.',
        'Specialist group practice with a day clinic in Bristol, 45 staff. Reliable and businesslike, not much closeness – the doctors have hardly any time.',
      ),
    },
    contacts: [
      k.person('sommer', say('Frau Dr. Sommer', 'Dr Summers'), domain, area, {
        name: say('Dr. med. Ulrike Sommer', 'Dr Helen Summers'),
        role: say('Ärztliche Leiterin', 'Medical Director'),
        notes: say(
          'Termine nur mittwochnachmittags, dann ist die Praxis geschlossen. Spielt Cello im Ärzteorchester. Will Vorschläge vorab schriftlich und entscheidet dann in zehn Minuten.',
          'Meetings only on Wednesday afternoons, when the practice is closed. Plays cello in a doctors’ orchestra. Wants proposals in writing beforehand, then decides in ten minutes.',
        ),
        dates: [{ label: say('Geburtstag', 'Birthday'), date: k.born(57, 200) }],
        motivators: ['well_being', 'secure', 'be_who_i_want'],
      }),
      k.person('haas', say('Herr Haas', 'Mark'), domain, area, {
        name: say('Markus Haas', 'Mark Hastings'),
        role: say('Praxismanager', 'Practice Manager'),
        notes: say(
          'Organisiert alles in Excel und antwortet innerhalb einer Stunde. Zwei Teenager; trainiert die E-Jugend des SC Sülz und freut sich, wenn man nach den Spielen fragt.',
          'Runs everything in spreadsheets and answers within the hour. Two teenagers; coaches an under-11s football team and is pleased when you ask about the matches.',
        ),
        dates: [{ label: say('Geburtstag', 'Birthday'), date: k.born(48, 33) }],
        motivators: ['secure', 'confidence_future', 'belonging'],
      }),
      k.person('yildiz', say('Herr Dr. Yıldız', 'Sam'), domain, area, {
        name: say('Dr. med. Emre Yıldız', 'Dr Sam Okoye'),
        role: say('Partner, Gastroenterologie', 'Partner, Gastroenterology'),
        notes: say(
          'Jüngster Partner, treibt die Digitalisierung voran. Kocht leidenschaftlich und bringt selbst gebackenes Baklava zu Terminen mit.',
          'The youngest partner, driving the practice’s digital side. A keen baker who brings home-made flapjacks to meetings.',
        ),
        dates: [{ label: say('Geburtstag', 'Birthday'), date: k.born(39, -70) }],
        motivators: ['confidence_future', 'stand_out'],
      }),
    ],
    events: [
      k.milestone(1972, 'contract_change', say('Betreuungsvertrag Praxiskommunikation', 'Retainer for practice communications'), {
        with: ['haas'],
      }),
      k.project(1955, say('Neue Praxiswebsite', 'New practice website'), {
        endsAgo: 1801,
        value: 22_000,
        outcome: say('Barrierefrei, mit Online-Terminbuchung.', 'Accessible, with online appointment booking.'),
        with: ['haas', 'sommer'],
        emotions: { pleased: 3, focused: 3 },
      }),
      k.project(1402, say('Recruiting-Kampagne für Medizinische Fachangestellte', 'Recruitment campaign for healthcare assistants'), {
        endsAgo: 1252,
        value: 16_000,
        outcome: say('Sieben Einstellungen in vier Monaten.', 'Seven hires in four months.'),
        with: ['haas'],
        emotions: { pleased: 4 },
      }),
      k.appreciation(1240, say('Dankesmail von Herrn Haas', 'Thank-you email from Mark'),
        say('Mail an unser Team mit einem Foto der neuen Kolleginnen', 'An email to our team with a photo of the new colleagues'), {
          personal: true, unscheduled: true, received: true, ladder: 4,
          with: ['haas'],
          emotions: { pleased: 4, valued: 3 },
        }),
      k.crisis(1101, 1, say('Bewertungsantwort ohne Freigabe', 'Review reply posted without sign-off'), {
        body: say(
          'Frau Dr. Sommer war verärgert; ein Patient hatte sich über den Ton unserer Antwort beschwert.',
          'Dr Summers was annoyed; a patient had complained about the tone of our reply.',
        ),
        causes: {
          careless_remarks: say(
            'Unsere Antwort auf eine Ein-Sterne-Bewertung klang belehrend.',
            'Our reply to a one-star review came across as lecturing.',
          ),
          insufficient_care: say(
            'Die vereinbarte Freigabe durch Frau Dr. Sommer wurde übersprungen.',
            'We skipped the agreed sign-off by Dr Summers.',
          ),
        },
        resolvedAgo: 1086,
        resolution: say(
          'Antwort gelöscht, neu formuliert und freigegeben; Frau Dr. Sommer angerufen und uns entschuldigt. Seitdem gibt es einen festen Freigabeweg für Bewertungen.',
          'Deleted the reply, rewrote it and had it approved; rang Dr Summers and apologised. There is now a fixed sign-off route for reviews.',
        ),
        with: ['sommer'],
        emotions: { irritated: 3, unhappy: 2 },
      }),
      k.misunderstanding(902, say('Sprechzeiten im Google-Profil', 'Opening hours on the Google profile'), {
        ours: say('Die Praxis pflegt Sondersprechzeiten selbst.', 'The practice updates special opening hours itself.'),
        theirs: say(
          'Herr Haas ging davon aus, dass wir das Google-Profil komplett betreuen.',
          'Mark assumed we looked after the Google profile entirely.',
        ),
        resolvedAgo: 881,
        resolution: say(
          'Zuständigkeit im Leistungsverzeichnis ergänzt; wir pflegen das Profil jetzt monatlich.',
          'Added it to the scope of work; we now update the profile every month.',
        ),
        with: ['haas'],
        emotions: { unsatisfied: 2, hurried: 2 },
      }),
      k.project(602, say('Patientennewsletter', 'Patient newsletter'), {
        endsAgo: 521,
        value: 9_000,
        outcome: say('Erscheint quartalsweise, Öffnungsrate 52 %.', 'Quarterly; 52% open rate.'),
        with: ['haas'],
      }),
      k.milestone(452, 'people_change', say('Dr. Yıldız wird Partner der Praxis', 'Dr Okoye becomes a partner in the practice'), {
        with: ['yildiz'],
      }),
      k.project(301, say('Online-Terminbuchung und Infoscreens im Wartezimmer', 'Online booking and waiting-room screens'), {
        endsAgo: 121,
        value: 14_000,
        outcome: say('Läuft; weniger nicht wahrgenommene Termine.', 'Up and running; fewer missed appointments.'),
        with: ['yildiz', 'haas'],
        emotions: { interested: 4, pleased: 3 },
      }),
      k.touch(36, 'meeting', say('Mittwochstermin mit Frau Dr. Sommer: Jahresplanung', 'Wednesday meeting with Dr Summers: plans for the year'), {
        body: say(
          'Pünktlich, freundlich, nach 40 Minuten vorbei. Frau Dr. Sommer will eine Kampagne für die neue Tagesklinik, aber „ohne großes Tamtam“.',
          'On time, friendly, done in 40 minutes. Dr Summers wants a campaign for the new day clinic, but “without any fuss”.',
        ),
        with: ['sommer', 'haas'],
        emotions: { focused: 4, pleased: 3, hurried: 2 },
      }),
      k.appreciation(150, say('Präsentkorb zum fünften Jahr', 'Hamper for the fifth year'),
        say('Präsentkorb vom Feinkosthändler (Standardauswahl)', 'Hamper from the delicatessen (standard selection)'), {
          personal: false, unscheduled: false,
          with: ['haas'],
        }),
    ],
    routine: {
      topics: [
        say('Website-Aktualisierung', 'Website updates'),
        say('Stellenanzeige', 'Job advertisement'),
        say('Patientennewsletter', 'Patient newsletter'),
        say('Bewertungsmanagement', 'Review management'),
        say('Urlaubsvertretung', 'Holiday cover notice'),
      ],
      phases: [
        { fromAgo: 1950, toAgo: 455, every: 40, personal: 0.3, mood: 'steady', clientStarts: 0.5, answerHours: [2, 30], contacts: ['haas', 'sommer'] },
        { fromAgo: 450, toAgo: 2, every: 38, personal: 0.4, mood: 'steady', clientStarts: 0.5, answerHours: [2, 30], contacts: ['haas', 'sommer', 'yildiz'] },
      ],
      renewals: true,
      renewalWith: ['haas'],
    },
  };
}
