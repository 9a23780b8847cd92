import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { diagnose } from '../../../src/domain/mediation/glasl-diagnosis.ts';
import { GLASL_QUESTIONS } from '../../../src/domain/mediation/glasl-questions.ts';
import type { GlaslAnswer, GlaslAnswers, GlaslQuestion, GlaslQuestionKey } from '../../../src/domain/mediation/glasl-questions.ts';
import { GLASL_STAGES, INTERVENTIONS } from '../../../src/domain/mediation/glasl-stages.ts';
import type { GlaslStageNumber } from '../../../src/domain/mediation/glasl-stages.ts';

const STAGES = [1, 2, 3, 4, 5, 6, 7, 8, 9] as const satisfies readonly GlaslStageNumber[];
const keyAt = (stage: number): GlaslQuestionKey => {
  const q = GLASL_QUESTIONS.find((x) => x.stage === stage);
  if (!q) throw new Error(`no question for stage ${stage}`);
  return q.key;
};
/** Every question answered, `pick` decides per stage. */
const answersBy = (pick: (stage: number) => GlaslAnswer): GlaslAnswers =>
  Object.fromEntries(GLASL_QUESTIONS.map((q) => [q.key, pick(q.stage)])) as GlaslAnswers;
const allNo = answersBy(() => 'no');

describe('the questionnaire', () => {
  it('has one sign per stage, mildest first, with unique keys', () => {
    expect(GLASL_QUESTIONS.map((q) => q.stage)).toEqual([...STAGES]);
    expect(new Set(GLASL_QUESTIONS.map((q) => q.key)).size).toBe(GLASL_QUESTIONS.length);
  });

  it('asks every question and names every sign in English and German', () => {
    for (const q of GLASL_QUESTIONS) {
      expect(q.text.en).toMatch(/\?$/);
      expect(q.text.de).toMatch(/\?$/);
      expect(q.sign.en.length).toBeGreaterThan(5);
      expect(q.sign.de.length).toBeGreaterThan(5);
      expect(q.text.de).not.toBe(q.text.en);
    }
  });
});

describe('the stage table', () => {
  it('maps the stages to levels and interventions as documented', () => {
    expect(GLASL_STAGES.map((s) => [s.stage, s.level, s.intervention])).toEqual([
      [1, 'win-win', 'direct_talk'],
      [2, 'win-win', 'direct_talk'],
      [3, 'win-win', 'moderator'],
      [4, 'win-lose', 'process_consultation'],
      [5, 'win-lose', 'mediation'],
      [6, 'win-lose', 'mediation'],
      [7, 'lose-lose', 'arbitration'],
      [8, 'lose-lose', 'orderly_exit'],
      [9, 'lose-lose', 'orderly_exit'],
    ]);
  });

  // The domain may not import a migration, so the test reads the seed's source text: the real file,
  // not a copy of it, and it fails as soon as either side changes alone.
  it('matches the glasl_stages seed of migration 0001', () => {
    const source = readFileSync(new URL('../../../migrations/0001_initial.ts', import.meta.url), 'utf8');
    const block = /const GLASL = \[([\s\S]*?)\] as const;/.exec(source)?.[1];
    expect(block).toBeDefined();
    const rows = [...(block ?? '').matchAll(/\[(\d), '([^']+)', '([^']+)', '([^']+)', '([^']+)',/g)].map((m) => ({
      stage: Number(m[1]),
      level: m[2],
      label: { en: m[3], de: m[4] },
      intervention: m[5],
    }));
    expect(rows).toEqual(GLASL_STAGES.map((s) => ({ stage: s.stage, level: s.level, label: s.label, intervention: s.intervention })));
  });

  it('explains every intervention in both languages', () => {
    for (const s of GLASL_STAGES) {
      const i = INTERVENTIONS[s.intervention];
      expect(i.label.en && i.label.de && i.why.en && i.why.de).toBeTruthy();
    }
  });
});

describe('diagnose: boundaries', () => {
  it('no sign present: stage 1, because hardening is the lowest stage', () => {
    const d = diagnose(allNo);
    expect(d).toMatchObject({ stage: 1, level: 'win-win', intervention: 'direct_talk', confidence: 'high', decisive: [], gaps: [], unanswered: [], approaching: null });
    expect(d.reason.en).toContain('no sign is clearly present');
    expect(d.reason.en).toContain('Hardening is the lowest stage');
    expect(d.reason.de).toContain('Verhärtung ist die niedrigste Stufe');
    expect(d.reason.en).toContain('Talk it out directly');
  });

  it('nothing answered: stage 1 with low confidence, every question listed as unanswered', () => {
    const d = diagnose({});
    expect(d.stage).toBe(1);
    expect(d.confidence).toBe('low');
    expect(d.unanswered).toHaveLength(GLASL_QUESTIONS.length);
    expect(d.reason.en).toContain('9 of 9 questions are unanswered');
    expect(d.reason.de).toContain('9 von 9 Fragen sind offen');
  });

  it.each(STAGES)('stage %i is reached exactly when its sign is clearly present (escalation cumulative)', (k) => {
    const below = diagnose(answersBy((s) => (s < k ? 'yes' : 'no')));
    const at = diagnose(answersBy((s) => (s <= k ? 'yes' : 'no')));
    const row = GLASL_STAGES[k - 1];
    expect(below.stage).toBe(Math.max(1, k - 1));
    expect(at).toMatchObject({ stage: k, level: row?.level, intervention: row?.intervention, confidence: 'high', gaps: [], decisive: [keyAt(k)] });
  });

  it('crosses the level boundaries where the table says', () => {
    const at = (k: number) => diagnose(answersBy((s) => (s <= k ? 'yes' : 'no')));
    expect([at(3).level, at(4).level]).toEqual(['win-win', 'win-lose']);
    expect([at(6).level, at(7).level]).toEqual(['win-lose', 'lose-lose']);
    expect([at(2).intervention, at(3).intervention, at(4).intervention, at(5).intervention]).toEqual(['direct_talk', 'moderator', 'process_consultation', 'mediation']);
    expect([at(6).intervention, at(7).intervention, at(8).intervention]).toEqual(['mediation', 'arbitration', 'orderly_exit']);
  });

  it('all yes: stage 9, together into the abyss, plan an orderly exit', () => {
    const d = diagnose(answersBy(() => 'yes'));
    expect(d).toMatchObject({ stage: 9, level: 'lose-lose', intervention: 'orderly_exit', confidence: 'high', decisive: ['going_down_together'] });
    expect(d.reason.en).toContain('Plan an orderly exit');
    expect(d.reason.de).toContain('Einen geordneten Ausstieg planen');
  });
});

describe('diagnose: the reason names the decisive answers', () => {
  it('quotes the decisive sign in both languages and says why the intervention fits', () => {
    const d = diagnose(answersBy((s) => (s <= 6 ? 'yes' : 'no')));
    const q = GLASL_QUESTIONS[5] as GlaslQuestion;
    expect(d.reason.en).toContain(`you answered yes to “${q.sign.en}”`);
    expect(d.reason.de).toContain(`„${q.sign.de}“ mit Ja beantwortet`);
    expect(d.reason.en).toContain('Stage 6, threat strategies (win-lose)');
    expect(d.reason.de).toContain('Stufe 6, Drohstrategien (win-lose)');
    expect(d.reason.en).toContain(INTERVENTIONS.mediation.why.en);
    expect(d.reason.de).toContain(INTERVENTIONS.mediation.why.de);
  });
});

describe('diagnose: inconsistent and partial answers', () => {
  it('threats without hardening still count as stage 6, with the gaps reported', () => {
    const d = diagnose({ ...allNo, threats_ultimatums: 'yes' });
    expect(d).toMatchObject({ stage: 6, intervention: 'mediation', decisive: ['threats_ultimatums'], confidence: 'low' });
    expect(d.gaps).toEqual(['positions_harden', 'polemic_debate', 'actions_replace_talk', 'images_and_coalitions', 'public_loss_of_face']);
    expect(d.reason.en).toContain('Check again');
    expect(d.reason.en).toContain('a severe sign counts even when milder ones were skipped');
    expect(d.reason.de).toContain('Prüfen Sie es noch einmal');
  });

  it('lowers the confidence step by step with the number of gaps', () => {
    const gapsBelow = (n: number) => diagnose(answersBy((s) => (s === 4 ? 'yes' : s < 4 && s > n ? 'yes' : 'no')));
    expect(gapsBelow(0).confidence).toBe('high');
    expect(gapsBelow(1).confidence).toBe('medium');
    expect(gapsBelow(2).confidence).toBe('medium');
    expect(gapsBelow(3).confidence).toBe('low');
  });

  it('"partly" puts the conflict at the threshold: one stage below the sign', () => {
    const d = diagnose(answersBy((s) => (s <= 4 ? 'yes' : s === 6 ? 'partly' : 'no')));
    expect(d).toMatchObject({ stage: 5, intervention: 'mediation', decisive: ['threats_ultimatums'], confidence: 'medium', approaching: 6, gaps: [] });
    expect(d.reason.en).toContain('is partly present: the conflict stands at the threshold of stage 6');
    expect(d.reason.de).toContain('an der Schwelle zu Stufe 6');
  });

  it('a clear sign and a partly sign pointing to the same stage are both decisive; the clear one keeps confidence high', () => {
    const d = diagnose(answersBy((s) => (s <= 3 ? 'yes' : s === 4 ? 'partly' : 'no')));
    expect(d).toMatchObject({ stage: 3, intervention: 'moderator', confidence: 'high', approaching: 4 });
    expect(d.decisive).toEqual(['actions_replace_talk', 'images_and_coalitions']);
  });

  it('"partly" hardening stays at stage 1 (there is no stage 0)', () => {
    const d = diagnose({ ...allNo, positions_harden: 'partly' });
    expect(d).toMatchObject({ stage: 1, decisive: ['positions_harden'], confidence: 'medium', approaching: null });
  });

  it('reads unanswered questions as no, lists them and caps the confidence at medium', () => {
    const d = diagnose({ positions_harden: 'yes', polemic_debate: 'yes' });
    expect(d.stage).toBe(2);
    expect(d.confidence).toBe('medium');
    expect(d.unanswered).toHaveLength(7);
    expect(d.gaps).toEqual([]);
  });

  it('treats an answer outside yes/partly/no as unanswered', () => {
    const d = diagnose({ ...allNo, threats_ultimatums: 'maybe' as GlaslAnswer });
    expect(d.stage).toBe(1);
    expect(d.unanswered).toEqual(['threats_ultimatums']);
  });
});

describe('diagnose: properties', () => {
  const answer = fc.constantFrom<GlaslAnswer | undefined>('yes', 'partly', 'no', undefined);
  const answers = fc.tuple(...GLASL_QUESTIONS.map(() => answer)).map((list) => {
    const out: GlaslAnswers = {};
    list.forEach((a, i) => {
      const q = GLASL_QUESTIONS[i];
      if (q && a !== undefined) out[q.key] = a;
    });
    return out;
  });

  it('is at least the stage of every clear sign, and the intervention always follows the table', () => {
    fc.assert(
      fc.property(answers, (a) => {
        const d = diagnose(a);
        for (const q of GLASL_QUESTIONS) if (a[q.key] === 'yes') expect(d.stage).toBeGreaterThanOrEqual(q.stage);
        const row = GLASL_STAGES[d.stage - 1];
        expect([d.level, d.intervention]).toEqual([row?.level, row?.intervention]);
      }),
    );
  });

  it('never goes down when one more sign becomes clear (monotone), and does not touch its input', () => {
    fc.assert(
      fc.property(answers, fc.constantFrom(...GLASL_QUESTIONS.map((q) => q.key)), (a, key) => {
        const frozen = JSON.stringify(a);
        const before = diagnose(a).stage;
        expect(diagnose({ ...a, [key]: 'yes' }).stage).toBeGreaterThanOrEqual(before);
        expect(JSON.stringify(a)).toBe(frozen);
      }),
    );
  });
});

describe('diagnose: the questionnaire is data', () => {
  it('works with a consultancy’s own questions, several per stage', () => {
    const own: GlaslQuestion[] = [
      { key: 'positions_harden', stage: 1, text: { en: 'A?', de: 'A?' }, sign: { en: 'sign a', de: 'Zeichen a' } },
      { key: 'threats_ultimatums', stage: 6, text: { en: 'B?', de: 'B?' }, sign: { en: 'sign b', de: 'Zeichen b' } },
      { key: 'deliberate_damage', stage: 6, text: { en: 'C?', de: 'C?' }, sign: { en: 'sign c', de: 'Zeichen c' } },
    ];
    const d = diagnose({ positions_harden: 'yes', threats_ultimatums: 'yes', deliberate_damage: 'yes' }, own);
    expect(d).toMatchObject({ stage: 6, decisive: ['threats_ultimatums', 'deliberate_damage'], confidence: 'high' });
    expect(d.reason.en).toContain('“sign b”, “sign c”');
  });
});
