// One search hit as both dialects' statements return it, and its shape in the contract.
import type { SearchHit } from '../../contract/search.ts';

export interface SearchRow {
  entity: 'client' | 'contact' | 'event';
  id: number;
  client_id: number;
  client_name: string;
  title: string;
  snippet: string | null;
  kind: string | null;
  occurred_on: string | null;
  rank: number;
}

export const toHit = (r: SearchRow): SearchHit => ({
  entity: r.entity,
  id: r.id,
  clientId: r.client_id,
  clientName: r.client_name,
  title: r.title,
  snippet: r.snippet ?? '',
  kind: (r.kind ?? null) as SearchHit['kind'],
  occurredOn: r.occurred_on,
});
