import { z } from 'zod';
import { Id, LIMITS } from './primitives.ts';
import { EventKind } from './events.ts';

export const SearchInput = z.strictObject({
  query: z.string().max(LIMITS.searchQuery),
  clientId: Id.optional(),
  limit: z.number().int().min(1).max(200).default(30),
});

export const SearchHit = z.strictObject({
  entity: z.enum(['client', 'contact', 'event']),
  id: Id,
  clientId: Id,
  clientName: z.string(),
  title: z.string(),
  /** Plain text around the match, never markup. */
  snippet: z.string(),
  kind: EventKind.nullable(),
  occurredOn: z.string().nullable(),
});
export type SearchHit = z.infer<typeof SearchHit>;

export const SearchResult = z.strictObject({ hits: z.array(SearchHit) });
