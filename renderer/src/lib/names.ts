// How a person's name is shown in little space.

/** Academic and courtesy titles are not part of a name's initials: "Dr. Petra Albers" is PA, not DP. */
const TITLE = /^(dr|prof|dipl|ing|mag|med|rer|nat|phil|jur|mr|mrs|ms|mx|sir|frau|herr)\.?$/i;
export const initials = (name: string) => {
  const words = name.split(/\s+/).filter((w) => w && !TITLE.test(w) && !w.endsWith('.'));
  const parts = words.length >= 2 ? [words[0], words.at(-1)] : words.slice(0, 1);
  return parts.map((w) => w?.[0]?.toLocaleUpperCase() ?? '').join('') || (name.trim()[0]?.toLocaleUpperCase() ?? '');
};
