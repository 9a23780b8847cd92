// rapport timeline CLIENT: the relationship's story, newest first, paged through events:list.
import { InvalidArgumentError, Option, type Command } from 'commander';
import { EVENT_KINDS, type EventKind, type TimelineEvent } from '../../contract/events.ts';
import type { Reference } from '../../contract/reference.ts';
import { LIMITS } from '../../contract/primitives.ts';
import type { Dispatcher } from '../../services/dispatcher.ts';
import { withLedger, type CliContext } from '../context.ts';
import { unwrap } from '../errors.ts';
import { json, money, oneLine, table } from '../format.ts';
import { resolveClient } from '../resolve.ts';
import { checkInt, collect } from './options.ts';

/** All events of a client (or the first `limit`), newest first, following the keyset cursor. */
export async function readTimeline(
  d: Dispatcher, clientId: number, ctx: CliContext, options: { kinds?: EventKind[]; limit?: number } = {},
): Promise<TimelineEvent[]> {
  const events: TimelineEvent[] = [];
  let before: { occurredOn: string; id: number } | undefined;
  for (;;) {
    const want = options.limit === undefined ? LIMITS.pageSize : Math.min(LIMITS.pageSize, options.limit - events.length);
    if (want <= 0) break;
    const page = unwrap(await d.call('events:list', {
      clientId, limit: want,
      ...(before ? { before } : {}),
      ...(options.kinds?.length ? { kinds: options.kinds } : {}),
    }), ctx.t);
    events.push(...page.items);
    if (!page.nextCursor) break;
    before = page.nextCursor;
  }
  return events;
}

function details(e: TimelineEvent, ref: Reference, currency: string, ctx: CliContext): string {
  const { t, lang } = ctx;
  const label = (x: { labelDe: string; labelEn: string } | undefined, fallback: string) =>
    x ? (lang === 'de' ? x.labelDe : x.labelEn) : fallback;
  const parts: string[] = [];
  switch (e.kind) {
    case 'project':
      if (e.endsOn) parts.push(t.until(e.endsOn));
      if (e.value !== null) parts.push(money(e.value, currency, lang));
      break;
    case 'crisis': {
      const stage = ref.glaslStages.find((g) => g.stage === e.glaslStage);
      parts.push(`Glasl ${e.glaslStage} (${label(stage, '?')})`);
      parts.push(e.status === 'open' ? t.open : t.resolvedOn(e.resolvedOn ?? ''));
      if (e.rootCauses.length) {
        parts.push(e.rootCauses.map((c) => label(ref.rootCauses.find((r) => r.key === c.key), c.key)).join(', '));
      }
      break;
    }
    case 'misunderstanding':
      parts.push(e.status === 'open' ? t.open : t.resolvedOn(e.resolvedOn ?? ''));
      break;
    case 'appreciation': {
      const how = e.isPersonal || e.isUnscheduled
        ? [e.isPersonal ? t.personal : '', e.isUnscheduled ? t.unscheduled : ''].filter(Boolean).join(', ')
        : t.routine;
      parts.push(e.direction === 'received' ? `${t.received}, ${how}` : how);
      if (e.ladderStage !== null) parts.push(t.ladder(e.ladderStage));
      break;
    }
    case 'touchpoint':
      parts.push(t.channels[e.channel]);
      parts.push(e.initiatedBy === 'client' ? t.byClient : t.byUs);
      if (e.responseHours !== null) parts.push(t.answered(e.responseHours));
      break;
    case 'milestone':
      parts.push(t.milestones[e.milestoneType]);
      break;
  }
  if (e.loggedBy) parts.push(t.team.loggedBy(e.loggedBy.name));
  if (e.emotions.length) {
    parts.push(e.emotions.map((x) => `${label(ref.emotions.find((r) => r.key === x.key), x.key)} ${x.intensity}`).join(', '));
  }
  return parts.join(' · ');
}

export function registerTimeline(program: Command, ctx: CliContext): void {
  const { t, io } = ctx;
  program
    .command('timeline')
    .description(t.cmd.timeline)
    .argument('<client>')
    .addOption(new Option('--kind <kind>', t.opt.kind).choices(EVENT_KINDS).argParser((value: string, previous?: string[]) => {
      // .choices() lists the kinds in the help; this parser keeps the check and makes the option repeatable.
      if (!(EVENT_KINDS as readonly string[]).includes(value)) {
        throw new InvalidArgumentError(`Allowed choices are ${EVENT_KINDS.join(', ')}.`);
      }
      return collect(value, previous);
    }))
    .option('--limit <n>', t.opt.limit)
    .option('--json', t.opt.json)
    .action(async (clientArg: string, o: { kind?: EventKind[]; limit?: string; json?: boolean }, cmd: Command) => {
      const limit = o.limit === undefined ? undefined : checkInt('--limit', o.limit, t, 1, 1_000_000);
      await withLedger(ctx, cmd, {}, async (d) => {
        const client = await resolveClient(d, clientArg, t);
        const events = await readTimeline(d, client.id, ctx, { kinds: o.kind ?? [], ...(limit ? { limit } : {}) });
        if (o.json) return io.out(json({ client, events }));
        const more = limit !== undefined && events.length === limit ? '+' : '';
        io.out(`${t.timelineHead(client.name, client.since, client.owner ?? '', `${events.length}${more}`)}\n\n`);
        if (events.length === 0) return io.out(`${t.noEvents}\n`);
        const ref = unwrap(await d.call('reference:get', {}), t);
        const h = t.head;
        io.out(table(
          [{ header: h.date }, { header: h.kind }, { header: h.title, flexible: true, min: 24 }, { header: h.details, flexible: true, min: 16 }],
          events.map((e) => [e.occurredOn, t.kinds[e.kind], oneLine(e.title), details(e, ref, client.currency, ctx)]),
          io.columns,
        ));
      });
    });
}
