// The relationship that repaired itself: a greenwashing row escalated to camps and coalitions,
// a mediation brought both sides back, and today the client invites us to the harvest festival.
import type { StoryKit } from '../kit.ts';
import type { ClientStory } from '../types.ts';

export function gruenwiese(k: StoryKit): ClientStory {
  const { say } = k;
  const owner = k.consultants[3] ?? '';
  const domain = say('gruenwiese.de', 'greenmeadow.coop');
  const area = say('4131', '1392');

  return {
    key: 'gruenwiese',
    client: {
      name: say('Biohof Grünwiese eG', 'Greenmeadow Organic Co-operative'),
      since: k.ago(4 * 365 + 200),
      owner,
      contractValue: 68_000,
      currency: k.currency,
      renewalDate: k.ahead(230),
      noticeDays: 90,
      cadenceIdealDays: 28,
      cadenceMaxDays: 56,
      notes: say(
        'Genossenschaft aus 14 Bio-Höfen in der Lüneburger Heide mit Hofläden und Lieferdienst. Nach der Greenwashing-Krise und einer Mediation wieder eng verbunden.',
        'A co-operative of 14 organic farms in Devon with farm shops and a veg box round. Close again after the greenwashing crisis and a mediation.',
      ),
    },
    contacts: [
      k.person('johanna', say('Johanna', 'Joanna'), domain, area, {
        name: say('Johanna Reimers', 'Joanna Reid'),
        role: say('Vorständin', 'Chair of the Board'),
        notes: say(
          'Bewirtschaftet selbst einen Hof und steht um fünf auf – Anrufe um sieben sind völlig in Ordnung. Drei Kinder. Mag plattdeutsche Sprichwörter und hasst Marketing-Floskeln. „Klimaneutral“ ist seit der Krise ein rotes Tuch für sie.',
          'Runs a farm herself and is up at five – a call at seven is perfectly fine. Three children. Loves old Devon sayings and hates marketing clichés. Since the crisis, “carbon neutral” is a red rag to her.',
        ),
        dates: [
          { label: say('Geburtstag', 'Birthday'), date: k.born(52, 31) },
          { label: say('Gründungstag der Genossenschaft', 'Co-operative founded'), date: '1998-09-14' },
        ],
        motivators: ['environment', 'belonging', 'be_who_i_want'],
      }),
      k.person('malte', say('Malte', 'Matt'), domain, area, {
        name: say('Malte Janssen', 'Matt Jennings'),
        role: say('Leiter Vertrieb und Marketing', 'Head of Sales and Marketing'),
        notes: say(
          'War früher Koch und lebt vegan. Spielt Bass in einer Band, die auf Dorffesten auftritt. Tochter Ida ist knapp ein Jahr alt. Denkt schnell und redet noch schneller.',
          'A former chef, vegan. Plays bass in a band that does village fêtes. His daughter Isla is nearly one. Thinks fast and talks faster.',
        ),
        dates: [
          { label: say('Geburtstag', 'Birthday'), date: k.born(36, 140) },
          { label: say('Geburtstag von Tochter Ida', 'Daughter Isla’s birthday'), date: k.born(1, 44) },
        ],
        motivators: ['thrill', 'freedom', 'stand_out'],
      }),
      k.person('elif', say('Elif', 'Ellie'), domain, area, {
        name: say('Elif Kaya', 'Ellie Kaye'),
        role: say('Social Media und Community', 'Social Media and Community'),
        notes: say(
          'Studiert nebenbei Agrarwissenschaften. Fotografiert analog, und ihre Hofbilder sind besser als die vom Profi. Mag klare Briefings und fragt nach, wenn etwas unklar ist.',
          'Studying agriculture part-time. Shoots on film, and her farm photos beat the professional ones. Likes a clear brief and asks when something is unclear.',
        ),
        dates: [{ label: say('Geburtstag', 'Birthday'), date: k.born(27, 75) }],
        motivators: ['be_who_i_want', 'environment', 'thrill'],
      }),
    ],
    events: [
      k.milestone(1658, 'contract_change', say('Zusammenarbeit beginnt mit dem Verpackungsprojekt', 'Work begins with the packaging project'), {
        with: ['johanna'],
      }),
      k.touch(1652, 'visit', say('Erster Hofbesuch', 'First farm visit'), {
        body: say(
          'Johanna hat uns um sechs Uhr morgens zum Melken eingeladen. Wir sind gekommen.',
          'Joanna invited us to the six o’clock milking. We turned up.',
        ),
        with: ['johanna', 'malte'],
        emotions: { interested: 4, stimulated: 4, happy: 3 },
      }),
      k.project(1600, say('Neue Verpackungslinie für die Molkereiprodukte', 'New packaging range for the dairy products'), {
        endsAgo: 1421,
        value: 34_000,
        outcome: say('Absatz im Handel um 18 % gestiegen.', 'Retail sales up 18%.'),
        with: ['johanna', 'malte'],
        emotions: { pleased: 4 },
      }),
      k.project(1302, say('Hofladen-Website mit Lieferdienst', 'Farm shop website with veg box ordering'), {
        endsAgo: 1150,
        value: 41_000,
        outcome: say('Online-Bestellungen verdreifacht.', 'Online orders tripled.'),
        with: ['malte'],
        emotions: { happy: 4, energetic: 4 },
      }),
      k.appreciation(1141, say('Gemüsekisten fürs Agenturteam', 'Veg boxes for the agency'),
        say('Einen Monat lang jede Woche eine Gemüsekiste', 'A veg box every week for a month'), {
          personal: true, unscheduled: true, received: true, ladder: 6,
          with: ['malte'],
          emotions: { happy: 4, trusting: 4 },
        }),
      k.project(602, say('Frühjahrskampagne „Klimaneutral vom Feld“', 'Spring campaign “Carbon neutral from field to fork”'), {
        endsAgo: 540,
        value: 29_000,
        outcome: say(
          'Nach dem Greenwashing-Vorwurf in der Lokalzeitung abgebrochen.',
          'Pulled after a greenwashing accusation in the local paper.',
        ),
        with: ['malte'],
        emotions: { stressed: 4, disappointed: 4 },
      }),
      k.misunderstanding(560, say('Was „klimaneutral“ bedeutet', 'What “carbon neutral” means'), {
        ours: say(
          'Der Claim ist durch Kompensationszertifikate gedeckt, die Grünwiese selbst gekauft hat.',
          'The claim is backed by offset certificates Greenmeadow bought itself.',
        ),
        theirs: say(
          'Johanna verstand darunter, dass die Höfe selbst keine Emissionen verursachen – so hätte sie den Claim nie freigegeben.',
          'Joanna took it to mean the farms themselves produce no emissions – she would never have approved the claim otherwise.',
        ),
        resolvedAgo: 331,
        resolution: say(
          'Im Mediationsworkshop geklärt: Claim gestrichen, stattdessen konkrete Zahlen pro Hof.',
          'Cleared up in the mediation: the claim was dropped in favour of concrete figures for each farm.',
        ),
        with: ['johanna', 'malte'],
        emotions: { disappointed: 4, frustrated: 3 },
      }),
      k.crisis(546, 4, say('Greenwashing-Vorwurf und gegenseitige Schuldzuweisungen', 'Greenwashing accusation and finger-pointing'), {
        body: say(
          'Ein Journalist nannte die Kampagne Greenwashing. Grünwiese warf uns vor, zu viel versprochen zu haben; wir verwiesen auf die Freigaben. Im Vorstand bildeten sich Lager, zwei Höfe forderten einen Agenturwechsel.',
          'A journalist called the campaign greenwashing. Greenmeadow accused us of overpromising; we pointed to their sign-offs. Camps formed on the board, and two farms demanded a new agency.',
        ),
        causes: {
          unresolved_misunderstandings: say(
            'Was „klimaneutral“ heißen sollte, wurde nie geklärt.',
            'Nobody ever settled what “carbon neutral” was supposed to mean.',
          ),
          no_willingness_to_talk: say(
            'Wochenlang nur Mails mit Kopie an den Aufsichtsrat.',
            'Weeks of emails copied to the supervisory board, and no conversations.',
          ),
          insufficient_care: say(
            'In der heißen Phase war unser Team mit einem anderen Launch ausgelastet.',
            'During the crunch our team was tied up with another launch.',
          ),
        },
        resolvedAgo: 331,
        resolution: say(
          'Mediation mit einer neutralen Mediatorin, zwei halbe Tage auf dem Hof: Beide Seiten haben ihren Anteil benannt, wir haben uns für die fehlende Sorgfalt entschuldigt. Neue Regel: Umweltaussagen nur mit Beleg, Johanna gibt persönlich frei.',
          'Mediation with a neutral mediator, two half-days on the farm: both sides named their own part, and we apologised for our lack of care. New rule: environmental claims only with evidence, and Joanna signs them off herself.',
        ),
        with: ['johanna', 'malte'],
        emotions: { frustrated: 5, disappointed: 4, irritated: 4 },
      }),
      k.touch(520, 'mail', say('Mail mit Kopie an den Aufsichtsrat', 'Email copied to the supervisory board'), {
        by: 'client',
        answerHours: 30,
        with: ['malte'],
        emotions: { irritated: 5, frustrated: 4 },
      }),
      k.touch(333, 'meeting', say('Mediation, erster Tag', 'Mediation, day one'), {
        body: say(
          'Die Mediatorin hat jede Seite ihre Geschichte erzählen lassen, ohne Unterbrechung. Johanna hat zum ersten Mal gesagt, wie sehr sie der Zeitungsartikel persönlich getroffen hat.',
          'The mediator let each side tell its story without interruption. For the first time Joanna said how personally the newspaper piece had hurt her.',
        ),
        with: ['johanna', 'malte'],
        emotions: { stressed: 3, interested: 3, indulgent: 2 },
      }),
      k.touch(331, 'meeting', say('Mediation, zweiter Tag: Vereinbarung', 'Mediation, day two: agreement'), {
        body: say(
          'Gemeinsame Regeln aufgeschrieben. Zum Abschied hat Johanna uns Eier mitgegeben.',
          'Wrote down shared rules. As we left, Joanna sent us home with a box of eggs.',
        ),
        with: ['johanna', 'malte'],
        emotions: { trusting: 3, safe: 3, pleased: 3 },
      }),
      k.milestone(300, 'people_change', say('Elif Kaya übernimmt Social Media', 'Ellie Kaye takes over social media'), { with: ['elif'] }),
      k.project(250, say('Neuer Onlineshop mit Abo-Kisten', 'New online shop with subscription boxes'), {
        endsAgo: 20,
        value: 52_000,
        outcome: say(
          'Nach holprigem Start stabil; 1.100 Abos im ersten Monat.',
          'Stable after a bumpy start; 1,100 subscriptions in the first month.',
        ),
        with: ['malte', 'elif'],
        emotions: { energetic: 4, focused: 4 },
      }),
      k.touch(24, 'call', say('Launch-Wochenende: Zahlungsanbieter fällt aus', 'Launch weekend: payment provider goes down'), {
        body: say(
          'Malte rief am Samstag früh an; wir waren nach 40 Minuten online und haben bis zum Abend durchgearbeitet.',
          'Matt rang early on Saturday; we were online within 40 minutes and worked through until evening.',
        ),
        by: 'client',
        answerHours: 1,
        anyDay: true,
        with: ['malte'],
        emotions: { stressed: 5, frustrated: 3, focused: 4 },
      }),
      k.appreciation(18, say('Handgeschriebene Karte nach dem harten Launch', 'Handwritten card after the hard launch'),
        say('Handgeschriebene Karte an Malte und Elif, dazu Kaffee von der Rösterei im Dorf', 'Handwritten card to Matt and Ellie, with coffee from the village roastery'), {
          personal: true, unscheduled: true, ladder: 5,
          note: say(
            'Wir haben geschrieben, was wir an dem Wochenende an ihnen bewundert haben – nicht, was wir selbst geleistet haben.',
            'We wrote about what we admired in them that weekend – not about what we had done.',
          ),
          with: ['malte', 'elif'],
          emotions: { valued: 5, happy: 4 },
        }),
      k.appreciation(10, say('Einladung zum Erntefest', 'Invitation to the harvest festival'),
        say('Persönliche Einladung des Vorstands', 'A personal invitation from the board'), {
          body: say('Johanna: „Ihr gehört ja inzwischen dazu.“', 'Joanna: “You’re part of the family now.”'),
          personal: true, unscheduled: true, received: true, ladder: 7,
          with: ['johanna'],
          emotions: { trusting: 5, happy: 4 },
        }),
      k.touch(4, 'visit', say('Hofbesuch mit Johanna: Planung fürs nächste Jahr', 'Farm visit with Joanna: planning next year'), {
        with: ['johanna', 'elif'],
        emotions: { trusting: 4, happy: 4, safe: 4 },
      }),
    ],
    routine: {
      topics: [
        say('Hofladen-Aktionen', 'Farm shop promotions'),
        say('Saisonkalender', 'Seasonal calendar'),
        say('Newsletter an die Abonnenten', 'Subscriber newsletter'),
        say('Verpackungstexte', 'Packaging copy'),
        say('Pressearbeit', 'Press relations'),
        say('Hoffest', 'Open farm day'),
      ],
      phases: [
        { fromAgo: 1645, toAgo: 620, every: 28, personal: 0.6, mood: 'warm', clientStarts: 0.45, answerHours: [2, 24], contacts: ['johanna', 'malte'] },
        { fromAgo: 600, toAgo: 370, every: 18, personal: 0.25, mood: 'strained', clientStarts: 0.5, answerHours: [6, 72], contacts: ['johanna', 'malte'] },
        { fromAgo: 325, toAgo: 125, every: 22, personal: 0.6, mood: 'repairing', clientStarts: 0.45, answerHours: [1, 12], contacts: ['johanna', 'malte'] },
        { fromAgo: 120, toAgo: 5, every: 20, personal: 0.65, mood: 'warm', clientStarts: 0.5, answerHours: [1, 8], contacts: ['johanna', 'malte', 'elif'] },
      ],
      renewals: true,
      renewalWith: ['johanna'],
    },
  };
}
