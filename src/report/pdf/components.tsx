/** @jsxRuntime automatic */
/** @jsxImportSource react */
// The report's building blocks: section headings kept with what follows, tiles, chips and tables whose
// header row repeats on every page and whose rows never split. Ledger text is only ever a <Text> child
// (a string), so nothing in it is interpreted.
import { Text, View, type Styles } from '@react-pdf/renderer';
import type { ReactNode } from 'react';
import { C, CONTENT_WIDTH, s } from './theme.ts';

export type Style = Styles[string];

/** Room beside a section title for its "internal" mark. */
const MARK_WIDTH = 64;

/** Space the content after a heading needs on the same page, so a heading never ends a page alone. */
const KEEP_WITH_NEXT = 120;

/**
 * A section: its heading block, then its content as siblings of the heading (a fragment, not a
 * wrapping View), because react-pdf keeps an element with what follows (`minPresenceAhead`) only
 * among siblings, and only when something precedes it on the page. `atPageTop` only drops the top
 * margin: the page break itself is the caller's (a view directly on the page, see ReportDocument.tsx).
 */
export function Section(props: {
  n: number | null; title: string; intro?: string; children: ReactNode; tag?: string; atPageTop?: boolean;
  /** Beside the title: the section is internal. */
  mark?: string;
}) {
  const indent = props.n === null ? { marginLeft: 0 } : {};
  const titleWidth = CONTENT_WIDTH - (props.n !== null ? 24 : 0) - (props.mark ? MARK_WIDTH : 0);
  return (
    <>
      <View wrap={false} minPresenceAhead={KEEP_WITH_NEXT} style={{ marginTop: props.atPageTop ? 0 : 10 }}>
        <View style={s.sectionHead}>
          {props.n !== null ? <Text style={s.sectionNumber}>{String(props.n)}</Text> : null}
          <Text style={[s.sectionTitle, { width: titleWidth }]}>{props.title}</Text>
          {props.mark ? (
            <View style={{ width: MARK_WIDTH, alignItems: 'flex-end' }}>
              <Text style={s.internalMark}>{props.mark}</Text>
            </View>
          ) : null}
        </View>
        <View style={[s.sectionRule, indent]} />
        {props.tag ? <Text style={[s.sectionIntro, { color: C.accent, fontWeight: 700, marginBottom: 2 }, indent]}>{props.tag}</Text> : null}
        {props.intro ? <Text style={[s.sectionIntro, indent]}>{props.intro}</Text> : null}
      </View>
      {props.children}
      <View style={{ height: 12 }} />
    </>
  );
}

/**
 * A sub-heading inside a section, kept with what follows. The first one right under a section heading
 * has no window of its own: the heading's covers it, and react-pdf's paginator pushes two back-to-back
 * presence windows onto a new page even when both fit.
 */
export function SubHeading({ children, first }: { children: string; first?: boolean }) {
  return (
    <Text style={[s.h3, first ? { marginTop: 2 } : {}]} minPresenceAhead={first ? 0 : 90}>
      {children}
    </Text>
  );
}

export function Label({ children, style }: { children: string; style?: Style }) {
  return <Text style={style ? [s.label, style] : s.label}>{children}</Text>;
}

/** Ledger text, verbatim: a string child of <Text>, never parsed (overlong words may break, fonts.ts). */
export function LedgerText({ children, style }: { children: string; style?: Style | Style[] }) {
  return <Text style={style}>{children}</Text>;
}

export function Chip({ text, color, background }: { text: string; color: string; background: string }) {
  return (
    <View style={{ flexDirection: 'row' }}>
      <Text style={[s.chip, { color, backgroundColor: background }]}>{text}</Text>
    </View>
  );
}

export function Tile(props: {
  label: string;
  value: string;
  sub?: ReactNode;
  valueColor?: string | undefined;
  /** The number above its label (for rows of small counts). */
  valueFirst?: boolean;
  /** Tiles per row (3 by default). */
  perRow?: number;
}) {
  const value = <Text style={props.valueColor ? [s.tileValue, { color: props.valueColor }] : s.tileValue}>{props.value}</Text>;
  return (
    <View style={[s.tileBox, { width: (CONTENT_WIDTH + 10) / (props.perRow ?? 3) }]} wrap={false}>
      <View style={s.tile}>
        {props.valueFirst ? (
          <>
            {value}
            <Text style={[s.tileSub, { marginTop: 2 }]}>{props.label}</Text>
          </>
        ) : (
          <>
            <Label>{props.label}</Label>
            {value}
            {props.sub ? <Text style={s.tileSub}>{props.sub}</Text> : null}
          </>
        )}
      </View>
    </View>
  );
}

export interface Column {
  label: string;
  /** Share of the table (content) width, 0 … 1. Points, not percentages, reach the layout: react-pdf
   * parses a percentage string on every layout pass, and tables are laid out once per page. */
  width: number;
  align?: 'left' | 'right';
}

/**
 * A table that breaks cleanly across pages: the header row is `fixed` (repeated wherever the table
 * continues) and every row is `wrap={false}` (moved whole to the next page instead of split).
 */
export function Table({ columns, rows }: { columns: Column[]; rows: ReactNode[][] }) {
  return (
    <View style={s.table}>
      <View style={s.th} fixed>
        {columns.map((c, i) => (
          <View
            key={i}
            style={[s.cell, { width: c.width * CONTENT_WIDTH }, c.align === 'right' ? { alignItems: 'flex-end' } : {}, i === columns.length - 1 ? { paddingRight: 0 } : {}]}
          >
            <Label>{c.label}</Label>
          </View>
        ))}
      </View>
      {rows.map((cells, r) => (
        <View key={r} style={s.tr} wrap={false}>
          {cells.map((cell, i) => {
            const c = columns[i];
            return (
              <View
                key={i}
                style={[s.cell, { width: (c?.width ?? 0) * CONTENT_WIDTH }, c?.align === 'right' ? { alignItems: 'flex-end' } : {}, i === cells.length - 1 ? { paddingRight: 0 } : {}]}
              >
                {typeof cell === 'string' ? <Text>{cell}</Text> : cell}
              </View>
            );
          })}
        </View>
      ))}
    </View>
  );
}

/** A list of label → value pairs in two columns. */
export function Facts({ items }: { items: { label: string; value: string }[] }) {
  return (
    <View>
      {items.map((it, i) => (
        <View key={i} style={{ flexDirection: 'row', paddingVertical: 3.5, borderBottomWidth: 0.5, borderBottomColor: C.hairline }} wrap={false}>
          <Text style={{ width: CONTENT_WIDTH * 0.42, color: C.ink2 }}>{it.label}</Text>
          <Text style={{ width: CONTENT_WIDTH * 0.58, fontWeight: 700 }}>{it.value}</Text>
        </View>
      ))}
    </View>
  );
}

/** A short paragraph in muted text, for empty states and method notes. */
export function Note({ children, style }: { children: string; style?: Style }) {
  return <Text style={style ? [s.note, style] : s.note}>{children}</Text>;
}
