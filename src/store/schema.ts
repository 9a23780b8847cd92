// The one Database interface (Kysely). Nullable columns are `T | null`; ids are generated.
import type { Generated } from 'kysely';

type Labels = { label_en: string; label_de: string };
/** Who wrote a row: a team member's login on the shared ledger (set by the database), null in a file ledger. */
type Authored = { created_by: Generated<string | null>; updated_by: Generated<string | null> };

export interface Database {
  emotion_clusters: Labels & { key: string; valence: number; weight: number; sort: number };
  emotions: Labels & { key: string; cluster_key: string; sort: number };
  motivators: Labels & { key: string; sort: number };
  appreciation_stages: Labels & { stage: number; key: string; description_en: string; description_de: string };
  glasl_stages: Labels & {
    stage: number; level: string; intervention_key: string; intervention_en: string; intervention_de: string;
  };
  root_causes: Labels & { key: string; description_en: string; description_de: string; sort: number };
  settings: { key: string; value: string };
  clients: {
    id: Generated<number>;
    name: string;
    since: string;
    owner: string | null;
    status: string;
    contract_value: number | null;
    currency: string;
    renewal_date: string | null;
    notice_days: number | null;
    cadence_ideal_days: number;
    cadence_max_days: number;
    notes: string | null;
    created_at: string;
    updated_at: string;
  } & Authored;
  contacts: {
    id: Generated<number>;
    client_id: number;
    name: string;
    role: string | null;
    email: string | null;
    phone: string | null;
    personal_notes: string | null;
    created_at: string;
    updated_at: string;
  } & Authored;
  contact_dates: { id: Generated<number>; contact_id: number; label: string; date: string; yearly: number };
  contact_motivators: { contact_id: number; motivator_key: string };
  events: EventsTable;
  event_emotions: { event_id: number; emotion_key: string; intensity: number };
  event_participants: { event_id: number; contact_id: number };
  event_root_causes: { event_id: number; cause_key: string; note: string | null };
  crisis_stage_history: { id: Generated<number>; event_id: number; stage: number; recorded_at: string };
  mediation_preps: {
    id: Generated<number>; client_id: number; event_id: number; status: string; body: string;
    talk_event_id: number | null; created_at: string; updated_at: string;
  } & Authored;
  reminder_states: { client_id: number; kind: string; on_day: string; state: string; until: string | null; updated_at: string };
  health_revisions: { client_id: number; rev: number };
  /** Shared ledger only: the people of the team (each a PostgreSQL login) and whose clients are whose. */
  team_members: { login: string; display_name: string; role: 'owner' | 'consultant'; created_at: Generated<string> };
  assignments: { client_id: number; login: string };
}

export interface EventsTable {
  id: Generated<number>;
  client_id: number;
  kind: string;
  title: string;
  body: string | null;
  occurred_on: string;
  ends_on: string | null;
  outcome: string | null;
  value: number | null;
  glasl_stage: number | null;
  status: string | null;
  resolved_on: string | null;
  resolution: string | null;
  our_understanding: string | null;
  their_understanding: string | null;
  gesture: string | null;
  direction: string | null;
  is_personal: number | null;
  is_unscheduled: number | null;
  personal_note: string | null;
  ladder_stage: number | null;
  channel: string | null;
  initiated_by: string | null;
  response_hours: number | null;
  milestone_type: string | null;
  created_at: string;
  updated_at: string;
  created_by: Generated<string | null>;
  updated_by: Generated<string | null>;
}
