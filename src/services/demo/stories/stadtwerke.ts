// The cooling relationship: years of closeness under one contact, then a handover, and since then
// no personal conversation for months – only mails, slow answers and an open question about money.
import type { StoryKit } from '../kit.ts';
import type { ClientStory } from '../types.ts';

export function stadtwerke(k: StoryKit): ClientStory {
  const { say } = k;
  const owner = k.consultants[1] ?? '';
  const domain = say('stadtwerke-lindenau.de', 'lindford-ew.co.uk');
  const area = say('341', '1865');

  return {
    key: 'stadtwerke',
    client: {
      name: say('Stadtwerke Lindenau', 'Lindford Energy & Water'),
      since: k.ago(6 * 365 + 100),
      owner,
      contractValue: 94_000,
      currency: k.currency,
      renewalDate: k.ahead(52),
      noticeDays: 30,
      cadenceIdealDays: 30,
      cadenceMaxDays: 60,
      notes: say(
        'Kommunaler Versorger für Strom, Gas, Wasser und Bäder, 520 Mitarbeitende. Unter Dr. Berger eng und vertraut; seit dem Wechsel zu Nadine Vogt fehlt der persönliche Draht.',
        'Municipal supplier of power, gas, water and the public pools, 520 staff. Close and trusting under Alan Berry; since Nicola Vaughan took over, the personal connection has gone.',
      ),
    },
    contacts: [
      k.person('berger', say('Herr Dr. Berger', 'Alan'), domain, area, {
        name: say('Dr. Frank Berger', 'Dr Alan Berry'),
        role: say('Leiter Unternehmenskommunikation (im Ruhestand)', 'Head of Corporate Communications (retired)'),
        notes: say(
          'Hat die Zusammenarbeit mit uns aufgebaut. Liebt Lokalgeschichte und hat ein Buch über die Lindenauer Straßenbahn geschrieben. Singt im Kirchenchor. Freut sich im Ruhestand am Ammersee über eine Postkarte.',
          'Built the relationship with us. Loves local history and wrote a book on the Lindford tramway. Sings in the church choir. Enjoys the odd postcard in his retirement in Cornwall.',
        ),
        dates: [{ label: say('Geburtstag', 'Birthday'), date: k.born(66, 120) }],
        motivators: ['belonging', 'secure', 'be_who_i_want'],
      }),
      k.person('vogt', say('Frau Vogt', 'Nicola'), domain, area, {
        name: say('Nadine Vogt', 'Nicola Vaughan'),
        role: say('Leiterin Unternehmenskommunikation', 'Head of Communications'),
        notes: say(
          'Kam von einer großen Agentur und kennt unser Geschäft von innen – misst alles an Zahlen. Zwei Labradore, macht Triathlon. Mag keine Termine ohne Agenda. Sagte im ersten Gespräch, sie wolle „die Dienstleisterlandschaft sortieren“.',
          'Came from a big agency and knows our business from the inside – judges everything by the numbers. Two Labradors; does triathlons. Dislikes meetings without an agenda. Said in our first conversation that she wanted to “tidy up the supplier landscape”.',
        ),
        dates: [{ label: say('Geburtstag', 'Birthday'), date: k.born(41, -150) }],
        motivators: ['stand_out', 'succeed', 'secure'],
      }),
      k.person('wendt', 'Peter', domain, area, {
        name: say('Peter Wendt', 'Peter Walsh'),
        role: say('Pressesprecher', 'Press Officer'),
        notes: say(
          'Seit zwanzig Jahren im Haus und kennt jeden im Rathaus. Ist vor Kurzem zum ersten Mal Opa geworden. Erzählt gern von seinem Schrebergarten.',
          'Twenty years with the company and knows everyone at the town hall. Recently became a grandfather for the first time. Loves talking about his allotment.',
        ),
        dates: [{ label: say('Geburtstag', 'Birthday'), date: k.born(59, 200) }],
        motivators: ['belonging', 'secure', 'well_being'],
      }),
    ],
    events: [
      k.milestone(2288, 'contract_change', say('Agenturvertrag nach Ausschreibung', 'Agency contract after a public tender'), {
        body: say('Ausschreibung gegen drei Wettbewerber gewonnen.', 'Won the tender against three competitors.'),
        with: ['berger'],
      }),
      k.touch(2281, 'meeting', say('Kick-off mit Dr. Berger und Peter Wendt', 'Kick-off with Alan Berry and Peter Walsh'), {
        with: ['berger', 'wendt'],
        emotions: { interested: 3, focused: 4 },
      }),
      k.project(2200, say('Kundenmagazin „Lindenau erleben“', 'Customer magazine “Lindford Life”'), {
        endsAgo: 1905,
        value: 38_000,
        outcome: say(
          'Erscheint vierteljährlich; Leserbefragung: 78 % lesen es regelmäßig.',
          'Published quarterly; reader survey: 78% read it regularly.',
        ),
        with: ['berger', 'wendt'],
      }),
      k.misunderstanding(1251, say('Freigabeweg für Pressemitteilungen', 'Sign-off route for press releases'), {
        ours: say('Peter Wendt gibt Pressemitteilungen frei.', 'Peter Walsh signs off press releases.'),
        theirs: say(
          'Bei Preisthemen muss zusätzlich der Geschäftsführer freigeben.',
          'Anything about prices also needs the chief executive’s sign-off.',
        ),
        resolvedAgo: 1246,
        resolution: say('Freigabematrix gemeinsam aufgeschrieben.', 'Wrote down a sign-off matrix together.'),
        with: ['wendt'],
        emotions: { hurried: 2, focused: 3 },
      }),
      k.project(1600, say('Energiesparkampagne „Jede Kilowattstunde zählt“', 'Energy-saving campaign “Every Kilowatt Counts”'), {
        endsAgo: 1421,
        value: 54_000,
        outcome: say(
          'Preis beim Kommunalmarketing-Wettbewerb; Dr. Berger hat ihn persönlich entgegengenommen.',
          'Won a public-sector marketing award; Alan collected it in person.',
        ),
        with: ['berger'],
        emotions: { happy: 5, valued: 4 },
      }),
      k.appreciation(1410, say('Einladung zur Preisverleihung', 'Invitation to the award ceremony'),
        say('Einladung für das Team zur Preisverleihung und zum Abendessen', 'Invitation for the team to the ceremony and dinner'), {
          personal: true, unscheduled: true, received: true, ladder: 6,
          with: ['berger'],
          emotions: { happy: 4, trusting: 4 },
        }),
      k.project(1002, say('Krisenkommunikationstraining für den Bereitschaftsdienst', 'Crisis communication training for the on-call team'), {
        endsAgo: 884,
        value: 18_000,
        outcome: say('Zwei Trainingstage, sehr gute Bewertungen.', 'Two training days, excellent feedback.'),
        with: ['wendt'],
      }),
      k.appreciation(300, say('Abschiedsgeschenk für Dr. Berger', 'Farewell gift for Alan'),
        say('Gerahmte Stadtkarte von Lindenau aus dem Jahr 1890', 'Framed 1890 map of Lindford from an antiquarian bookseller'), {
          personal: true, unscheduled: false, ladder: 5,
          note: say('Passend zu seinem Buch über die Straßenbahn.', 'To go with his book on the tramway.'),
          with: ['berger'],
          emotions: { cared_for: 5, happy: 4 },
        }),
      k.milestone(251, 'people_change', say('Dr. Berger geht in den Ruhestand, Nadine Vogt übernimmt', 'Alan Berry retires; Nicola Vaughan takes over'), {
        with: ['berger', 'vogt'],
      }),
      k.touch(232, 'video', say('Kennenlernen mit Frau Vogt', 'Introductory call with Nicola'), {
        body: say(
          '45 Minuten, sehr strukturiert. Frau Vogt will ein monatliches Reporting und hat nach unseren Stundensätzen gefragt.',
          '45 minutes, very structured. Nicola wants monthly reporting and asked about our day rates.',
        ),
        with: ['vogt'],
        emotions: { focused: 4, hurried: 3 },
      }),
      k.touch(166, 'call', say('Telefonat mit Peter Wendt', 'Call with Peter Walsh'), {
        body: say(
          'Peter hat angedeutet, dass Frau Vogt „alle Agenturen auf den Prüfstand stellt“.',
          'Peter hinted that Nicola is “putting all the agencies under the microscope”.',
        ),
        by: 'client',
        answerHours: 3,
        with: ['wendt'],
        emotions: { indulgent: 3, stressed: 2 },
      }),
      k.misunderstanding(121, say('Monatliches Reporting: inklusive oder extra?', 'Monthly reporting: included or extra?'), {
        body: say(
          'Die Rechnung für drei Monate Reporting kam kommentarlos zurück.',
          'The invoice for three months of reporting came back without comment.',
        ),
        ours: say(
          'Reporting ist laut ursprünglichem Vertrag eine Zusatzleistung nach Aufwand.',
          'Under the original contract, reporting is an extra, billed by time.',
        ),
        theirs: say(
          'Ein Reporting gehört zu jeder professionellen Betreuung und ist im Honorar enthalten.',
          'Reporting is part of any professional service and covered by the retainer.',
        ),
        with: ['vogt'],
        emotions: { irritated: 3, unsatisfied: 3 },
      }),
      k.touch(96, 'mail', say('Mail: Anfrage zum Geschäftsbericht', 'Email: Annual report enquiry'), {
        body: say(
          'Frau Vogt fragt, ob wir den Geschäftsbericht übernehmen können. Unsere Antwort kam erst nach vier Tagen.',
          'Nicola asked whether we could take on the annual report. Our reply took four days.',
        ),
        by: 'client',
        answerHours: 96,
        with: ['vogt'],
        emotions: { neglected: 3, unsatisfied: 2 },
      }),
      k.crisis(24, 1, say('Die Fronten verhärten sich', 'Positions are hardening'), {
        body: say(
          'Frau Vogt schreibt nur noch mit Kopie an den Geschäftsführer. Die Verlängerung steht in wenigen Wochen an, die Kündigungsfrist endet bald.',
          'Nicola now copies the chief executive into every email. The renewal is only weeks away and the notice period ends soon.',
        ),
        causes: {
          too_little_attention: say(
            'Seit dem Kennenlern-Call kein persönliches Gespräch mehr mit Frau Vogt.',
            'No personal conversation with Nicola since the introductory call.',
          ),
          insufficient_care: say('Anfragen wurden spät beantwortet.', 'Requests were answered late.'),
          unresolved_misunderstandings: say('Die Reporting-Frage ist weiter offen.', 'The reporting question is still open.'),
        },
        with: ['vogt'],
        emotions: { neglected: 4, unsatisfied: 3, irritated: 2 },
      }),
    ],
    routine: {
      topics: [
        say('Kundenmagazin', 'Customer magazine'),
        say('Pressemitteilung Tarifanpassung', 'Press release on tariff changes'),
        say('Bäder-Saison', 'Pool season'),
        say('Baustelleninfo Fernwärme', 'District heating roadworks notice'),
        say('Social Media', 'Social media'),
        say('Stadtfest-Stand', 'Town festival stand'),
      ],
      phases: [
        { fromAgo: 2270, toAgo: 305, every: 32, personal: 0.55, mood: 'warm', clientStarts: 0.4, answerHours: [2, 24], contacts: ['berger', 'wendt'] },
        { fromAgo: 300, toAgo: 252, every: 20, personal: 0.5, mood: 'steady', clientStarts: 0.4, answerHours: [4, 24], contacts: ['berger', 'wendt'] },
        { fromAgo: 228, toAgo: 175, every: 20, personal: 0.25, mood: 'steady', clientStarts: 0.5, answerHours: [8, 48], contacts: ['vogt', 'wendt'] },
        { fromAgo: 160, toAgo: 2, every: 16, personal: 0, mood: 'cold', clientStarts: 0.55, answerHours: [20, 120], contacts: ['vogt', 'wendt'] },
      ],
      renewals: true,
      renewalWith: ['berger'],
    },
  };
}
