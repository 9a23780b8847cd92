// The new one: ten weeks old, full of energy, still learning each other's pace.
import type { StoryKit } from '../kit.ts';
import type { ClientStory } from '../types.ts';

export function velotech(k: StoryKit): ClientStory {
  const { say } = k;
  const owner = k.consultants[2] ?? '';
  const domain = say('velotech.bike', 'spokewise.bike');
  const area = say('30', '20');

  return {
    key: 'velotech',
    client: {
      name: say('Velotech Mobility GmbH', 'Spokewise Mobility Ltd'),
      since: k.ago(75),
      owner,
      contractValue: 36_000,
      currency: k.currency,
      renewalDate: k.ahead(290),
      noticeDays: 30,
      cadenceIdealDays: 14,
      cadenceMaxDays: 30,
      notes: say(
        'E-Bike-Start-up aus Berlin, Series A im Frühjahr, 60 Leute. Erster Etat nach gewonnenem Pitch; sie erwarten Tempo.',
        'E-bike start-up from London, Series A this spring, 60 people. First account after a won pitch; they expect pace.',
      ),
    },
    contacts: [
      k.person('leonie', say('Leonie', 'Lauren'), domain, area, {
        name: say('Leonie Fischer', 'Lauren Fisher'),
        role: say('Gründerin und CEO', 'Founder and CEO'),
        notes: say(
          'War früher Radprofi und fährt bei jedem Wetter ins Büro. Trinkt Flat White mit Hafermilch. Duzt alle vom ersten Tag an. Will, dass man ihr widerspricht, wenn sie falschliegt.',
          'Former pro cyclist who rides to the office in all weathers. Oat flat white. First names from day one. Wants to be told when she is wrong.',
        ),
        dates: [{ label: say('Geburtstag', 'Birthday'), date: k.born(34, 100) }],
        motivators: ['thrill', 'freedom', 'environment'],
      }),
      k.person('tobias', say('Tobias', 'Toby'), domain, area, {
        name: say('Tobias Renner', 'Toby Rennick'),
        role: 'Head of Growth',
        notes: say(
          'Denkt in Dashboards und Kohorten. Hasst lange Mails – drei Stichpunkte reichen. Spielt abends Online-Schach. Hat beim Pitch als Einziger kritisch nachgefragt.',
          'Thinks in dashboards and cohorts. Hates long emails – three bullet points will do. Plays online chess in the evenings. The only one who asked the hard questions at our pitch.',
        ),
        dates: [{ label: say('Geburtstag', 'Birthday'), date: k.born(31, -20) }],
        motivators: ['succeed', 'stand_out'],
      }),
    ],
    events: [
      k.milestone(75, 'contract_change', say('Pitch gewonnen, Vertrag unterschrieben', 'Pitch won, contract signed'), {
        with: ['leonie', 'tobias'],
        emotions: { energetic: 5, happy: 4 },
      }),
      k.touch(71, 'meeting', say('Kick-off im Loft in Kreuzberg', 'Kick-off at their Shoreditch loft'), {
        body: say(
          'Leonie kam mit dem Rad und nassem Helm. Drei Stunden, viele Post-its, klare Erwartung: erste Ergebnisse in zwei Wochen.',
          'Lauren arrived by bike with a soaking helmet. Three hours, a wall of sticky notes and a clear expectation: first results in two weeks.',
        ),
        with: ['leonie', 'tobias'],
        emotions: { energetic: 5, exploratory: 4 },
      }),
      k.project(66, say('Markensprint und Launch-Kampagne für das neue Modell', 'Brand sprint and launch campaign for the new model'), {
        endsAgo: -40,
        value: 28_000,
        with: ['leonie', 'tobias'],
        emotions: { stimulated: 4, hurried: 3 },
      }),
      k.appreciation(31, say('Glückwunsch zum Podcast-Auftritt', 'Congratulations on the podcast interview'),
        say('Kurze Videobotschaft des Teams', 'A short video message from the team'), {
          personal: true, unscheduled: true, ladder: 4,
          note: say(
            'Wir haben drei Sätze aus dem Interview zitiert, die uns beeindruckt haben.',
            'We quoted three things she said in the interview that had stuck with us.',
          ),
          with: ['leonie'],
          emotions: { happy: 4, valued: 4 },
        }),
      k.misunderstanding(20, say('Wie schnell ist „schnell“?', 'How fast is “fast”?'), {
        body: say(
          'Tobias hat nachts um elf im Kanal nachgefragt und am Morgen „???“ hinterhergeschickt.',
          'Toby asked a question in the channel at 11 pm and followed it up with “???” in the morning.',
        ),
        ours: say(
          'Antworten innerhalb eines Werktags, so steht es im Angebot.',
          'Replies within one working day, as our proposal says.',
        ),
        theirs: say(
          'Im gemeinsamen Slack-Kanal erwartet das Team Antworten innerhalb einer Stunde, auch abends.',
          'In the shared Slack channel the team expects an answer within the hour, evenings included.',
        ),
        with: ['tobias'],
        emotions: { hurried: 3, irritated: 2 },
      }),
    ],
    routine: {
      topics: [
        say('Markensprint', 'Brand sprint'),
        say('Launch-Kampagne', 'Launch campaign'),
        say('Influencer-Kooperationen', 'Influencer partnerships'),
        say('Testfahrten-Event', 'Test ride event'),
        say('Performance-Zahlen', 'Performance figures'),
      ],
      phases: [
        { fromAgo: 68, toAgo: 1, every: 6, personal: 0.5, mood: 'fresh', clientStarts: 0.6, answerHours: [1, 10], contacts: ['leonie', 'tobias'] },
      ],
      renewals: true,
    },
  };
}
