// The one Mantine theme: calm, professional, dense but readable. The primary colour is a deep petrol blue,
// the colour of steadiness and trust, with warm accents kept for the few things that need attention.
import {
  Badge, Button, createTheme, Modal, NavLink, Paper, SegmentedControl, Table, Tooltip, type CSSVariablesResolver, type MantineColorsTuple,
} from '@mantine/core';
import { DatePickerInput } from '@mantine/dates';
import textStyles from './styles/text.module.css';
import classes from './theme.module.css';

const petrol: MantineColorsTuple = [
  '#e7f5f7', '#d2e8ec', '#a3cfd8', '#71b5c3', '#489fb1', '#2e91a6', '#1d89a0', '#06768b', '#00697c', '#005b6c',
];

export const theme = createTheme({
  primaryColor: 'petrol',
  primaryShade: { light: 7, dark: 6 },
  colors: { petrol },
  fontFamily:
    'Inter, "Segoe UI Variable Text", "Segoe UI", system-ui, -apple-system, BlinkMacSystemFont, "Noto Sans", Roboto, "Helvetica Neue", Arial, sans-serif',
  fontFamilyMonospace: 'ui-monospace, "SF Mono", "Cascadia Mono", "DejaVu Sans Mono", Menlo, monospace',
  headings: {
    fontWeight: '650',
    sizes: {
      h1: { fontSize: '1.75rem', lineHeight: '1.25' },
      h2: { fontSize: '1.375rem', lineHeight: '1.3' },
      h3: { fontSize: '1.0625rem', lineHeight: '1.35' },
      h4: { fontSize: '0.9375rem', lineHeight: '1.4' },
    },
  },
  defaultRadius: 'md',
  cursorType: 'pointer',
  focusRing: 'auto',
  respectReducedMotion: true,
  components: {
    Paper: Paper.extend({ defaultProps: { radius: 'md' } }),
    Table: Table.extend({ defaultProps: { verticalSpacing: 'sm', horizontalSpacing: 'md' } }),
    // A badge keeps its width and words in any row ("in crisis", never "in cri…").
    Badge: Badge.extend({ defaultProps: { radius: 'sm', variant: 'light', tt: 'none', fw: 600 }, classNames: { root: textStyles.keep } }),
    Button: Button.extend({ defaultProps: { radius: 'md' } }),
    NavLink: NavLink.extend({ defaultProps: { variant: 'light' } }),
    SegmentedControl: SegmentedControl.extend({ defaultProps: { radius: 'md' } }),
    // The calendar's days inside a date field (a Day there is styled under the field's name, not its own).
    DatePickerInput: DatePickerInput.extend({ classNames: { day: classes.day } }),
    Tooltip: Tooltip.extend({ defaultProps: { openDelay: 400, withArrow: true } }),
    Modal: Modal.extend({
      defaultProps: { overlayProps: { backgroundOpacity: 0.45, blur: 2 }, radius: 'md' },
      styles: { title: { fontWeight: 650, fontSize: 'var(--mantine-font-size-lg)' } },
    }),
  },
});

// ---- contrast by construction ----
// Mantine's coloured text (`c="red"`, the `-text` shade), light badges (shade 9 on shade 1) and filled badges
// (white on shade 7) fall under WCAG AA's 4.5:1 for the warm colours at the small sizes they are used in
// (yellow-9 on yellow-1 is 2.7:1, white on red-7 3.8:1). Each colour's shade is darkened, in the light scheme,
// just as far as it takes to read on the backgrounds it sits on; colours that already read are left as they are.
const channel = (v: number) => {
  const c = v / 255;
  return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
};
const rgb = (hex: string) => {
  const n = Number.parseInt(hex.slice(1), 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255] as const;
};
const luminance = (hex: string) => {
  const [r, g, b] = rgb(hex);
  return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
};
/** The WCAG contrast ratio of two #rrggbb colours. */
export function contrastRatio(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}
const shade = (hex: string, amount: number) =>
  `#${rgb(hex).map((v) => Math.round(v * (1 - amount)).toString(16).padStart(2, '0')).join('')}`;
/** `hex`, darkened in small steps until it reads at `min` on every one of `backgrounds`. */
export function readable(hex: string, backgrounds: readonly string[], min = 4.6): string {
  let out = hex;
  for (let amount = 0.04; backgrounds.some((bg) => contrastRatio(out, bg) < min) && amount < 0.9; amount += 0.04) out = shade(hex, amount);
  return out;
}

/** The light surfaces text sits on: white, the gray cards and hovers, the soft red of a crisis card. */
const LIGHT_SURFACES = ['#ffffff', '#f8f9fa', '#f1f3f5', '#fff5f5'];

export const cssVariablesResolver: CSSVariablesResolver = (t) => {
  const light: Record<string, string> = {
    // Secondary text at 12–14 px: gray-6 on white is 3.3:1; this is 5.8:1 on white, 5.2:1 on gray-1.
    '--mantine-color-dimmed': '#5f666d',
  };
  for (const [name, c] of Object.entries(t.colors)) {
    if (name === 'dark' || name === 'gray') continue;
    const filled = readable(c[7], ['#ffffff']);
    if (filled !== c[7]) {
      light[`--mantine-color-${name}-filled`] = filled;
      light[`--mantine-color-${name}-filled-hover`] = shade(filled, 0.12);
    }
    const text = readable(c[7], [...LIGHT_SURFACES, c[0], c[1]]);
    if (text !== c[7]) {
      light[`--mantine-color-${name}-text`] = text;
      light[`--mantine-color-${name}-outline`] = text;
    }
    const lightColor = readable(c[9], [c[1], c[2]]);
    if (lightColor !== c[9]) light[`--mantine-color-${name}-light-color`] = lightColor;
  }
  const dark: Record<string, string> = {
    // Secondary text on the dark body: dark-2 is 4:1; this is 5.9:1.
    '--mantine-color-dimmed': '#a1a1a1',
  };
  // White on the dark scheme's filled shade 6 (a primary button, a red badge) is 3.3–4.1:1 before this.
  for (const [name, c] of Object.entries(t.colors)) {
    if (name === 'dark' || name === 'gray') continue;
    const filled = readable(c[6], ['#ffffff']);
    if (filled !== c[6]) {
      dark[`--mantine-color-${name}-filled`] = filled;
      dark[`--mantine-color-${name}-filled-hover`] = shade(filled, 0.12);
    }
  }
  return { variables: {}, light, dark };
};

/** One colour per kind of timeline event, used for bullets and badges. */
export const KIND_COLORS = {
  project: 'indigo',
  crisis: 'red',
  misunderstanding: 'orange',
  appreciation: 'pink',
  touchpoint: 'petrol',
  milestone: 'yellow',
} as const;
