// The report's look: A4, generous margins, one accent (the app's petrol), greys, and the health band
// colours. Sizes in PDF points (1 pt = 1/72 in; A4 is 595 × 842).
import { StyleSheet } from '@react-pdf/renderer';
import type { Band } from '../../domain/health/bands.ts';
import { SANS_STACK, SERIF_STACK } from '../fonts.ts';

export const PAGE = { width: 595.28, height: 841.89, marginX: 58, marginTop: 84, marginBottom: 70 } as const;
export const CONTENT_WIDTH = PAGE.width - 2 * PAGE.marginX;
/** Two columns side by side: each HALF wide with a GUTTER between. */
export const GUTTER = Math.round(CONTENT_WIDTH * 0.04);
export const HALF = (CONTENT_WIDTH - GUTTER) / 2;

export const C = {
  ink: '#1B2430',
  ink2: '#46505E',
  muted: '#768190',
  faint: '#A9B1BC',
  hairline: '#DCE1E6',
  soft: '#F3F5F7',
  accent: '#00697C',
  accentDark: '#004E5C',
  accentSoft: '#E4F1F3',
  positive: '#2E7D4F',
  positiveSoft: '#E6F2EA',
  negative: '#B83A32',
  negativeSoft: '#F8E9E7',
  white: '#FFFFFF',
} as const;

export const BAND_COLOR: Record<Band, string> = {
  thriving: '#2E7D4F',
  steady: '#6B9A35',
  cooling: '#B8860B',
  at_risk: '#D0692A',
  in_crisis: '#B83A32',
};

export const BAND_SOFT: Record<Band, string> = {
  thriving: '#E3F1E8',
  steady: '#EDF4E3',
  cooling: '#FAF1DC',
  at_risk: '#FBE9DD',
  in_crisis: '#F8E4E2',
};

export const FS = { body: 9.2, small: 8, tiny: 7, label: 6.8, h3: 10.5, h2: 16, title: 30 } as const;

// react-pdf turns a unitless lineHeight into points with the font size of the element that declares it
// (default 18 when that element has none) and children inherit the points. So every style that sets a
// font size also sets its line height, in the same object.
export const SM = { fontSize: FS.small, lineHeight: 1.4 } as const;
export const XS = { fontSize: FS.tiny, lineHeight: 1.35 } as const;

export const s = StyleSheet.create({
  page: {
    fontFamily: SANS_STACK,
    fontSize: FS.body,
    color: C.ink,
    paddingTop: PAGE.marginTop,
    paddingBottom: PAGE.marginBottom,
    paddingHorizontal: PAGE.marginX,
  },
  coverPage: {
    fontFamily: SANS_STACK,
    fontSize: FS.body,
    lineHeight: 1.45,
    color: C.ink,
    padding: 0,
  },
  header: {
    position: 'absolute',
    top: 34,
    left: PAGE.marginX,
    right: PAGE.marginX,
    flexDirection: 'row',
    justifyContent: 'space-between',
    alignItems: 'flex-end',
    paddingBottom: 6,
    borderBottomWidth: 0.6,
    borderBottomColor: C.hairline,
    fontSize: FS.tiny,
    color: C.muted,
  },
  headerLeft: { maxWidth: CONTENT_WIDTH * 0.6 },
  // On internal pages: a band across the top edge, above the running header.
  internalBand: { position: 'absolute', top: 0, left: 0, right: 0, height: 18, backgroundColor: C.negative, justifyContent: 'center', alignItems: 'center' },
  internalBandText: { color: C.white, fontSize: FS.tiny, fontWeight: 700, letterSpacing: 1.2, textTransform: 'uppercase' },
  internalMark: {
    borderWidth: 0.8, borderColor: C.negative, color: C.negative, borderRadius: 2, paddingHorizontal: 5, paddingVertical: 1,
    fontSize: FS.tiny, lineHeight: 1.3, fontWeight: 700, letterSpacing: 0.8, textTransform: 'uppercase',
  },
  headerRight: { color: C.accent, fontWeight: 700, letterSpacing: 0.6, textTransform: 'uppercase' },
  footer: { position: 'absolute', bottom: 30, left: PAGE.marginX, fontSize: FS.tiny, color: C.muted },
  // No lineHeight anywhere above a `render` text: react-pdf then drops it (the page number vanished).
  pageNumber: { position: 'absolute', bottom: 30, right: PAGE.marginX, fontSize: FS.tiny, color: C.muted },
  // lineHeight lives here, not on the page: react-pdf drops a `render` text (the page number) that
  // inherits a lineHeight.
  flow: { fontSize: FS.body, lineHeight: 1.45 },
  sectionHead: { flexDirection: 'row', alignItems: 'baseline', marginBottom: 3 },
  sectionNumber: { fontFamily: SERIF_STACK, fontWeight: 700, fontSize: FS.h2, color: C.accent, width: 24 },
  sectionTitle: { fontFamily: SERIF_STACK, fontWeight: 700, fontSize: FS.h2, color: C.ink, lineHeight: 1.2, width: CONTENT_WIDTH - 24 },
  sectionIntro: { color: C.muted, ...SM, marginLeft: 24, marginBottom: 12 },
  sectionRule: { height: 1.2, backgroundColor: C.accent, width: 28, marginLeft: 24, marginTop: 3, marginBottom: 6 },
  h3: { fontWeight: 700, fontSize: FS.h3, lineHeight: 1.3, color: C.ink, marginTop: 12, marginBottom: 6 },
  label: { fontSize: FS.label, lineHeight: 1.3, fontWeight: 700, color: C.muted, letterSpacing: 0.5, textTransform: 'uppercase' },
  note: { ...SM, color: C.muted, marginTop: 6 },
  // Tables
  table: { width: CONTENT_WIDTH },
  th: {
    flexDirection: 'row',
    borderBottomWidth: 0.8,
    borderBottomColor: C.ink2,
    paddingBottom: 4,
    paddingTop: 2,
    marginBottom: 1,
    backgroundColor: C.white,
  },
  tr: { flexDirection: 'row', borderBottomWidth: 0.5, borderBottomColor: C.hairline, paddingVertical: 5 },
  cell: { paddingRight: 8 },
  // Tiles
  tiles: { flexDirection: 'row', flexWrap: 'wrap', marginHorizontal: -5 },
  tileBox: { paddingHorizontal: 5, paddingBottom: 10 },
  tile: { backgroundColor: C.soft, borderRadius: 3, paddingVertical: 9, paddingHorizontal: 10, flexGrow: 1 },
  tileValue: { fontFamily: SERIF_STACK, fontWeight: 700, fontSize: 15, color: C.ink, lineHeight: 1.2, marginTop: 4 },
  tileSub: { fontSize: FS.small, lineHeight: 1.35, color: C.ink2, marginTop: 3 },
  chip: { borderRadius: 2, paddingHorizontal: 5, paddingVertical: 1.5, fontSize: FS.tiny, lineHeight: 1.3, fontWeight: 700 },
});
