// Words for the large agency: enough names for 500 distinct clients and thousands of people, topics and
// gestures in both languages (written natively, like the demo's phrases).
type Both = { de: string; en: string };

/** 25 prefixes × 25 cities: 625 distinct client names. */
export const PREFIXES: readonly Both[] = [
  { de: 'Stadtwerke', en: 'Utilities' }, { de: 'Nordlicht Versicherung', en: 'Northern Light Insurance' },
  { de: 'Brauerei', en: 'Brewery' }, { de: 'Autohaus', en: 'Motors' }, { de: 'Kliniken', en: 'Clinics' },
  { de: 'Weingut', en: 'Vineyard' }, { de: 'Sparkasse', en: 'Savings Bank' }, { de: 'Verlag', en: 'Publishing' },
  { de: 'Logistik', en: 'Logistics' }, { de: 'Bäckerei Sonnenkorn', en: 'Sunfield Bakery' },
  { de: 'Maschinenbau', en: 'Engineering' }, { de: 'Hotel Kranich', en: 'Crane Hotel' },
  { de: 'Zoo', en: 'Zoo' }, { de: 'Messe', en: 'Trade Fair' }, { de: 'Energie', en: 'Energy' },
  { de: 'Möbelhaus', en: 'Furniture' }, { de: 'Optik', en: 'Optics' }, { de: 'Reisebüro Fernweh', en: 'Wanderlust Travel' },
  { de: 'Theater', en: 'Theatre' }, { de: 'Gartenbau', en: 'Landscaping' }, { de: 'Pharma', en: 'Pharma' },
  { de: 'Stiftung', en: 'Foundation' }, { de: 'Kaffeerösterei', en: 'Coffee Roasters' },
  { de: 'Bauverein', en: 'Building Society' }, { de: 'Software', en: 'Software' },
];

export const CITIES: readonly string[] = [
  'Lindenau', 'Ahrweiler', 'Bergheim', 'Celle', 'Dornbach', 'Eichstätt', 'Friedland', 'Gmünd', 'Hameln',
  'Itzehoe', 'Jena', 'Kempten', 'Lüneburg', 'Marburg', 'Neuwied', 'Oldenburg', 'Passau', 'Quedlinburg',
  'Rosenheim', 'Speyer', 'Tübingen', 'Ulm', 'Verden', 'Wismar', 'Zittau',
];

export const LEGAL_FORMS: readonly string[] = ['GmbH', 'AG', 'GmbH & Co. KG', 'eG', 'KG'];

export const FIRST_NAMES: readonly string[] = [
  'Sabine', 'Thomas', 'Anja', 'Michael', 'Julia', 'Stefan', 'Katrin', 'Andreas', 'Claudia', 'Markus', 'Petra',
  'Jörg', 'Nicole', 'Frank', 'Susanne', 'Tobias', 'Miriam', 'Jens', 'Heike', 'Florian', 'Lena', 'Sven', 'Ute',
  'Kai', 'Birgit', 'Matthias', 'Ayşe', 'Emre', 'Sophie', 'Lukas', 'Hannah', 'Jonas', 'Nina', 'Paul', 'Eva',
  'David', 'Laura', 'Felix', 'Marie', 'Ben',
];

export const LAST_NAMES: readonly string[] = [
  'Müller', 'Schmidt', 'Schneider', 'Fischer', 'Weber', 'Meyer', 'Wagner', 'Becker', 'Schulz', 'Hoffmann',
  'Koch', 'Richter', 'Klein', 'Wolf', 'Schröder', 'Neumann', 'Schwarz', 'Braun', 'Hofmann', 'Zimmermann',
  'Krüger', 'Hartmann', 'Lange', 'Werner', 'Krause', 'Lehmann', 'Köhler', 'Maier', 'Brenner', 'Yılmaz',
  'Kaya', 'Nowak', 'Jansen', 'Vogel', 'Friedrich', 'Keller', 'Günther', 'Frank', 'Berger', 'Roth',
];

export const ROLES: readonly Both[] = [
  { de: 'Geschäftsführung', en: 'Managing director' }, { de: 'Leitung Marketing', en: 'Head of marketing' },
  { de: 'Einkauf', en: 'Procurement' }, { de: 'Kommunikation', en: 'Communications' },
  { de: 'Vertrieb', en: 'Sales' }, { de: 'Assistenz der Geschäftsführung', en: 'Executive assistant' },
  { de: 'IT-Leitung', en: 'Head of IT' }, { de: 'Projektleitung', en: 'Project lead' },
];

export const TOPICS: readonly Both[] = [
  { de: 'Jahresplanung', en: 'annual plan' }, { de: 'Kampagne Frühjahr', en: 'spring campaign' },
  { de: 'Website-Relaunch', en: 'website relaunch' }, { de: 'Messeauftritt', en: 'trade fair stand' },
  { de: 'Newsletter', en: 'newsletter' }, { de: 'Budgetfreigabe', en: 'budget sign-off' },
  { de: 'Erntefest', en: 'harvest festival' }, { de: 'Pressemitteilung', en: 'press release' },
  { de: 'Geschäftsbericht', en: 'annual report' }, { de: 'Social-Media-Redaktionsplan', en: 'social media calendar' },
  { de: 'Mitarbeitermagazin', en: 'staff magazine' }, { de: 'Produkteinführung', en: 'product launch' },
  { de: 'Kundenumfrage', en: 'customer survey' }, { de: 'Tag der offenen Tür', en: 'open day' },
  { de: 'Rebranding', en: 'rebranding' }, { de: 'Fotoshooting', en: 'photo shoot' },
  { de: 'Recruiting-Kampagne', en: 'recruiting campaign' }, { de: 'Nachhaltigkeitsbericht', en: 'sustainability report' },
  { de: 'Jubiläum', en: 'anniversary' }, { de: 'Krisenkommunikation', en: 'crisis communication' },
];

export const PROJECTS: readonly Both[] = [
  { de: 'Relaunch der Website', en: 'Website relaunch' }, { de: 'Imagekampagne', en: 'Brand campaign' },
  { de: 'Messestand', en: 'Trade fair stand' }, { de: 'Geschäftsbericht', en: 'Annual report' },
  { de: 'Employer-Branding', en: 'Employer branding' }, { de: 'Produktfilm', en: 'Product film' },
  { de: 'Kundenmagazin', en: 'Customer magazine' }, { de: 'Social-Media-Betreuung', en: 'Social media management' },
];

export const GESTURES: readonly { title: Both; gesture: Both; body: Both; personal: boolean }[] = [
  {
    title: { de: 'Handgeschriebene Karte', en: 'Handwritten card' }, personal: true,
    gesture: { de: 'Karte mit persönlichem Dank', en: 'Card with a personal thank-you' },
    body: { de: '{name} hat sich sehr über die Zeilen gefreut.', en: '{name} was delighted by the note.' },
  },
  {
    title: { de: 'Blumen zum Jubiläum', en: 'Flowers for the anniversary' }, personal: true,
    gesture: { de: 'Blumenstrauß ins Büro', en: 'Bouquet to the office' },
    body: { de: '{name} hat ein Foto vom Strauß geschickt.', en: '{name} sent a photo of the bouquet.' },
  },
  {
    title: { de: 'Lob weitergegeben', en: 'Praise passed on' }, personal: true,
    gesture: { de: 'Lob an die Geschäftsführung weitergegeben', en: 'Passed praise on to their leadership' },
    body: { de: 'Wir haben die Arbeit von {name} ausdrücklich erwähnt.', en: 'We made a point of mentioning {name}’s work.' },
  },
  {
    title: { de: 'Weihnachtskarte', en: 'Christmas card' }, personal: false,
    gesture: { de: 'Gedruckte Weihnachtskarte mit Agenturmotiv', en: 'Printed Christmas card with the agency design' },
    body: { de: 'Dieselbe Karte wie an alle Kunden.', en: 'The same card every client gets.' },
  },
];
