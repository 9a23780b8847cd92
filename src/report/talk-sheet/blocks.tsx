/** @jsxRuntime automatic */
/** @jsxImportSource react */
// The talk sheet's building blocks, in the renewal report's type and colours (pdf/theme.ts) but tighter:
// a sheet to hold in the talk wants short headings and two columns, us and them, side by side.
// Ledger text is only ever a string child of <Text>, so markup in it is printed, not interpreted.
import { Text, View } from '@react-pdf/renderer';
import type { ReactNode } from 'react';
import { FONT_SANS, SERIF_STACK } from '../fonts.ts';
import { Label, LedgerText, type Style } from '../pdf/components.tsx';
import { C, CONTENT_WIDTH, FS, SM } from '../pdf/theme.ts';

/** Room the first lines of a section need under its heading, so a heading never ends a page alone. */
const KEEP_WITH_NEXT = 70;

export function SheetSection({ n, title, children }: { n: number; title: string; children: ReactNode }) {
  return (
    <>
      <View wrap={false} minPresenceAhead={KEEP_WITH_NEXT} style={{ marginTop: 14, marginBottom: 6, flexDirection: 'row', alignItems: 'baseline', borderBottomWidth: 0.6, borderBottomColor: C.hairline, paddingBottom: 3 }}>
        <Text style={{ fontFamily: SERIF_STACK, fontWeight: 700, fontSize: 12.5, lineHeight: 1.25, color: C.accent, width: 18 }}>{String(n)}</Text>
        <Text style={{ fontFamily: SERIF_STACK, fontWeight: 700, fontSize: 12.5, lineHeight: 1.25, color: C.ink, width: CONTENT_WIDTH - 18 }}>{title}</Text>
      </View>
      {children}
    </>
  );
}

/** The dimmed line for a part of the prep nobody filled in. */
export function NotPrepared({ children }: { children: string }) {
  // Italic only exists in the text font itself (the fallback fonts have none), and this text is ours.
  return <Text style={{ ...SM, fontFamily: FONT_SANS, color: C.muted, fontStyle: 'italic' }}>{children}</Text>;
}

const LABEL_W = CONTENT_WIDTH * 0.2;
const COL_W = (CONTENT_WIDTH - LABEL_W) / 2;

export interface PairRow {
  label: string;
  us: string | null;
  them: string | null;
}

/** Us and them side by side, one row per aspect; a row with nothing on either side is left out. */
export function UsThemGrid({ us, them, rows }: { us: string; them: string; rows: PairRow[] }) {
  const filled = rows.filter((r) => r.us || r.them);
  if (filled.length === 0) return null;
  const cell = (text: string | null, last: boolean) => (
    <View style={{ width: COL_W, paddingRight: last ? 0 : 10 }}>
      {text ? <LedgerText>{text}</LedgerText> : <Text style={{ color: C.faint }}>–</Text>}
    </View>
  );
  return (
    <View style={{ width: CONTENT_WIDTH }}>
      {/* Repeated where the grid continues on the next page; the section heading keeps it with the first row. */}
      <View style={{ flexDirection: 'row', paddingBottom: 2, borderBottomWidth: 0.8, borderBottomColor: C.ink2, backgroundColor: C.white }} fixed>
        <View style={{ width: LABEL_W }} />
        <View style={{ width: COL_W, paddingRight: 10 }}><Label>{us}</Label></View>
        <View style={{ width: COL_W }}><Label>{them}</Label></View>
      </View>
      {filled.map((r, i) => (
        <View key={i} style={{ flexDirection: 'row', paddingVertical: 4, borderBottomWidth: 0.5, borderBottomColor: C.hairline }}>
          <Text style={{ width: LABEL_W, paddingRight: 8, paddingTop: 1, fontWeight: 700, color: C.ink2, ...SM }}>{r.label}</Text>
          {cell(r.us, false)}
          {cell(r.them, true)}
        </View>
      ))}
    </View>
  );
}

/** A label above ledger text, across the full width; nothing when the text is empty. */
export function Line({ label, text, style }: { label: string; text: string | null; style?: Style }) {
  if (!text) return null;
  return (
    <View style={[{ flexDirection: 'row', paddingVertical: 4, borderBottomWidth: 0.5, borderBottomColor: C.hairline }, style ?? {}]}>
      <Text style={{ width: LABEL_W, paddingRight: 8, paddingTop: 1, fontWeight: 700, color: C.ink2, ...SM }}>{label}</Text>
      <LedgerText style={{ width: CONTENT_WIDTH - LABEL_W }}>{text}</LedgerText>
    </View>
  );
}

/** An item with a bold lead-in of ours (a label) before the ledger text. */
export interface LeadItem {
  lead: string;
  text: string | null;
}

/** Numbered or bulleted items; `box` draws an empty tick box to mark a question as asked in the talk. */
export function Items({ items, marker }: { items: (string | LeadItem)[]; marker: 'number' | 'bullet' | 'box' }) {
  return (
    <View>
      {items.map((item, i) => (
        <View key={i} style={{ flexDirection: 'row', marginBottom: 4 }} wrap={false}>
          <View style={{ width: 16, paddingTop: marker === 'box' ? 2.5 : 0 }}>
            {marker === 'box' ? (
              <View style={{ width: 7, height: 7, borderWidth: 0.8, borderColor: C.accent, borderRadius: 1 }} />
            ) : (
              <Text style={{ color: C.accent, fontWeight: 700 }}>{marker === 'number' ? `${i + 1}` : '•'}</Text>
            )}
          </View>
          {typeof item === 'string' ? (
            <LedgerText style={{ width: CONTENT_WIDTH - 16 }}>{item}</LedgerText>
          ) : (
            <Text style={{ width: CONTENT_WIDTH - 16 }}>
              <Text style={{ fontWeight: 700 }}>{item.text ? `${item.lead}: ` : item.lead}</Text>
              {item.text ? <Text>{item.text}</Text> : null}
            </Text>
          )}
        </View>
      ))}
    </View>
  );
}

/** A small uppercase label over a group, kept with its first line. */
export function GroupLabel({ children, first }: { children: string; first?: boolean }) {
  return (
    <View minPresenceAhead={36} style={{ marginTop: first ? 0 : 8, marginBottom: 3 }}>
      <Label>{children}</Label>
    </View>
  );
}

/** A quoted passage with an accent bar (the opening words); upright, as ledger text may need the fallback fonts. */
export function Quote({ children }: { children: string }) {
  return (
    <View style={{ borderLeftWidth: 2, borderLeftColor: C.accent, paddingLeft: 8, paddingVertical: 1, marginBottom: 2 }}>
      <LedgerText style={{ color: C.ink, fontSize: FS.body, lineHeight: 1.45 }}>{children}</LedgerText>
    </View>
  );
}
