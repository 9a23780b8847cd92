// The ending: four good years, a new finance director, an escalation to lawyers and withheld
// invoices (lose-lose), and an orderly exit. Archived, kept as a lesson.
import type { StoryKit } from '../kit.ts';
import type { ClientStory } from '../types.ts';

export function hansen(k: StoryKit): ClientStory {
  const { say } = k;
  const owner = k.consultants[1] ?? '';
  const domain = say('hansen-logistik.de', 'harwood-freight.co.uk');
  const area = say('421', '1482');

  return {
    key: 'hansen',
    client: {
      name: say('Hansen Logistik GmbH & Co. KG', 'Harwood Freight Ltd'),
      since: k.ago(6 * 365 + 30),
      owner,
      status: 'archived',
      currency: k.currency,
      cadenceIdealDays: 30,
      cadenceMaxDays: 60,
      notes: say(
        'Spedition aus Bremen mit 800 Fahrerinnen und Fahrern. Vier gute Jahre, dann Eskalation um Rechnungen; geordneter Ausstieg mit Vergleich. Archiviert.',
        'Haulier from Hull with 800 drivers. Four good years, then an escalation over invoices; an orderly exit with a settlement. Archived.',
      ),
    },
    contacts: [
      k.person('ole', say('Herr Hansen', 'Owen'), domain, area, {
        name: say('Ole Hansen', 'Owen Harwood'),
        role: say('Geschäftsführer', 'Managing Director'),
        notes: say(
          'Harter, aber fairer Verhandler. Werder-Fan mit Dauerkarte. Hat sich nach dem Vergleich persönlich verabschiedet – die Tür ist nicht ganz zu.',
          'A tough but fair negotiator. Hull City season-ticket holder. Said goodbye in person after the settlement – the door is not quite closed.',
        ),
        dates: [{ label: say('Geburtstag', 'Birthday'), date: k.born(61, 80) }],
        motivators: ['secure', 'succeed'],
      }),
      k.person('birte', say('Birte', 'Beth'), domain, area, {
        name: say('Birte Claußen', 'Bethany Clarke'),
        role: say('Marketing und Employer Branding (ausgeschieden)', 'Marketing and Employer Branding (left)'),
        notes: say(
          'Hat die Fahrerkampagne mit uns erfunden. Arbeitet inzwischen bei einem Hafenbetreiber – wir sind in gutem Kontakt geblieben.',
          'Came up with the driver campaign with us. Now works for a port operator – we have stayed on good terms.',
        ),
        dates: [{ label: say('Geburtstag', 'Birthday'), date: k.born(39, 250) }],
        motivators: ['belonging', 'well_being', 'stand_out'],
      }),
      k.person('kroll', say('Herr Dr. Kroll', 'Dr Croft'), domain, area, {
        name: say('Dr. Stefan Kroll', 'Dr Stephen Croft'),
        role: say('Kaufmännischer Geschäftsführer', 'Finance Director'),
        notes: say(
          'Kam von einer Unternehmensberatung und hat alle Dienstleister auf Kosten geprüft. Kommunizierte fast nur schriftlich, zuletzt über die Rechtsabteilung.',
          'Came from a consultancy and reviewed every supplier on cost. Communicated almost only in writing, in the end through the legal team.',
        ),
        motivators: ['secure', 'succeed'],
      }),
    ],
    events: [
      k.milestone(2218, 'contract_change', say('Auftrag: Employer Branding für Fahrer', 'Brief: employer branding for drivers'), { with: ['ole'] }),
      k.project(2200, say('Kampagne „Wir fahren für den Norden“', '“Driving the North” campaign'), {
        endsAgo: 1950,
        value: 64_000,
        outcome: say(
          'Bewerbungen von Berufskraftfahrern plus 60 %; Branchenpreis.',
          'Applications from HGV drivers up 60%; an industry award.',
        ),
        with: ['birte'],
        emotions: { happy: 5, energetic: 4 },
      }),
      k.appreciation(1941, say('Fahrerfrühstück mit dem Kampagnenteam', 'Drivers’ breakfast with the campaign team'),
        say('Um fünf Uhr früh mit den Fahrern am Depot gefrühstückt', 'Breakfast with the drivers at the depot at 5 am'), {
          personal: true, unscheduled: true, ladder: 5,
          note: say(
            'Birte hatte erzählt, dass sich die Fahrer nie gesehen fühlen.',
            'Beth had told us the drivers never feel seen.',
          ),
          with: ['birte', 'ole'],
          emotions: { valued: 5, happy: 4 },
        }),
      k.project(1502, say('Fahrer-App: Texte und Onboarding', 'Driver app: copy and onboarding'), {
        endsAgo: 1300,
        value: 48_000,
        outcome: say('Gut angenommen; 90 % der Fahrer nutzen die App.', 'Well received; 90% of drivers use the app.'),
        with: ['birte'],
      }),
      k.milestone(902, 'people_change', say('Dr. Stefan Kroll wird kaufmännischer Geschäftsführer', 'Dr Stephen Croft becomes Finance Director'), {
        with: ['kroll'],
      }),
      k.milestone(801, 'people_change', say('Birte Claußen verlässt Hansen', 'Bethany Clarke leaves Harwood'), { with: ['birte'] }),
      k.misunderstanding(702, say('Stundennachweise', 'Timesheets'), {
        ours: say(
          'Pauschalhonorar; Stundennachweise gibt es auf Anfrage.',
          'A flat retainer, with timesheets available on request.',
        ),
        theirs: say(
          'Dr. Kroll verlangt monatliche Einzelnachweise, rückwirkend für drei Jahre.',
          'Dr Croft wants itemised monthly timesheets, backdated three years.',
        ),
        resolvedAgo: 240,
        resolution: say('Im Vergleich mit erledigt.', 'Settled as part of the settlement.'),
        with: ['kroll'],
        emotions: { irritated: 4, unsatisfied: 4 },
      }),
      k.crisis(622, 7, say('Rechnungen zurückgehalten, Anwaltsschreiben', 'Invoices withheld, solicitors’ letters'), {
        body: say(
          'Es begann mit Rückfragen zu Stundenzetteln, wurde zu Zahlungsstopp und Rundmails an den Beirat und endete mit Anwaltsschreiben und der Drohung, unsere Kampagnenmotive ohne Lizenz weiterzunutzen.',
          'It began with queries about timesheets, turned into a payment freeze and circular emails to the advisory board, and ended in solicitors’ letters and a threat to keep using our campaign artwork without a licence.',
        ),
        causes: {
          price_pretext: say(
            'Offiziell ging es um Kosten; tatsächlich wollte der neue Finanzchef die Agentur seines Vorgängers loswerden.',
            'Officially it was about cost; in truth the new finance director wanted rid of his predecessor’s agency.',
          ),
          no_willingness_to_talk: say('Gespräche liefen nur noch über Anwälte.', 'All conversation went through solicitors.'),
          insufficient_care: say(
            'Nach Birtes Weggang haben wir keinen neuen Draht ins Unternehmen aufgebaut.',
            'After Beth left, we never built a new connection into the company.',
          ),
          old_patterns: say(
            'Dr. Kroll hatte bei seinem früheren Arbeitgeber schlechte Erfahrungen mit Agenturen gemacht.',
            'Dr Croft had had bad experiences with agencies at his previous employer.',
          ),
        },
        resolvedAgo: 240,
        resolution: say(
          'Geordneter Ausstieg: Vergleich über 70 % der offenen Rechnungen, Übergabe aller Daten und Lizenzen und ein persönliches Abschlussgespräch mit Herrn Hansen.',
          'An orderly exit: a settlement covering 70% of the open invoices, a handover of all files and licences, and a personal closing conversation with Owen.',
        ),
        with: ['kroll', 'ole'],
        emotions: { frustrated: 5, irritated: 5, disappointed: 4 },
      }),
      k.touch(250, 'meeting', say('Abschlussgespräch mit Herrn Hansen', 'Closing conversation with Owen'), {
        body: say(
          'Er bedauert, wie es gelaufen ist: „Die Kampagne war das Beste, was wir je hatten.“',
          'He regrets how it went: “That campaign was the best thing we ever had.”',
        ),
        with: ['ole'],
        emotions: { indulgent: 3, disappointed: 3 },
      }),
      k.milestone(240, 'contract_change', say('Zusammenarbeit beendet', 'Relationship ended'), { with: ['ole'] }),
    ],
    routine: {
      topics: [
        say('Fahrerkampagne', 'Driver campaign'),
        say('Stellenanzeigen', 'Job adverts'),
        say('Fahrer-App', 'Driver app'),
        say('Messe transport logistic', 'Multimodal trade show'),
        say('Mitarbeiterzeitung', 'Staff newsletter'),
      ],
      phases: [
        { fromAgo: 2205, toAgo: 905, every: 32, personal: 0.6, mood: 'warm', clientStarts: 0.45, answerHours: [2, 24], contacts: ['ole', 'birte'] },
        { fromAgo: 895, toAgo: 640, every: 30, personal: 0.3, mood: 'steady', clientStarts: 0.5, answerHours: [4, 36], contacts: ['ole', 'kroll'] },
        { fromAgo: 615, toAgo: 255, every: 25, personal: 0.1, mood: 'strained', clientStarts: 0.55, answerHours: [12, 96], contacts: ['kroll', 'ole'] },
      ],
      endedAgo: 240,
      renewals: false,
    },
  };
}
