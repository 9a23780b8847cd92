// The thriving long marriage: seven years, close and personal, one small crisis long since repaired.
import type { StoryKit } from '../kit.ts';
import type { ClientStory } from '../types.ts';

export function hofmann(k: StoryKit): ClientStory {
  const { say } = k;
  const owner = k.consultants[0] ?? '';
  const since = k.ago(7 * 365 + 52);
  const domain = say('hofmann-praezision.de', 'hargreaves-precision.co.uk');
  const area = say('711', '114');
  const sabine = say('Sabine', 'Margaret');
  const thomas = say('Thomas', 'Graham');
  const aylin = say('Aylin', 'Aisha');

  return {
    key: 'hofmann',
    client: {
      name: say('Hofmann Präzisionstechnik GmbH', 'Hargreaves Precision Engineering Ltd'),
      since,
      owner,
      contractValue: 186_000,
      currency: k.currency,
      renewalDate: k.ahead(142),
      noticeDays: 90,
      cadenceIdealDays: 21,
      cadenceMaxDays: 45,
      notes: say(
        'Familienunternehmen aus Esslingen, Präzisionsdrehteile für die Automobil- und Medizintechnik, 340 Mitarbeitende. Unser längster und engster Kunde.',
        'Family-owned firm from Sheffield making precision turned parts for the automotive and medical industries, 340 staff. Our longest and closest client.',
      ),
    },
    contacts: [
      k.person('sabine', sabine, domain, area, {
        name: say('Sabine Hofmann', 'Margaret Hargreaves'),
        role: say('Geschäftsführerin (zweite Generation)', 'Managing Director (second generation)'),
        notes: say(
          'Trinkt ihren Kaffee schwarz und mag keine langen Foliensätze – lieber ein Blatt Papier und ein gutes Gespräch. Zwei Töchter; die ältere, Paula, studiert Maschinenbau in Aachen. Segelt im Sommer auf dem Bodensee. Hat die Firma vom Vater übernommen und reagiert empfindlich, wenn jemand sie „altbacken“ nennt.',
          'Takes her coffee black and dislikes long slide decks – she prefers one sheet of paper and a proper conversation. Two daughters; the elder, Poppy, is reading mechanical engineering in Manchester. Sails on Windermere in the summer. Took the firm over from her father and bristles when anyone calls it “old-fashioned”.',
        ),
        dates: [
          { label: say('Geburtstag', 'Birthday'), date: k.born(58, 23) },
          { label: say('Firmengründung', 'Company founded'), date: k.cal.addYears(k.ago(600), -70) },
        ],
        motivators: ['belonging', 'confidence_future', 'succeed'],
      }),
      k.person('thomas', thomas, domain, area, {
        name: say('Thomas Krüger', 'Graham Pollard'),
        role: say('Leiter Marketing', 'Head of Marketing'),
        notes: say(
          'Läuft jedes Jahr den Hamburg-Marathon, Bestzeit 3:41 – fragt gern nach unseren Laufzeiten. Vegetarier. Sohn Emil wird bald drei. Glühender Fan des VfB Stuttgart; montags nach einer Niederlage besser nicht anrufen.',
          'Runs the London Marathon every year, personal best 3:41 – likes to ask about our times. Vegetarian. His son Alfie is nearly three. Devoted Sheffield Wednesday fan; best not to ring on a Monday after a defeat.',
        ),
        dates: [
          { label: say('Geburtstag', 'Birthday'), date: k.born(46, -40) },
          { label: say('Geburtstag von Sohn Emil', 'Son Alfie’s birthday'), date: k.born(3, 65) },
        ],
        motivators: ['stand_out', 'thrill', 'succeed'],
      }),
      k.person('aylin', aylin, domain, area, {
        name: say('Aylin Demir', 'Aisha Rahman'),
        role: say('Referentin Unternehmenskommunikation', 'Communications Manager'),
        notes: say(
          'Schickt lieber kurze Sprachnachrichten als Mails. Geht zweimal die Woche bouldern. Nussallergie – bei Workshops ans Catering denken. Möchte sich intern als Expertin für Employer Branding einen Namen machen.',
          'Prefers short voice notes to emails. Goes bouldering twice a week. Nut allergy – remember when ordering catering for workshops. Wants to make her name internally as the employer-branding expert.',
        ),
        dates: [{ label: say('Geburtstag', 'Birthday'), date: k.born(31, 9) }],
        motivators: ['be_who_i_want', 'freedom', 'stand_out'],
      }),
    ],
    events: [
      k.milestone(2605, 'contract_change', say('Rahmenvertrag unterschrieben', 'Framework agreement signed'), {
        body: say(
          'Start mit Corporate Design und Messeauftritt. Sabine hat mit dem Füller ihres Vaters unterschrieben.',
          'Starting with the corporate identity and the trade show. Margaret signed with her father’s fountain pen.',
        ),
        with: ['sabine'],
      }),
      k.touch(2596, 'visit', say('Kick-off-Workshop in Esslingen', 'Kick-off workshop in Sheffield'), {
        body: say(
          'Ein ganzer Tag in der Fertigung. Sabine hat uns jede Maschine selbst erklärt.',
          'A full day on the shop floor. Margaret walked us round every machine herself.',
        ),
        with: ['sabine', 'thomas'],
        emotions: { interested: 4, energetic: 3, exploratory: 3 },
      }),
      k.project(2580, say('Neues Corporate Design', 'New corporate identity'), {
        endsAgo: 2390,
        value: 68_000,
        outcome: say(
          'Pünktlich zum Firmenjubiläum eingeführt, intern sehr gut angenommen.',
          'Launched in time for the company anniversary and very well received internally.',
        ),
        with: ['sabine', 'thomas'],
        emotions: { pleased: 4, stimulated: 3 },
      }),
      k.project(2310, say('Messeauftritt AMB Stuttgart', 'Stand at the MACH exhibition, Birmingham'), {
        endsAgo: 2272,
        value: 42_000,
        outcome: say('Doppelt so viele Leads wie im Vorjahr.', 'Twice as many leads as the year before.'),
        with: ['thomas'],
        emotions: { happy: 4, energetic: 4 },
      }),
      k.appreciation(2266, say('Handgeschriebene Karte nach der Messe', 'Handwritten card after the show'),
        say('Handgeschriebene Karte an das Messeteam', 'Handwritten card to the stand team'), {
          personal: true, unscheduled: true, ladder: 4,
          note: say(
            'Jede Person im Messeteam namentlich erwähnt, auch die Azubis am Stand.',
            'We named every person on the stand team, apprentices included.',
          ),
          with: ['thomas'],
          emotions: { valued: 4, happy: 3 },
        }),
      k.crisis(1781, 2, say('Verstimmung nach der „altbacken“-Bemerkung', 'Upset after the “old-fashioned” remark'), {
        body: say(
          'Sabine hat zwei Termine abgesagt und nur noch schriftlich geantwortet. Am Telefon rutschte Thomas heraus: „Wenn wir Ihnen zu altmodisch sind …“',
          'Margaret cancelled two meetings and only replied in writing. On the phone Graham let slip: “If we’re too old-fashioned for you …”',
        ),
        causes: {
          careless_remarks: say(
            'Ein Junior-Designer nannte die alte Website im Workshop „altbacken“ – die hatte Sabines Vater noch selbst abgenommen.',
            'A junior designer called the old website “old-fashioned” in the workshop – Margaret’s father had signed it off himself.',
          ),
          old_patterns: say(
            'Sabine kennt den Satz von Banken, die das Familienunternehmen früher nicht ernst genommen haben.',
            'Margaret has heard that line from banks that never took the family firm seriously.',
          ),
        },
        resolvedAgo: 1763,
        resolution: say(
          `${owner} ist persönlich nach Esslingen gefahren, hat sich ohne Rechtfertigung entschuldigt und zugehört. Danach hat Sabine lange von ihrem Vater erzählt. Seitdem duzen wir uns.`,
          `${owner} drove up to Sheffield, apologised without excuses and listened. Margaret then talked for a long time about her father. She has rung ${owner.split(' ')[0]} directly ever since.`,
        ),
        with: ['sabine', 'thomas'],
        emotions: { disappointed: 4, irritated: 3 },
      }),
      k.touch(1763, 'visit', say('Persönliches Gespräch in Esslingen', 'Face-to-face talk in Sheffield'), {
        body: say(
          'Entschuldigung ausgesprochen, ohne Wenn und Aber. Sabine: „Danke, dass Sie dafür extra hergekommen sind.“',
          'Apologised, no ifs or buts. Margaret: “Thank you for coming all this way for this.”',
        ),
        with: ['sabine'],
        emotions: { valued: 4, trusting: 3, indulgent: 3 },
      }),
      k.misunderstanding(1452, say('Rechte an den Fertigungsfotos', 'Rights to the factory photos'), {
        ours: say(
          'Die Fotos dürfen auf allen Kanälen von Hofmann genutzt werden.',
          'The photos may be used on all of Hargreaves’ own channels.',
        ),
        theirs: say(
          'Die Fotos gehören Hofmann und dürfen auch an Händler weitergegeben werden.',
          'The photos belong to Hargreaves and can be passed on to distributors.',
        ),
        resolvedAgo: 1431,
        resolution: say(
          'Mit dem Fotografen eine erweiterte Lizenz ausgehandelt; die Mehrkosten haben wir uns geteilt.',
          'Negotiated an extended licence with the photographer; we split the extra cost.',
        ),
        with: ['thomas'],
        emotions: { irritated: 2, focused: 3 },
      }),
      k.appreciation(1027, say('Glückwunsch zur Geburt von Emil', 'Congratulations on Alfie’s birth'),
        say('Karte und ein Lätzchen im VfB-Design', 'Card and a Sheffield Wednesday baby bib'), {
          personal: true, unscheduled: true, ladder: 5,
          note: say(
            'Thomas hatte nebenbei erwähnt, dass er sich ein Fan-Lätzchen wünscht.',
            'Graham had mentioned in passing that he wanted a club bib.',
          ),
          with: ['thomas'],
          emotions: { happy: 5, cared_for: 4 },
        }),
      k.project(965, say('Kampagne „70 Jahre Hofmann“', '“70 Years of Hargreaves” campaign'), {
        endsAgo: 602,
        value: 96_000,
        outcome: say(
          'Jubiläumsbuch, Film und ein Festabend für 600 Gäste; die Regionalpresse hat dreimal berichtet.',
          'Anniversary book, film and a gala evening for 600 guests; the regional press covered it three times.',
        ),
        with: ['sabine', 'thomas'],
        emotions: { happy: 5, stimulated: 4 },
      }),
      k.milestone(731, 'people_change', say('Aylin Demir übernimmt die Unternehmenskommunikation', 'Aisha Rahman joins as Communications Manager'), {
        with: ['aylin'],
      }),
      k.touch(722, 'meeting', say('Kennenlernen mit Aylin', 'Getting to know Aisha'), {
        body: say(
          'Aylin will Employer Branding zum Schwerpunkt machen. Sie schreibt lieber Sprachnachrichten als Mails.',
          'Aisha wants to make employer branding her focus. She would rather send voice notes than emails.',
        ),
        with: ['aylin', 'thomas'],
        emotions: { interested: 4, energetic: 4 },
      }),
      k.appreciation(600, say('Ehrengäste beim Jubiläumsabend', 'Guests of honour at the anniversary gala'),
        say('Einladung an das ganze Agenturteam, mit Dank in Sabines Rede', 'Invitation for the whole agency team, with thanks in Margaret’s speech'), {
          personal: true, unscheduled: true, received: true, ladder: 7,
          with: ['sabine'],
          emotions: { happy: 5, trusting: 5 },
        }),
      k.project(420, say('Karriereseite und Azubi-Kampagne', 'Careers site and apprentice campaign'), {
        endsAgo: 45,
        value: 58_000,
        outcome: say(
          'Live; 40 % mehr Bewerbungen in den ersten vier Wochen.',
          'Live; 40% more applications in the first four weeks.',
        ),
        with: ['aylin', 'thomas'],
        emotions: { focused: 4, energetic: 4 },
      }),
      k.touch(47, 'video', say('Launch-Nacht der Karriereseite', 'Careers site launch night'), {
        body: say(
          'Bis 23 Uhr an den letzten Fehlern gesessen; Aylin hat trotzdem Pizza für alle bestellt.',
          'Fixing the last bugs until 11 pm; Aisha still ordered pizza for everyone.',
        ),
        with: ['aylin'],
        emotions: { stressed: 3, energetic: 4, focused: 5 },
      }),
      k.appreciation(43, say('Handgeschriebene Karte nach dem harten Launch', 'Handwritten card after the hard launch'),
        say('Handgeschriebene Karte an Aylin und ein Gutschein für ihre Boulderhalle', 'Handwritten card to Aisha and a voucher for her climbing wall'), {
          personal: true, unscheduled: true, ladder: 5,
          note: say(
            'Aylin hat den Launch trotz zweier Nachtschichten zusammengehalten – genau das haben wir ihr geschrieben.',
            'Aisha held the launch together through two late nights – and that is exactly what we wrote to her.',
          ),
          with: ['aylin'],
          emotions: { valued: 5, happy: 4 },
        }),
      k.appreciation(40, say('Sprachnachricht von Sabine an das Team', 'Voice message from Margaret to the team'),
        say('Sprachnachricht: „Ihr seid die Besten.“', 'Voice message: “You lot are the best.”'), {
          personal: true, unscheduled: true, received: true, ladder: 6,
          with: ['sabine'],
          emotions: { happy: 4, trusting: 5 },
        }),
      k.touch(12, 'meeting', say('Jahresplanung mit Sabine und Thomas', 'Annual planning with Margaret and Graham'), {
        body: say(
          'Wir sollen nächstes Jahr auch das neue Werk in Tschechien mitbetreuen. Sabine: „Mit Ihnen wollen wir das machen.“',
          'They want us to look after the new plant in Poland next year too. Margaret: “We want to do this with you.”',
        ),
        with: ['sabine', 'thomas'],
        emotions: { trusting: 5, safe: 4, interested: 4 },
      }),
    ],
    routine: {
      topics: [
        say('Messeplanung', 'Trade show planning'),
        say('Mitarbeitermagazin', 'Staff magazine'),
        say('Pressemitteilung', 'Press release'),
        say('Redaktionsplan Social Media', 'Social media calendar'),
        say('Fotoshooting in der Fertigung', 'Photo shoot on the shop floor'),
        say('Händler-Newsletter', 'Distributor newsletter'),
        say('Website-Pflege', 'Website updates'),
        say('Azubi-Marketing', 'Apprentice recruitment'),
      ],
      phases: [
        { fromAgo: 2590, toAgo: 1790, every: 26, personal: 0.6, mood: 'warm', clientStarts: 0.4, answerHours: [2, 24], contacts: ['sabine', 'thomas'] },
        { fromAgo: 1755, toAgo: 735, every: 25, personal: 0.65, mood: 'warm', clientStarts: 0.45, answerHours: [1, 12], contacts: ['sabine', 'thomas'] },
        { fromAgo: 728, toAgo: 3, every: 22, personal: 0.6, mood: 'warm', clientStarts: 0.5, answerHours: [1, 8], contacts: ['sabine', 'thomas', 'aylin'] },
      ],
      renewals: true,
      renewalWith: ['sabine'],
    },
  };
}
