// Collect what a report needs through the dispatcher's typed `call` — the same validated path as the
// app, the CLI and the tests — then hand it to the pure `assembleReport`.
import type { Channel, ChannelInput, ChannelOutput, Result } from '../contract/index.ts';
import { RapportError } from '../contract/errors.ts';
import type { EventListInput, TimelineEvent } from '../contract/events.ts';
import { LIMITS } from '../contract/primitives.ts';
import { flagMassGestures } from '../domain/appreciation/mass-gesture.ts';
import { todayIso } from '../domain/dates.ts';
import { assembleReport, type ReportInputs } from './assemble.ts';
import type { ReportData } from './model.ts';
import { ReportRequest, type ReportContributor } from '../contract/report.ts';

/** The part of a dispatcher the report needs (a `Dispatcher` fits). */
export interface ReportDispatcher {
  call<C extends Channel>(channel: C, input: ChannelInput<C>): Promise<Result<ChannelOutput<C>>>;
  /** The dispatcher's clock, for the default `today`. */
  readonly session?: { now(): Date };
  /**
   * Who wrote or changed the client's records, for the appendix: given on the agency's shared ledger only
   * (a file has one writer). Not a channel: the report handler reads it from the store in its own turn
   * (handlers/report.ts); without it the report has no contributors part.
   */
  contributors?(clientId: number, asOf: string): Promise<ReportContributor[]>;
}

export type ReportOptions = ReportRequest;

async function must<C extends Channel>(d: ReportDispatcher, channel: C, input: ChannelInput<C>): Promise<ChannelOutput<C>> {
  const result = await d.call(channel, input);
  if (!result.ok) throw new RapportError(result.error.code, result.error.message);
  return result.value;
}

/** Every event of a client matching `filter`, page by page (newest first from the store). */
export async function fetchAllEvents(
  d: ReportDispatcher,
  filter: Omit<EventListInput, 'limit' | 'before'>,
): Promise<TimelineEvent[]> {
  const all: TimelineEvent[] = [];
  let before: EventListInput['before'];
  for (;;) {
    const page = await must(d, 'events:list', { ...filter, limit: LIMITS.pageSize, ...(before ? { before } : {}) });
    all.push(...page.items);
    if (!page.nextCursor) return all;
    before = page.nextCursor;
  }
}

/**
 * Everything the report shows for one client and period, as plain data. Fails with a RapportError
 * carrying the dispatcher's code (INVALID for a bad request, NOT_FOUND for an unknown client, LOCKED …).
 * `today` defaults to the dispatcher's clock (the local calendar day).
 */
export async function buildReportData(dispatcher: ReportDispatcher, options: ReportOptions): Promise<ReportData> {
  return assembleReport(await gatherReportInputs(dispatcher, options));
}

/**
 * The inputs `assembleReport` needs, fetched through the dispatcher (the only step that touches the
 * ledger). `buildReportData` is exactly `assembleReport(await gatherReportInputs(…))`; the preview uses the
 * two steps apart so it can also tell the default period from the same events.
 */
export async function gatherReportInputs(dispatcher: ReportDispatcher, options: ReportOptions): Promise<ReportInputs> {
  const parsed = ReportRequest.safeParse(options);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new RapportError('INVALID', issue ? `${issue.path.join('.') || 'request'}: ${issue.message}` : 'The report request is not valid.');
  }
  const req = parsed.data;
  const today = req.today ?? todayIso(dispatcher.session?.now() ?? new Date());
  const to = req.to ?? today;
  const asOf = to < today ? to : today;

  const client = await must(dispatcher, 'clients:get', { id: req.clientId });
  const [contacts, reference, settings, events, others] = [
    await must(dispatcher, 'contacts:list', { clientId: client.id }),
    await must(dispatcher, 'reference:get', {}),
    await must(dispatcher, 'settings:get', {}),
    await fetchAllEvents(dispatcher, { clientId: client.id, to: asOf }),
    await must(dispatcher, 'clients:list', { includeArchived: true }),
  ];
  const contributors = dispatcher.contributors ? await dispatcher.contributors(client.id, asOf) : [];

  // A mass gesture is only visible across clients: the same gesture for many clients in one week.
  const appreciation: TimelineEvent[] = events.filter((e) => e.kind === 'appreciation');
  for (const other of others) {
    if (other.id === client.id) continue;
    appreciation.push(...(await fetchAllEvents(dispatcher, { clientId: other.id, kinds: ['appreciation'], to: asOf })));
  }
  const massGestureIds = flagMassGestures(appreciation);

  return {
    lang: req.lang,
    ...(req.sections ? { sections: req.sections } : {}),
    ...(req.preset ? { preset: req.preset } : {}),
    today,
    ...(req.from ? { from: req.from } : {}),
    ...(req.to ? { to: req.to } : {}),
    agencyName: settings.agencyName,
    client,
    contacts,
    events,
    reference,
    massGestureIds,
    contributors,
  };
}
