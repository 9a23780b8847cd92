// The one Mantine theme: calm, professional, dense but readable. The primary colour is a deep petrol blue,
// the colour of steadiness and trust, with warm accents kept for the few things that need attention.
import {
  Badge, Button, createTheme, Modal, NavLink, Paper, SegmentedControl, Table, Tooltip, type MantineColorsTuple,
} from '@mantine/core';

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
    Badge: Badge.extend({ defaultProps: { radius: 'sm', variant: 'light', tt: 'none', fw: 600 } }),
    Button: Button.extend({ defaultProps: { radius: 'md' } }),
    NavLink: NavLink.extend({ defaultProps: { variant: 'light' } }),
    SegmentedControl: SegmentedControl.extend({ defaultProps: { radius: 'md' } }),
    Tooltip: Tooltip.extend({ defaultProps: { openDelay: 400, withArrow: true } }),
    Modal: Modal.extend({
      defaultProps: { overlayProps: { backgroundOpacity: 0.45, blur: 2 }, radius: 'md' },
      styles: { title: { fontWeight: 650, fontSize: 'var(--mantine-font-size-lg)' } },
    }),
  },
});

/** One colour per kind of timeline event, used for bullets and badges. */
export const KIND_COLORS = {
  project: 'indigo',
  crisis: 'red',
  misunderstanding: 'orange',
  appreciation: 'pink',
  touchpoint: 'petrol',
  milestone: 'yellow',
} as const;
