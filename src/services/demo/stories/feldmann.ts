// Growing together: an architecture practice that extends the work year by year, with one bump
// (a missed deadline, actions instead of words) that a frank, moderated talk put right.
import type { StoryKit } from '../kit.ts';
import type { ClientStory } from '../types.ts';

export function feldmann(k: StoryKit): ClientStory {
  const { say } = k;
  const owner = k.consultants[3] ?? '';
  const domain = say('feldmann-ruether.de', 'fairleyrudd.co.uk');
  const area = say('211', '131');

  return {
    key: 'feldmann',
    client: {
      name: say('Feldmann Rüther Architekten', 'Fairley & Rudd Architects'),
      since: k.ago(3 * 365 + 60),
      owner,
      contractValue: 52_000,
      currency: k.currency,
      renewalDate: k.ahead(310),
      noticeDays: 60,
      cadenceIdealDays: 21,
      cadenceMaxDays: 42,
      notes: say(
        'Architekturbüro in Düsseldorf mit 35 Leuten, Schwerpunkt Holzbau und Umbau im Bestand. Wächst mit uns; offene, direkte Kultur.',
        'A 35-strong architecture practice in Edinburgh focused on timber and reusing existing buildings. Growing with us; an open, direct culture.',
      ),
    },
    contacts: [
      k.person('katharina', say('Katharina', 'Kate'), domain, area, {
        name: say('Katharina Feldmann', 'Kate Fairley'),
        role: say('Partnerin', 'Partner'),
        notes: say(
          'Bauhaus-Fan, trinkt ihren Espresso im Stehen. Fährt alles mit dem Lastenrad. Sohn Anton kommt dieses Jahr in die Schule. Mag Widerspruch – wenn er gut begründet ist.',
          'A Bauhaus devotee who drinks her espresso standing up. Goes everywhere by cargo bike. Her son Arlo starts school this year. Likes being challenged – as long as it is well argued.',
        ),
        dates: [{ label: say('Geburtstag', 'Birthday'), date: k.born(44, 190) }],
        motivators: ['stand_out', 'be_who_i_want', 'environment'],
      }),
      k.person('moritz', say('Moritz', 'Oliver'), domain, area, {
        name: say('Moritz Rüther', 'Oliver Rudd'),
        role: say('Partner', 'Partner'),
        notes: say(
          'Kocht leidenschaftlich und lädt regelmäßig zum Büro-Mittagessen ein. Allergisch gegen Anglizismen in Texten. Denkt in Bauabschnitten und Zahlen.',
          'A passionate cook who regularly invites us to the office lunch. Can’t stand marketing jargon in copy. Thinks in project phases and numbers.',
        ),
        dates: [{ label: say('Geburtstag', 'Birthday'), date: k.born(51, 65) }],
        motivators: ['succeed', 'confidence_future'],
      }),
      k.person('svenja', say('Svenja', 'Sophie'), domain, area, {
        name: say('Svenja Koch', 'Sophie Cook'),
        role: say('Büroleitung', 'Office Manager'),
        notes: say(
          'Hält das Büro zusammen und kennt jeden Abgabetermin. Zwei Katzen, Zimt und Zucker. Freut sich über Zimtschnecken.',
          'Holds the office together and knows every deadline. Two cats, Salt and Pepper. Delighted by cinnamon buns.',
        ),
        dates: [{ label: say('Geburtstag', 'Birthday'), date: k.born(37, 22) }],
        motivators: ['belonging', 'well_being'],
      }),
    ],
    events: [
      k.milestone(1152, 'contract_change', say('Start mit der neuen Website', 'Starting with the new website'), { with: ['katharina', 'moritz'] }),
      k.touch(1146, 'meeting', say('Kick-off beim Büro-Mittagessen', 'Kick-off over the office lunch'), {
        body: say('Moritz hat Risotto für zwanzig gekocht.', 'Oliver cooked risotto for twenty.'),
        with: ['katharina', 'moritz'],
        emotions: { happy: 4, energetic: 4 },
      }),
      k.project(1140, say('Website mit Projektarchiv', 'Website with project archive'), {
        endsAgo: 951,
        value: 36_000,
        outcome: say(
          'Über 60 Projekte dokumentiert; doppelt so viele Bewerbungen von Architektinnen und Architekten.',
          'More than 60 projects documented; twice as many applications from architects.',
        ),
        with: ['katharina'],
        emotions: { pleased: 4, stimulated: 4 },
      }),
      k.project(802, say('Einreichung Deutscher Holzbaupreis', 'Entry for the Wood Awards'), {
        endsAgo: 701,
        value: 8_000,
        outcome: say('Gewonnen in der Kategorie Umbau.', 'Won in the refurbishment category.'),
        with: ['katharina', 'moritz'],
        emotions: { happy: 5, energetic: 4 },
      }),
      k.appreciation(690, say('Einladung zur Preisverleihung', 'Invitation to the award ceremony'),
        say('Zwei Plätze am Tisch des Büros', 'Two seats at the practice’s table'), {
          personal: true, unscheduled: true, received: true, ladder: 6,
          with: ['katharina'],
          emotions: { happy: 5, trusting: 4 },
        }),
      k.crisis(422, 3, say('Wettbewerbsabgabe verpasst', 'Competition deadline missed'), {
        body: say(
          'Taten statt Worte: Das Büro hat die Texte selbst geschrieben und uns erst hinterher informiert. Moritz: „Dann machen wir es eben allein.“',
          'Actions instead of words: the practice wrote the copy themselves and only told us afterwards. Oliver: “Fine, we’ll just do it ourselves.”',
        ),
        causes: {
          insufficient_care: say(
            'Unsere Texte kamen zwei Tage zu spät; die Vertretung war nicht eingearbeitet.',
            'Our copy was two days late; the stand-in had not been briefed.',
          ),
          too_little_attention: say(
            'In den Wochen davor hatten wir kaum nachgefragt, wie es läuft.',
            'In the weeks before, we had hardly asked how things were going.',
          ),
        },
        resolvedAgo: 396,
        resolution: say(
          'Moderiertes Gespräch mit unserer Geschäftsführung, offene Entschuldigung, eine feste Ansprechpartnerin mit Vertretung und ein wöchentlicher Zehn-Minuten-Check-in.',
          'A facilitated talk with our managing director, an open apology, one named contact with a briefed stand-in and a ten-minute weekly check-in.',
        ),
        with: ['moritz', 'katharina'],
        emotions: { frustrated: 4, disappointed: 4 },
      }),
      k.touch(396, 'meeting', say('Klärungsgespräch mit Moderation', 'Facilitated conversation'), {
        body: say(
          'Moritz hat gesagt, was ihn wirklich geärgert hat: dass wir nicht angerufen haben. Danach war die Luft raus.',
          'Oliver said what had really annoyed him: that we never picked up the phone. After that the tension went.',
        ),
        with: ['moritz', 'katharina'],
        emotions: { indulgent: 3, trusting: 3 },
      }),
      k.project(301, say('Buch „Weiterbauen mit Holz“', 'Book: “Building On in Timber”'), {
        endsAgo: -120,
        value: 24_000,
        with: ['katharina', 'svenja'],
        emotions: { stimulated: 4, focused: 4 },
      }),
      k.appreciation(201, say('Zimtschnecken für Svenja', 'Cinnamon buns for Sophie'),
        say('Ein Blech Zimtschnecken aus der Bäckerei nebenan', 'A tray of cinnamon buns from the bakery next door'), {
          personal: true, unscheduled: true, ladder: 4,
          note: say(
            'Sie hat drei Wochen lang jeden Abgabetermin für das Buch hinterhergetragen.',
            'She chased every deadline for the book for three weeks.',
          ),
          with: ['svenja'],
          emotions: { happy: 4, valued: 4 },
        }),
      k.milestone(101, 'contract_change', say('Etat um Social Media erweitert', 'Scope extended to social media'), {
        with: ['moritz'],
        emotions: { trusting: 4 },
      }),
      k.misunderstanding(30, say('Bildnachweise im Buch', 'Photo credits in the book'), {
        ours: say(
          'Die Fotografinnen und Fotografen werden gesammelt im Anhang genannt.',
          'The photographers are credited together in an appendix.',
        ),
        theirs: say(
          'Katharina erwartet den Namen unter jedem Bild, wie in Fachzeitschriften üblich.',
          'Kate expects a name under every picture, as trade journals do.',
        ),
        with: ['katharina'],
        emotions: { irritated: 2, focused: 3 },
      }),
    ],
    routine: {
      topics: [
        say('Projektfotos', 'Project photography'),
        say('Wettbewerbe', 'Competitions'),
        say('Buchprojekt', 'Book project'),
        say('Stellenanzeigen', 'Job adverts'),
        say('Vortrag beim Architektentag', 'Talk at the architecture festival'),
        say('Instagram', 'Instagram'),
      ],
      phases: [
        { fromAgo: 1140, toAgo: 440, every: 22, personal: 0.6, mood: 'warm', clientStarts: 0.45, answerHours: [1, 12], contacts: ['katharina', 'moritz'] },
        { fromAgo: 430, toAgo: 400, every: 10, personal: 0.3, mood: 'strained', clientStarts: 0.5, answerHours: [6, 48], contacts: ['katharina', 'moritz'] },
        { fromAgo: 390, toAgo: 250, every: 20, personal: 0.6, mood: 'repairing', clientStarts: 0.45, answerHours: [1, 12], contacts: ['katharina', 'moritz'] },
        { fromAgo: 245, toAgo: 2, every: 16, personal: 0.6, mood: 'warm', clientStarts: 0.5, answerHours: [1, 8], contacts: ['katharina', 'moritz', 'svenja'] },
      ],
      renewals: true,
      renewalWith: ['katharina'],
    },
  };
}
