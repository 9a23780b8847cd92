import type { Kysely } from 'kysely';
import type { Reference } from '../../contract/reference.ts';
import type { Database } from '../schema.ts';

export async function readReference(db: Kysely<Database>): Promise<Reference> {
  const [clusters, emotions, motivators, ladder, glasl, causes] = await Promise.all([
    db.selectFrom('emotion_clusters').selectAll().orderBy('sort').execute(),
    db.selectFrom('emotions').selectAll().orderBy('sort').execute(),
    db.selectFrom('motivators').selectAll().orderBy('sort').execute(),
    db.selectFrom('appreciation_stages').selectAll().orderBy('stage').execute(),
    db.selectFrom('glasl_stages').selectAll().orderBy('stage').execute(),
    db.selectFrom('root_causes').selectAll().orderBy('sort').execute(),
  ]);
  return {
    emotionClusters: clusters.map((c) => ({
      key: c.key, labelEn: c.label_en, labelDe: c.label_de, valence: c.valence, weight: c.weight, sort: c.sort,
    })),
    emotions: emotions.map((e) => ({ key: e.key, clusterKey: e.cluster_key, labelEn: e.label_en, labelDe: e.label_de, sort: e.sort })),
    motivators: motivators.map((m) => ({ key: m.key, labelEn: m.label_en, labelDe: m.label_de, sort: m.sort })),
    appreciationStages: ladder.map((s) => ({
      stage: s.stage, key: s.key, labelEn: s.label_en, labelDe: s.label_de,
      descriptionEn: s.description_en, descriptionDe: s.description_de,
    })),
    glaslStages: glasl.map((g) => ({
      stage: g.stage, level: g.level as 'win-win' | 'win-lose' | 'lose-lose', labelEn: g.label_en, labelDe: g.label_de,
      interventionKey: g.intervention_key, interventionEn: g.intervention_en, interventionDe: g.intervention_de,
    })),
    rootCauses: causes.map((r) => ({
      key: r.key, labelEn: r.label_en, labelDe: r.label_de, descriptionEn: r.description_en, descriptionDe: r.description_de, sort: r.sort,
    })),
  };
}
