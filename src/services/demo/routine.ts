// The routine part of a timeline, generated from a story's phases: everyday touchpoints at the rhythm
// and mood of each phase, the yearly Christmas card everyone gets, anniversaries and renewals.
import type { StoryKit } from './kit.ts';
import { CHANNEL_TITLE, MOOD_EMOTIONS, PERSONAL_NOTES, ROUTINE_TEXT, WRITTEN_NOTES } from './phrases.ts';
import type { ClientStory, Phase, PlannedEvent } from './types.ts';

const PERSONAL_CHANNELS = ['call', 'call', 'call', 'meeting', 'meeting', 'video', 'video', 'visit'] as const;
const WRITTEN_CHANNELS = ['mail', 'mail', 'mail', 'message'] as const;

function touchpointsOf(kit: StoryKit, story: ClientStory, phase: Phase, addressed: Map<string, string>): PlannedEvent[] {
  const { rng, cal } = kit;
  const out: PlannedEvent[] = [];
  const topics = story.routine.topics;
  let agoDays = phase.fromAgo - rng.int(0, Math.max(1, Math.round(phase.every / 2)));
  while (agoDays >= phase.toAgo) {
    const personal = rng.chance(phase.personal);
    const channel = personal ? rng.pick(PERSONAL_CHANNELS) : rng.pick(WRITTEN_CHANNELS);
    const byClient = rng.chance(phase.clientStarts);
    const who = rng.pick(phase.contacts);
    const also = phase.contacts.length > 1 && personal && rng.chance(0.3) ? rng.pick(phase.contacts) : who;
    const topic = rng.pick(topics);
    const pool = (personal ? PERSONAL_NOTES : WRITTEN_NOTES)[phase.mood][kit.lang];
    const body = rng.chance(0.65) ? rng.pick(pool).replace('{name}', addressed.get(who) ?? who) : null;
    const feel = MOOD_EMOTIONS[phase.mood];
    const emotions = rng.chance(feel.noticed)
      ? rng.some(feel.keys, rng.int(1, 3)).map((key) => ({ key, intensity: rng.int(feel.intensity[0], feel.intensity[1]) }))
      : [];
    let answerHours: number | null = null;
    if (byClient && !personal) answerHours = rng.int(phase.answerHours[0], phase.answerHours[1]);
    else if (byClient && channel === 'call' && rng.chance(0.5)) answerHours = rng.int(1, Math.max(1, Math.round(phase.answerHours[1] / 4)));
    const day = cal.workday(kit.ago(Math.max(agoDays, 0)));
    // Older history was logged more sparsely than the last two years (and keeps the demo quick to build).
    const sparse = agoDays > 730 ? 1.5 : 1;
    const step = Math.max(2, Math.round(phase.every * sparse * (0.6 + 0.8 * rng.next())));
    const monthDay = day.slice(5);
    const holidays = monthDay >= '12-23' || monthDay <= '01-02';
    if (holidays || phase.quietMonths?.includes(Number(day.slice(5, 7)))) {
      agoDays -= step;
      continue;
    }
    out.push({
      kind: 'touchpoint',
      title: `${CHANNEL_TITLE[kit.lang][channel]}: ${topic}`,
      body,
      occurredOn: day,
      emotions,
      with: also === who ? [who] : [who, also],
      channel,
      initiatedBy: byClient ? 'client' : 'us',
      responseHours: answerHours,
    });
    agoDays -= step;
  }
  return out;
}

/** The everyday events of a story: touchpoints, Christmas cards, anniversaries, renewals. */
export function routineEvents(kit: StoryKit, story: ClientStory): PlannedEvent[] {
  const { cal } = kit;
  const text = ROUTINE_TEXT[kit.lang];
  const since = story.client.since;
  const last = story.routine.endedAgo === undefined ? cal.today : kit.ago(story.routine.endedAgo);
  const addressed = new Map(story.contacts.map((c) => [c.key, c.addressedAs]));
  const events: PlannedEvent[] = story.routine.phases.flatMap((p) => touchpointsOf(kit, story, p, addressed));

  // The Christmas card everyone gets: same week for every client, and it counts for little.
  for (let year = Number(since.slice(0, 4)); year <= Number(last.slice(0, 4)); year++) {
    const day = cal.workday(`${year}-12-12`, '9999-12-31');
    if (day <= since || day > last) continue;
    events.push({
      kind: 'appreciation', title: text.christmasTitle, body: text.christmasBody, occurredOn: day,
      gesture: text.christmasGesture, direction: 'shown', isPersonal: false, isUnscheduled: false,
    });
  }

  for (let n = 1; ; n++) {
    const day = cal.addYears(since, n);
    if (day > last) break;
    events.push({ kind: 'milestone', title: text.anniversary(n), occurredOn: day, milestoneType: 'anniversary' });
  }

  const renewal = story.client.renewalDate;
  if (story.routine.renewals && renewal) {
    for (let n = 1; ; n++) {
      const day = cal.addYears(renewal, -n);
      if (day <= cal.addYears(since, 1)) break;
      if (day > last) continue;
      events.push({
        kind: 'milestone', title: text.renewalTitle, body: text.renewalBody, occurredOn: day, milestoneType: 'renewal',
        ...(story.routine.renewalWith ? { with: story.routine.renewalWith } : {}),
      });
    }
  }
  return events;
}
