// rapport event add CLIENT --kind KIND --title TEXT […kind-specific options]
import { todayIso } from '../../domain/dates.ts';
import { Option, type Command } from 'commander';
import {
  EVENT_KINDS, MILESTONE_TYPES, TOUCHPOINT_CHANNELS, type EventFieldsInput, type EventKind,
} from '../../contract/events.ts';
import { withLedger, type CliContext } from '../context.ts';
import { unwrap, usage } from '../errors.ts';
import { json } from '../format.ts';
import { resolveClient, resolveContact } from '../resolve.ts';
import { checkDate, checkInt, checkNumber, collect } from './options.ts';

interface EventOptions {
  kind: EventKind;
  title: string;
  text?: string;
  date?: string;
  with?: string[];
  emotion?: string[];
  stage?: string;
  cause?: string[];
  status?: 'open' | 'resolved';
  resolvedOn?: string;
  resolution?: string;
  ours?: string;
  theirs?: string;
  gesture?: string;
  personal?: boolean;
  unscheduled?: boolean;
  received?: boolean;
  personalNote?: string;
  ladder?: string;
  channel?: (typeof TOUCHPOINT_CHANNELS)[number];
  by?: 'us' | 'client';
  responseHours?: string;
  ends?: string;
  outcome?: string;
  value?: string;
  type?: (typeof MILESTONE_TYPES)[number];
  json?: boolean;
}

/** Which kinds each kind-specific option belongs to (its flag, for messages). */
const ONLY_FOR: Partial<Record<keyof EventOptions, [string, readonly EventKind[]]>> = {
  stage: ['--stage', ['crisis']],
  status: ['--status', ['crisis', 'misunderstanding']],
  resolvedOn: ['--resolved-on', ['crisis', 'misunderstanding']],
  resolution: ['--resolution', ['crisis', 'misunderstanding']],
  ours: ['--ours', ['misunderstanding']],
  theirs: ['--theirs', ['misunderstanding']],
  gesture: ['--gesture', ['appreciation']],
  personal: ['--personal', ['appreciation']],
  unscheduled: ['--unscheduled', ['appreciation']],
  received: ['--received', ['appreciation']],
  personalNote: ['--personal-note', ['appreciation']],
  ladder: ['--ladder', ['appreciation']],
  channel: ['--channel', ['touchpoint']],
  by: ['--by', ['touchpoint']],
  responseHours: ['--response-hours', ['touchpoint']],
  ends: ['--ends', ['project']],
  outcome: ['--outcome', ['project']],
  value: ['--value', ['project']],
  type: ['--type', ['milestone']],
};

type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;
type Fields = DistributiveOmit<EventFieldsInput, 'emotions' | 'participantIds'>;

/** The kind-specific fields from the options, or a usage error naming what is missing or misplaced. */
function kindFields(o: EventOptions & { cause: string[] }, date: string, today: string, ctx: CliContext): Fields {
  const { t } = ctx;
  for (const [key, spec] of Object.entries(ONLY_FOR) as [keyof EventOptions, [string, readonly EventKind[]]][]) {
    const v = o[key];
    const given = Array.isArray(v) ? v.length > 0 : v !== undefined;
    if (given && !spec[1].includes(o.kind)) throw usage(t.onlyFor(spec[0], spec[1].join('|')));
  }
  if (o.cause.length > 0 && o.kind !== 'crisis') throw usage(t.onlyFor('--cause', 'crisis'));
  const common = { title: o.title, body: o.text ?? null, occurredOn: date };
  const resolution = () => {
    const status = o.status ?? (o.resolution || o.resolvedOn ? 'resolved' : 'open');
    if (status === 'open') return { status, resolvedOn: null, resolution: null };
    if (!o.resolution) throw usage(t.needs(`${o.kind} --status resolved`, '--resolution TEXT'));
    const resolvedOn = o.resolvedOn ? checkDate('--resolved-on', o.resolvedOn, t) : today > date ? today : date;
    return { status, resolvedOn, resolution: o.resolution };
  };
  switch (o.kind) {
    case 'project':
      return {
        kind: 'project', ...common,
        endsOn: o.ends ? checkDate('--ends', o.ends, t) : null,
        outcome: o.outcome ?? null,
        value: o.value === undefined ? null : checkInt('--value', o.value, t, 0, 1_000_000_000),
      };
    case 'crisis':
      if (o.stage === undefined) throw usage(t.needs('crisis', '--stage N (Glasl 1–9)'));
      return { kind: 'crisis', ...common, glaslStage: checkInt('--stage', o.stage, t, 1, 9), ...resolution() };
    case 'misunderstanding':
      return { kind: 'misunderstanding', ...common, ourUnderstanding: o.ours ?? null, theirUnderstanding: o.theirs ?? null, ...resolution() };
    case 'appreciation':
      if (!o.gesture) throw usage(t.needs('appreciation', '--gesture TEXT'));
      return {
        kind: 'appreciation', ...common,
        gesture: o.gesture,
        direction: o.received ? 'received' : 'shown',
        isPersonal: o.personal ?? false,
        isUnscheduled: o.unscheduled ?? false,
        personalNote: o.personalNote ?? null,
        ladderStage: o.ladder === undefined ? null : checkInt('--ladder', o.ladder, t, 1, 7),
      };
    case 'touchpoint':
      if (!o.channel) throw usage(t.needs('touchpoint', `--channel ${TOUCHPOINT_CHANNELS.join('|')}`));
      return {
        kind: 'touchpoint', ...common,
        channel: o.channel,
        initiatedBy: o.by ?? 'us',
        responseHours: o.responseHours === undefined ? null : checkNumber('--response-hours', o.responseHours, t, 0, 24 * 365),
      };
    case 'milestone':
      return { kind: 'milestone', ...common, milestoneType: o.type ?? 'other' };
  }
}

export function registerEvent(program: Command, ctx: CliContext): void {
  const { t, io } = ctx;
  const group = program.command('event').description(t.cmd.event);
  group
    .command('add')
    .description(t.cmd.eventAdd)
    .argument('<client>')
    .addOption(new Option('--kind <kind>', t.opt.kind).choices(EVENT_KINDS).makeOptionMandatory())
    .requiredOption('--title <text>', t.opt.title)
    .option('--text <text>', t.opt.text)
    .option('--date <date>', t.opt.date)
    .option('--with <contact>', t.opt.with, collect)
    .option('--emotion <key[:n]>', t.opt.emotion, collect)
    .option('--stage <n>', t.opt.stage)
    .option('--cause <key[=note]>', t.opt.cause, collect)
    .addOption(new Option('--status <status>', t.opt.status).choices(['open', 'resolved']))
    .option('--resolved-on <date>', t.opt.resolvedOn)
    .option('--resolution <text>', t.opt.resolution)
    .option('--ours <text>', t.opt.ours)
    .option('--theirs <text>', t.opt.theirs)
    .option('--gesture <text>', t.opt.gesture)
    .option('--personal', t.opt.personal)
    .option('--unscheduled', t.opt.unscheduled)
    .option('--received', t.opt.received)
    .option('--personal-note <text>', t.opt.personalNote)
    .option('--ladder <n>', t.opt.ladder)
    .addOption(new Option('--channel <channel>', t.opt.channel).choices(TOUCHPOINT_CHANNELS))
    .addOption(new Option('--by <who>', t.opt.by).choices(['us', 'client']))
    .option('--response-hours <n>', t.opt.responseHours)
    .option('--ends <date>', t.opt.ends)
    .option('--outcome <text>', t.opt.outcome)
    .option('--value <n>', t.opt.value)
    .addOption(new Option('--type <type>', t.opt.type).choices(MILESTONE_TYPES))
    .option('--json', t.opt.json)
    .action(async (clientArg: string, raw: EventOptions, cmd: Command) => {
      const o = { ...raw, with: raw.with ?? [], emotion: raw.emotion ?? [], cause: raw.cause ?? [] };
      const today = todayIso(ctx.now());
      const date = o.date === undefined ? today : checkDate('--date', o.date, t);
      const fields = kindFields(o, date, today, ctx); // usage errors before the passphrase is asked for
      const emotionArgs = o.emotion.map((raw) => {
        const m = /^([a-z_]+)(?::([1-5]))?$/.exec(raw.trim());
        return { raw, key: m?.[1] ?? '', intensity: m?.[2] ? Number(m[2]) : 3 };
      });
      await withLedger(ctx, cmd, {}, async (d) => {
        const client = await resolveClient(d, clientArg, t);
        const reference = unwrap(await d.call('reference:get', {}), t);
        const emotionKeys = reference.emotions.map((e) => e.key);
        for (const e of emotionArgs) {
          if (!emotionKeys.includes(e.key)) throw usage(t.badEmotion(e.raw, emotionKeys.join(', ')));
        }
        let extra: { rootCauses?: { key: string; note: string | null }[] } = {};
        if (fields.kind === 'crisis') {
          const causeKeys = reference.rootCauses.map((c) => c.key);
          extra = {
            rootCauses: o.cause.map((raw) => {
              const [key = '', ...note] = raw.split('=');
              if (!causeKeys.includes(key.trim())) throw usage(t.badCause(raw, causeKeys.join(', ')));
              return { key: key.trim(), note: note.length ? note.join('=').trim() : null };
            }),
          };
        }
        let participantIds: number[] = [];
        if (o.with.length > 0) {
          const contacts = unwrap(await d.call('contacts:list', { clientId: client.id }), t);
          participantIds = [...new Set(o.with.map((w) => resolveContact(contacts, w, t).id))];
        }
        const event = unwrap(await d.call('events:create', {
          clientId: client.id,
          event: {
            ...fields,
            ...extra,
            emotions: emotionArgs.map(({ key, intensity }) => ({ key, intensity })),
            participantIds,
          } as EventFieldsInput,
        }), t);
        io.out(o.json ? json(event) : `${t.eventAdded(t.kinds[event.kind], event.id, client.name, event.occurredOn)}\n`);
      });
    });
}
