// Collect a talk sheet through the dispatcher's typed `call` (the prep, its client, its issue, the
// contacts at the table, the reference labels), then shape it with the pure `assembleTalkSheet`.
import type { Client } from '../../contract/clients.ts';
import type { Contact } from '../../contract/contacts.ts';
import type { Channel, ChannelInput, ChannelOutput, Result } from '../../contract/index.ts';
import { RapportError } from '../../contract/errors.ts';
import type { Prep } from '../../contract/mediation.ts';
import type { Locale } from '../../contract/primitives.ts';
import type { Reference } from '../../contract/reference.ts';
import { TalkSheetRequest } from '../../contract/talk-sheet.ts';
import { todayIso } from '../../domain/dates.ts';
import { glaslStage, INTERVENTIONS, type GlaslStageNumber, type InterventionKey } from '../../domain/mediation/glasl-stages.ts';
import { talkSheetDict } from './i18n.ts';
import type { TalkSheetData, TalkSheetDiagnosis } from './model.ts';

/** The part of a dispatcher (or of a handler's session) the sheet needs. */
export interface TalkSheetDispatcher {
  call<C extends Channel>(channel: C, input: ChannelInput<C>): Promise<Result<ChannelOutput<C>>>;
  readonly session?: { now(): Date };
}

async function must<C extends Channel>(d: TalkSheetDispatcher, channel: C, input: ChannelInput<C>): Promise<ChannelOutput<C>> {
  const result = await d.call(channel, input);
  if (!result.ok) throw new RapportError(result.error.code, result.error.message);
  return result.value;
}

const clampStage = (n: number) => Math.min(9, Math.max(1, Math.round(n))) as GlaslStageNumber;

function diagnosisOf(prep: Prep, lang: Locale): TalkSheetDiagnosis | null {
  const fromAnswers = prep.diagnosis;
  const stageNumber = fromAnswers?.stage ?? (prep.eventKind === 'crisis' ? prep.glaslStage : null);
  if (stageNumber === null || stageNumber === undefined) return null;
  const info = glaslStage(clampStage(stageNumber));
  const key = (fromAnswers?.intervention ?? info.intervention) as InterventionKey;
  const intervention = INTERVENTIONS[key] ?? INTERVENTIONS[info.intervention];
  return {
    stage: info.stage,
    stageName: info.label[lang],
    level: fromAnswers?.level ?? info.level,
    basis: fromAnswers ? 'diagnosis' : 'recorded',
    confidence: fromAnswers?.confidence ?? null,
    intervention: intervention.label[lang],
    why: intervention.why[lang],
    thirdPartyAdvised: key !== 'direct_talk',
  };
}

const nonEmpty = (xs: readonly string[]) => xs.map((x) => x.trim()).filter((x) => x !== '');

export interface TalkSheetInputs {
  lang: Locale;
  today: string;
  agencyName: string | null;
  prep: Prep;
  client: Pick<Client, 'name'>;
  issue: { occurredOn: string };
  contacts: readonly Pick<Contact, 'id' | 'name' | 'role'>[];
  reference: Pick<Reference, 'emotions' | 'rootCauses'>;
}

/** The sheet from what the ledger holds: pure, so the same inputs always give the same sheet. */
export function assembleTalkSheet(inp: TalkSheetInputs): TalkSheetData {
  const { prep, lang } = inp;
  const b = prep.body;
  const t = talkSheetDict(lang);
  const label = (x: { labelEn: string; labelDe: string } | undefined, key: string) => (x ? (lang === 'de' ? x.labelDe : x.labelEn) : key);
  const emotion = (key: string) => label(inp.reference.emotions.find((e) => e.key === key), key);
  const cause = (key: string) => label(inp.reference.rootCauses.find((r) => r.key === key), key);
  const byId = new Map(inp.contacts.map((c) => [c.id, c]));
  return {
    lang,
    today: inp.today,
    agencyName: inp.agencyName,
    client: { name: inp.client.name },
    issue: { kind: prep.eventKind, title: prep.eventTitle, occurredOn: inp.issue.occurredOn, status: prep.eventStatus },
    status: prep.status,
    talk: {
      date: b.logistics.date,
      place: b.logistics.place,
      ourPeople: b.logistics.ourPeople,
      theirPeople: b.logistics.participantIds.flatMap((id) => {
        const c = byId.get(id);
        return c ? [{ name: c.name, role: c.role }] : [];
      }),
      thirdParty: b.logistics.thirdParty,
    },
    diagnosis: diagnosisOf(prep, lang),
    rootCauses: b.rootCauses.map((r) => ({ label: cause(r.key), note: r.note })),
    conversations: {
      ...b.conversations,
      theirFeelings: b.conversations.theirFeelings.map(emotion),
    },
    interests: {
      ourPosition: b.interests.ourPosition,
      theirPosition: b.interests.theirPosition,
      ourInterests: b.interests.ourInterests,
      theirInterests: b.interests.theirInterests,
      ourBatna: b.interests.ourBatna,
      theirBatna: b.interests.theirBatna,
      tkIntended: b.interests.tkIntended ? t.modes[b.interests.tkIntended] : null,
      tkExpected: b.interests.tkExpected ? t.modes[b.interests.tkExpected] : null,
    },
    speaking: {
      opening: b.speaking.opening,
      statements: b.speaking.statements
        .map((s) => [s.observation, s.feeling, s.need, s.request].map((x) => (x ?? '').trim()).filter(Boolean).join(' '))
        .filter((s) => s !== ''),
      questions: nonEmpty(b.speaking.questions),
    },
    sought: {
      success: b.speaking.success,
      options: nonEmpty(b.interests.options),
      criteria: nonEmpty(b.interests.criteria),
      offers: nonEmpty(b.speaking.offers),
      agreed: prep.status === 'held'
        ? b.after.agreements.map((a) => ({ what: a.what, who: a.who.trim() || null, byWhen: a.byWhen, done: a.done }))
        : [],
    },
  };
}

/**
 * Everything the sheet shows for one prep. Fails with a RapportError carrying the dispatcher's code
 * (INVALID for a bad request, NOT_FOUND for an unknown prep, LOCKED …).
 */
export async function buildTalkSheetData(d: TalkSheetDispatcher, request: TalkSheetRequest): Promise<TalkSheetData> {
  const parsed = TalkSheetRequest.safeParse(request);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new RapportError('INVALID', issue ? `${issue.path.join('.') || 'request'}: ${issue.message}` : 'The request is not valid.');
  }
  const req = parsed.data;
  const prep = await must(d, 'mediation:get', { id: req.prepId });
  const client = await must(d, 'clients:get', { id: prep.clientId });
  const issue = await must(d, 'events:get', { id: prep.eventId });
  const contacts = await must(d, 'contacts:list', { clientId: prep.clientId });
  const reference = await must(d, 'reference:get', {});
  const settings = await must(d, 'settings:get', {});
  return assembleTalkSheet({
    lang: req.lang,
    today: req.today ?? todayIso(d.session?.now() ?? new Date()),
    agencyName: settings.agencyName,
    prep,
    client,
    issue,
    contacts,
    reference,
  });
}
