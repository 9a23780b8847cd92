/** @jsxRuntime automatic */
/** @jsxImportSource react */
// The appendix: who wrote the records the report is built on (the agency's shared ledger only). Names are
// the team's display names, set verbatim like any ledger text.
import { Text } from '@react-pdf/renderer';
import { LedgerText, Note, SubHeading, Table } from './components.tsx';
import type { Ctx } from './context.ts';
import { C } from './theme.ts';

export function ContributorsBody({ ctx }: { ctx: Ctx }) {
  const { d, t, f } = ctx;
  const a = t.appendix;
  const count = (n: number) => <Text style={{ color: n === 0 ? C.faint : C.ink }}>{f.int(n)}</Text>;
  return (
    <>
      <SubHeading first>{a.contributors}</SubHeading>
      <Note style={{ marginTop: 0, marginBottom: 8 }}>{a.contributorsNote}</Note>
      <Table
        columns={[
          { label: a.person, width: 0.3 },
          { label: a.events, width: 0.13, align: 'right' },
          { label: a.preps, width: 0.17, align: 'right' },
          { label: a.contacts, width: 0.13, align: 'right' },
          // Room for two dates on one line: "22.11.2026 – 22.11.2026".
          { label: a.span, width: 0.27, align: 'right' },
        ]}
        rows={d.contributors.map((p) => [
          <LedgerText key="n" style={{ fontWeight: 700 }}>{p.name}</LedgerText>,
          count(p.events),
          count(p.preps),
          count(p.contacts),
          <Text key="r" style={{ color: C.ink2 }}>{a.range(f.date(p.firstOn), f.date(p.lastOn))}</Text>,
        ])}
      />
    </>
  );
}
