// Text compared the way a person searches: without case or accents ("uber" finds "über", "einst" finds
// "Einstellungen"). The client list's filter and the command palette fold the same way.
export const fold = (s: string): string => s.normalize('NFKD').replace(/\p{Diacritic}/gu, '').toLocaleLowerCase();
