// The open crisis at a high Glasl stage: the biggest account, a new board member, a price fight
// that is really about trust, a careless remark – and now threats of notice and lawyers.
import type { StoryKit } from '../kit.ts';
import type { ClientStory } from '../types.ts';

export function nordlicht(k: StoryKit): ClientStory {
  const { say } = k;
  const owner = k.consultants[2] ?? '';
  const domain = say('nordlicht-versicherung.de', 'northgate-mutual.co.uk');
  const area = say('431', '161');

  return {
    key: 'nordlicht',
    client: {
      name: say('Nordlicht Versicherung AG', 'Northgate Mutual Insurance'),
      since: k.ago(5 * 365 + 20),
      owner,
      contractValue: 240_000,
      currency: k.currency,
      renewalDate: k.ahead(85),
      noticeDays: 60,
      cadenceIdealDays: 21,
      cadenceMaxDays: 42,
      notes: say(
        'Regionaler Versicherer mit Sitz in Kiel, 1.200 Mitarbeitende. Größter Etat im Haus. Seit dem Vorstandswechsel offene Krise; die Verlängerung ist in Gefahr.',
        'Regional mutual insurer based in Manchester, 1,200 staff. Our biggest account. An open crisis since the new board member arrived; the renewal is at risk.',
      ),
    },
    contacts: [
      k.person('brenner', say('Herr Dr. Brenner', 'Mr Brennan'), domain, area, {
        name: say('Dr. Henrik Brenner', 'Richard Brennan'),
        role: say('Vorstand Marketing und Vertrieb', 'Chief Marketing Officer'),
        notes: say(
          'Kam vor gut einem Jahr von einem Direktversicherer. Legt Wert auf die förmliche Anrede und auf Pünktlichkeit auf die Minute. Spielt Golf, sammelt Füllfederhalter. Hat mehrfach erzählt, dass ihn seine letzte Agentur „im Stich gelassen“ hat.',
          'Joined a little over a year ago from a direct insurer. Values formality and punctuality to the minute. Plays golf and collects fountain pens. Has said more than once that his last agency “let him down”.',
        ),
        dates: [{ label: say('Geburtstag', 'Birthday'), date: k.born(54, 48) }],
        motivators: ['stand_out', 'succeed', 'secure'],
      }),
      k.person('martens', say('Claudia', 'Fiona'), domain, area, {
        name: say('Claudia Martens', 'Fiona Marsh'),
        role: say('Leiterin Marketing', 'Head of Brand'),
        notes: say(
          'Mit uns seit dem ersten Tag. Zwei Kinder, der Sohn spielt Handball in der Jugend-Landesliga. Trinkt nur Tee, keine Anrufe vor neun. Steht zwischen uns und ihrem neuen Vorstand und leidet darunter.',
          'With us since day one. Two children; her son plays rugby for the county under-16s. Drinks only tea, no calls before nine. Caught between us and her new boss, and it is wearing her down.',
        ),
        dates: [{ label: say('Geburtstag', 'Birthday'), date: k.born(45, -12) }],
        motivators: ['well_being', 'belonging', 'confidence_future'],
      }),
      k.person('petersen', say('Herr Petersen', 'James'), domain, area, {
        name: say('Jan Petersen', 'James Pearson'),
        role: say('Strategischer Einkauf', 'Procurement Lead'),
        notes: say(
          'Rechnet alles in Tagessätzen. Fährt jeden Tag mit dem Rennrad ins Büro, auch im Winter. Sachlich, nicht unfreundlich – will Vergleichsangebote sehen.',
          'Thinks in day rates. Cycles into the office every day, winter included. Matter-of-fact, not unfriendly – wants to see competing quotes.',
        ),
        dates: [{ label: say('Geburtstag', 'Birthday'), date: k.born(38, 170) }],
        motivators: ['secure', 'succeed'],
      }),
    ],
    events: [
      k.milestone(1842, 'contract_change', say('Etat nach Pitch gewonnen', 'Account won after a pitch'), { with: ['martens'] }),
      k.touch(1833, 'meeting', say('Kick-off in Kiel', 'Kick-off in Manchester'), {
        with: ['martens'],
        emotions: { energetic: 4, interested: 4 },
      }),
      k.project(1810, say('Markenrelaunch „Nordlicht – nah dran“', 'Brand relaunch “Northgate – Close to Home”'), {
        endsAgo: 1500,
        value: 120_000,
        outcome: say(
          'Markenbekanntheit im Kerngebiet von 31 auf 44 % gestiegen.',
          'Brand awareness in the core region up from 31% to 44%.',
        ),
        with: ['martens'],
        emotions: { happy: 4, pleased: 5 },
      }),
      k.appreciation(1492, say('Blumen für Claudias Team nach dem Relaunch', 'Flowers for Fiona’s team after the relaunch'),
        say('Blumenstrauß und handgeschriebene Karte', 'Flowers and a handwritten card'), {
          personal: true, unscheduled: true, ladder: 5,
          note: say(
            'Jede Person im Team bekam einen Satz zu ihrem Beitrag.',
            'Every person on the team got a line about their own contribution.',
          ),
          with: ['martens'],
          emotions: { valued: 5, happy: 4 },
        }),
      k.project(1405, say('Geschäftsbericht', 'Annual report'), {
        endsAgo: 1300,
        value: 45_000,
        outcome: say('Termingerecht, kaum Korrekturschleifen.', 'On time with very few rounds of corrections.'),
        with: ['martens'],
      }),
      k.project(1040, say('Geschäftsbericht', 'Annual report'), {
        endsAgo: 925,
        value: 45_000,
        outcome: say(
          'Zwei Wochen zu spät; die Texte hat am Ende eine andere Agentur geschrieben.',
          'Two weeks late; another agency wrote the copy in the end.',
        ),
        with: ['martens'],
        emotions: { stressed: 4, disappointed: 3 },
      }),
      k.crisis(936, 3, say('Geschäftsbericht verspätet – Texte an andere Agentur vergeben', 'Annual report late – copywriting handed to another agency'), {
        body: say(
          'Taten statt Worte: Nordlicht hat die Texte still an eine andere Agentur gegeben. Wir haben es von der Druckerei erfahren.',
          'Actions instead of words: Northgate quietly gave the copy to another agency. We found out from the printers.',
        ),
        causes: {
          insufficient_care: say(
            'Unser Projektleiter war drei Wochen krank, ohne dass wir eine Vertretung benannt haben.',
            'Our project lead was off sick for three weeks and we never named a stand-in.',
          ),
          no_willingness_to_talk: say(
            'Statt zu reden, wurde gehandelt – auf beiden Seiten.',
            'Both sides acted instead of talking.',
          ),
        },
        resolvedAgo: 890,
        resolution: say(
          'Moderiertes Gespräch mit einer externen Moderatorin, feste Vertretungsregel und 10 % Nachlass auf den Bericht.',
          'A talk led by an outside facilitator, a firm stand-in rule and 10% off the report.',
        ),
        with: ['martens'],
        emotions: { frustrated: 4, disappointed: 4 },
      }),
      k.milestone(421, 'people_change', say('Dr. Henrik Brenner wird Vorstand Marketing und Vertrieb', 'Richard Brennan becomes Chief Marketing Officer'), {
        with: ['brenner'],
      }),
      k.touch(410, 'meeting', say('Antrittsbesuch bei Dr. Brenner', 'First meeting with Mr Brennan'), {
        body: say(
          'Pünktlich auf die Minute. Er hat angekündigt, alle Dienstleister „neu zu bewerten“.',
          'Punctual to the minute. He announced that he would “reassess” every supplier.',
        ),
        with: ['brenner', 'martens'],
        emotions: { focused: 4, irritated: 2 },
      }),
      k.misunderstanding(381, say('Wer ist für Social Media zuständig?', 'Who is responsible for social media?'), {
        ours: say(
          'Die Kanäle betreut Nordlicht selbst; wir liefern Motive und Redaktionsplan.',
          'Northgate runs its own channels; we supply the artwork and the content calendar.',
        ),
        theirs: say(
          'Dr. Brenner ging davon aus, dass wir die Kanäle vollständig verantworten.',
          'Mr Brennan assumed we were fully responsible for the channels.',
        ),
        resolvedAgo: 362,
        resolution: say(
          'Leistungsbeschreibung gemeinsam durchgegangen und schriftlich bestätigt.',
          'Went through the scope of work together and confirmed it in writing.',
        ),
        with: ['brenner', 'martens'],
        emotions: { irritated: 3 },
      }),
      k.touch(250, 'meeting', say('Preisgespräch mit dem Einkauf', 'Pricing meeting with procurement'), {
        body: say(
          'Herr Petersen fordert 20 % Nachlass und legt zwei Vergleichsangebote auf den Tisch.',
          'James is asking for 20% off and put two competing quotes on the table.',
        ),
        with: ['petersen', 'brenner'],
        emotions: { focused: 3, irritated: 3 },
      }),
      k.misunderstanding(201, say('Nutzungsrechte an der Kampagne', 'Usage rights for the campaign'), {
        ours: say(
          'Die Rechte an Fotos und Film sind auf fünf Jahre und Deutschland begrenzt.',
          'The rights to the photos and film are limited to five years and the UK.',
        ),
        theirs: say(
          'Nordlicht hat alles bezahlt und darf es unbegrenzt nutzen, auch nach einem Agenturwechsel.',
          'Northgate paid for everything and may use it indefinitely, even after changing agency.',
        ),
        with: ['brenner', 'petersen'],
        emotions: { irritated: 4, unsatisfied: 3 },
      }),
      k.crisis(152, 6, say('Drohung mit Kündigung und Rechtsabteilung', 'Threat of notice and legal action'), {
        body: say(
          'Begann vor fünf Monaten als Debatte über das Honorar, dann haben beide Seiten Fakten geschaffen. Dr. Brenner sucht Verbündete im Vorstand, Claudia gerät zwischen die Fronten. Jetzt liegt ein Schreiben vor: fristgerechte Kündigung zum Vertragsende, falls wir nicht einlenken; die Rechtsabteilung prüft die Nutzungsrechte.',
          'Began five months ago as an argument about fees; then both sides started acting on their own. Mr Brennan is lining up allies on the board and Fiona is caught in the middle. Now there is a letter: notice at the end of the term unless we give way, and their legal team is reviewing the usage rights.',
        ),
        causes: {
          price_pretext: say(
            'Offiziell geht es um 20 % Honorar, im Kern um Vertrauen.',
            'Officially it is about a 20% fee cut; underneath, it is about trust.',
          ),
          careless_remarks: say(
            'Unser Art Director im Pitch-Review: „Versicherungen sind halt nicht sexy.“ Dr. Brenner hat es gehört.',
            'Our art director at the pitch review: “Insurance just isn’t sexy.” Mr Brennan heard it.',
          ),
          unresolved_misunderstandings: say(
            'Nutzungsrechte und Zuständigkeiten sind nie sauber geklärt worden.',
            'Usage rights and responsibilities were never properly settled.',
          ),
          old_patterns: say(
            'Dr. Brenner überträgt die Enttäuschung mit seiner früheren Agentur auf uns.',
            'Mr Brennan is transferring his disappointment with his previous agency onto us.',
          ),
          no_willingness_to_talk: say(
            'Termine werden nur noch über den Einkauf angeboten.',
            'Meetings are now only offered through procurement.',
          ),
        },
        with: ['brenner', 'martens', 'petersen'],
        emotions: { irritated: 5, frustrated: 4, disappointed: 4 },
      }),
      k.touch(61, 'video', say('Vertrauliches Gespräch mit Claudia', 'Off-the-record call with Fiona'), {
        body: say(
          'Claudia kämpft intern für uns, aber Dr. Brenner will „ein Zeichen setzen“. Sie rät zu einer neutralen Mediation.',
          'Fiona is fighting our corner internally, but Mr Brennan wants to “make a point”. She suggests a neutral mediator.',
        ),
        by: 'client',
        answerHours: 2,
        with: ['martens'],
        emotions: { stressed: 4, indulgent: 3, disappointed: 3 },
      }),
      k.appreciation(12, say('Geburtstagsanruf bei Claudia', 'Birthday call to Fiona'),
        say('Anruf zum Geburtstag', 'A birthday phone call'), {
          personal: true, unscheduled: false, ladder: 3,
          note: say(
            'Kein Wort über die Krise – nur über das Turnier ihres Sohnes.',
            'Not a word about the crisis – only about her son’s tournament.',
          ),
          with: ['martens'],
          emotions: { cared_for: 4, pleased: 3 },
        }),
      k.touch(8, 'mail', say('Schreiben der Rechtsabteilung zu den Nutzungsrechten', 'Letter from their legal team on usage rights'), {
        by: 'client',
        answerHours: 20,
        with: ['brenner'],
        emotions: { irritated: 4 },
      }),
      k.touch(3, 'call', say('Mediation vorgeschlagen', 'Proposed mediation'), {
        body: say(
          `${owner} hat Dr. Brenner eine Mediation mit einer neutralen Dritten vorgeschlagen. Er will es sich „überlegen“, Antwort bis Freitag.`,
          `${owner} suggested mediation with a neutral third party. Mr Brennan wants to “think about it” and will answer by Friday.`,
        ),
        with: ['brenner'],
        emotions: { irritated: 3, focused: 3 },
      }),
    ],
    routine: {
      topics: [
        say('Kampagnenplanung', 'Campaign planning'),
        say('Vertriebsmaterial', 'Sales materials'),
        say('Geschäftsbericht', 'Annual report'),
        say('Mitarbeiterzeitung', 'Staff newsletter'),
        say('Sponsoring Handball', 'Rugby sponsorship'),
        say('Social-Media-Motive', 'Social media artwork'),
      ],
      phases: [
        { fromAgo: 1828, toAgo: 440, every: 26, personal: 0.6, mood: 'warm', clientStarts: 0.45, answerHours: [2, 24], contacts: ['martens'] },
        { fromAgo: 430, toAgo: 165, every: 24, personal: 0.45, mood: 'steady', clientStarts: 0.4, answerHours: [2, 36], contacts: ['martens', 'brenner', 'petersen'] },
        { fromAgo: 148, toAgo: 1, every: 13, personal: 0.35, mood: 'strained', clientStarts: 0.5, answerHours: [4, 48], contacts: ['martens', 'brenner', 'petersen'] },
      ],
      renewals: true,
      renewalWith: ['martens'],
    },
  };
}
