// A small account and a long, warm marriage: a family vineyard, a generation change, and gifts
// that go both ways. Nobody calls during the harvest.
import type { StoryKit } from '../kit.ts';
import type { ClientStory } from '../types.ts';

export function kessler(k: StoryKit): ClientStory {
  const { say } = k;
  const owner = k.consultants[0] ?? '';
  const domain = say('weingut-kessler.de', 'aldridgehill.co.uk');
  const area = say('6133', '1273');
  // The estate turns 75 next year.
  const founded = Number(k.cal.today.slice(0, 4)) - 74;

  return {
    key: 'kessler',
    client: {
      name: say('Weingut Kessler', 'Aldridge Hill Vineyard'),
      since: k.ago(7 * 365 + 12),
      owner,
      contractValue: 24_000,
      currency: k.currency,
      renewalDate: k.ahead(80),
      noticeDays: 30,
      cadenceIdealDays: 60,
      cadenceMaxDays: 120,
      notes: say(
        'Familienweingut in Rheinhessen, 28 Hektar, Schwerpunkt Riesling. Kleiner Etat, große Zuneigung. Im September und Oktober ist Lese – dann nur im Notfall anrufen.',
        'Family vineyard in Sussex, 28 hectares, known for its sparkling wine. Small budget, big affection. September and October are harvest – only call in an emergency.',
      ),
    },
    contacts: [
      k.person('georg', say('Georg', 'Henry'), domain, area, {
        name: say('Georg Kessler', 'Henry Aldridge'),
        role: say('Winzer und Inhaber', 'Owner and winemaker'),
        notes: say(
          `Dritte Generation; sein Großvater hat das Weingut ${founded} gegründet. Redet am liebsten im Weinberg, nicht im Büro. Schenkt bei jedem Termin einen Schluck ein – nie mehr. Mag keine Anglizismen.`,
          `Third generation; his grandfather planted the first vines in ${founded}. Prefers talking in the vineyard, not the office. Pours a small glass at every meeting – never more. Suspicious of anything that sounds like marketing.`,
        ),
        dates: [{ label: say('Geburtstag', 'Birthday'), date: k.born(63, 57) }],
        motivators: ['belonging', 'be_who_i_want', 'environment'],
      }),
      k.person('lena', say('Lena', 'Lucy'), domain, area, {
        name: say('Lena Kessler', 'Lucy Aldridge'),
        role: say('Vertrieb und Marketing', 'Sales and Marketing'),
        notes: say(
          'Hat in Geisenheim studiert und ein Jahr in Neuseeland gearbeitet. Bringt das Weingut auf Instagram, manchmal gegen den Willen des Vaters. Läuft Halbmarathon.',
          'Studied winemaking at Plumpton and worked a vintage in New Zealand. Taking the estate onto Instagram, sometimes against her father’s wishes. Runs half-marathons.',
        ),
        dates: [{ label: say('Geburtstag', 'Birthday'), date: k.born(31, 140) }],
        motivators: ['stand_out', 'confidence_future', 'freedom'],
      }),
      k.person('marianne', say('Marianne', 'Jane'), domain, area, {
        name: say('Marianne Kessler', 'Jane Aldridge'),
        role: say('Weinproben und Gästehaus', 'Tastings and guest house'),
        notes: say(
          'Georgs Frau und die Seele des Gästehauses. Backt für jede Weinprobe selbst Zwiebelkuchen. Kennt alle Stammgäste beim Namen.',
          'Henry’s wife and the heart of the guest house. Bakes for every tasting herself. Knows every regular guest by name.',
        ),
        dates: [{ label: say('Geburtstag', 'Birthday'), date: k.born(60, -100) }],
        motivators: ['belonging', 'well_being'],
        noEmail: true,
      }),
    ],
    events: [
      k.milestone(2565, 'contract_change', say('Auftrag für neue Etiketten', 'Commission for new labels'), { with: ['georg'] }),
      k.touch(2558, 'visit', say('Erster Termin im Weinberg', 'First meeting in the vineyard'), {
        body: say(
          'Georg hat zwei Stunden lang die Lagen erklärt, bevor wir über Etiketten reden durften.',
          'Henry spent two hours explaining every plot before we were allowed to talk about labels.',
        ),
        with: ['georg'],
        emotions: { interested: 4, happy: 3 },
      }),
      k.project(2500, say('Etikettenrelaunch', 'Label redesign'), {
        endsAgo: 2352,
        value: 14_000,
        outcome: say('Etiketten mit Lagenkarte; vom Fachhandel gelobt.', 'Labels with a map of the plots; praised by the wine trade.'),
        with: ['georg'],
        emotions: { pleased: 4, valued: 3 },
      }),
      k.appreciation(2300, say('Eine Kiste Riesling nach dem Relaunch', 'A case of sparkling after the relaunch'),
        say('Kiste Riesling „Großes Gewächs“ mit Karte', 'A case of the estate’s sparkling with a note'), {
          personal: true, unscheduled: true, received: true, ladder: 6,
          with: ['georg'],
          emotions: { happy: 4, trusting: 4 },
        }),
      k.project(1905, say('Jahrgangspräsentation im Gutshof', 'Vintage launch at the estate'), {
        endsAgo: 1880,
        value: 6_000,
        outcome: say('120 Gäste, ausverkauft.', '120 guests, sold out.'),
        with: ['georg', 'marianne'],
        emotions: { happy: 5, energetic: 4 },
      }),
      k.project(1502, say('Einreichung beim Designpreis', 'Design award entry'), {
        endsAgo: 1440,
        value: 3_500,
        with: ['georg'],
      }),
      k.milestone(1400, 'other', say('Etikett gewinnt Designpreis', 'Label wins a design award'), {
        with: ['georg'],
        emotions: { happy: 5, valued: 4 },
      }),
      k.misunderstanding(1102, say('Funkstille während der Lese', 'Radio silence during the harvest'), {
        ours: say(
          'Wir dachten, die Social-Media-Posts laufen während der Lese wie geplant weiter.',
          'We thought the social media posts would carry on as planned during the harvest.',
        ),
        theirs: say(
          'Georg wollte in der Lese keine einzige Rückfrage – auch keine Freigaben.',
          'Henry wanted no questions at all during the harvest – not even sign-offs.',
        ),
        resolvedAgo: 1090,
        resolution: say(
          'Seitdem planen wir die Lese-Posts bis Ende August vor und fragen ab September nichts mehr.',
          'Since then we prepare the harvest posts by the end of August and ask nothing from September on.',
        ),
        with: ['georg'],
        emotions: { irritated: 3, hurried: 3 },
      }),
      k.appreciation(1038, say('Zum 60. Geburtstag von Georg', 'For Henry’s 60th birthday'),
        say(`Gerahmter Druck des allerersten Etiketts von ${founded}, gefunden im Stadtarchiv`, `A framed print of the very first label from ${founded}, found in the county archive`), {
          personal: true, unscheduled: false, ladder: 5,
          note: say('Wir haben zwei Tage im Archiv danach gesucht.', 'We spent two days in the archive looking for it.'),
          with: ['georg'],
          emotions: { happy: 5, cared_for: 5 },
        }),
      k.milestone(742, 'people_change', say('Lena übernimmt Vertrieb und Marketing', 'Lucy takes over sales and marketing'), {
        with: ['lena', 'georg'],
      }),
      k.misunderstanding(602, say('Instagram gegen Georgs Willen?', 'Instagram against Henry’s wishes?'), {
        ours: say('Lena gibt die Instagram-Inhalte frei.', 'Lucy signs off the Instagram content.'),
        theirs: say(
          'Georg wollte jeden Post über die Lagen vorher selbst sehen.',
          'Henry wanted to see every post about the vineyard before it went out.',
        ),
        resolvedAgo: 590,
        resolution: say(
          'Gemeinsame Runde am Küchentisch: Georg sieht die Posts zu den Lagen, alles andere gibt Lena frei.',
          'Sat down together at the kitchen table: Henry sees posts about the vineyard, Lucy signs off everything else.',
        ),
        with: ['georg', 'lena'],
        emotions: { stressed: 2, indulgent: 3 },
      }),
      k.project(200, say('Gästehaus-Website mit Buchung', 'Guest house website with booking'), {
        endsAgo: 150,
        value: 9_000,
        outcome: say('Direktbuchungen statt Portalprovision.', 'Direct bookings instead of portal commission.'),
        with: ['marianne', 'lena'],
        emotions: { pleased: 4, happy: 3 },
      }),
      k.touch(132, 'visit', say('Weinprobe mit Marianne: neue Bilder fürs Gästehaus', 'Tasting with Jane: new photos for the guest house'), {
        with: ['marianne'],
        emotions: { happy: 4, cared_for: 3 },
      }),
      k.appreciation(61, say('Zwiebelkuchen und der neue Jahrgang fürs Büro', 'Home baking and the new vintage for the office'),
        say('Ein Paket aus dem Gästehaus', 'A parcel from the guest house'), {
          personal: true, unscheduled: true, received: true, ladder: 7,
          with: ['marianne'],
          emotions: { happy: 4, trusting: 4 },
        }),
      k.touch(20, 'call', say('Verlängerung und Jubiläumsjahrgang', 'Renewal and the anniversary vintage'), {
        body: say(
          'Lena plant zum 75-jährigen Bestehen eine Sonderedition; der Vertrag soll verlängert und aufgestockt werden.',
          'Lucy is planning a special edition for the 75th anniversary; the contract is to be renewed and increased.',
        ),
        with: ['lena'],
        emotions: { trusting: 4, energetic: 4 },
      }),
    ],
    routine: {
      topics: [
        say('Weinprobe', 'Tasting'),
        say('Instagram', 'Instagram'),
        say('Preisliste', 'Price list'),
        say('Jahrgangstexte', 'Vintage notes'),
        say('Weinmesse', 'Wine fair'),
        say('Gästehaus', 'Guest house'),
      ],
      phases: [
        { fromAgo: 2550, toAgo: 750, every: 55, personal: 0.7, mood: 'warm', clientStarts: 0.5, answerHours: [2, 48], contacts: ['georg'], quietMonths: [9, 10] },
        { fromAgo: 738, toAgo: 25, every: 42, personal: 0.65, mood: 'warm', clientStarts: 0.5, answerHours: [2, 24], contacts: ['georg', 'lena', 'marianne'], quietMonths: [9, 10] },
      ],
      renewals: true,
      renewalWith: ['georg'],
    },
  };
}
