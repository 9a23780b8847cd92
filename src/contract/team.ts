// The team of the agency's shared ledger: who is connected, the people, and whose clients are whose.
import { z } from 'zod';
import { Id, NewPassphrase } from './primitives.ts';

export const TeamRole = z.enum(['owner', 'consultant']);
export type TeamRole = z.infer<typeof TeamRole>;

/** A PostgreSQL login as Rapport makes them: lower-case letters, digits and underscores, a letter first. */
export const Login = z.string().regex(/^[a-z][a-z0-9_]{1,62}$/, 'A login is 2–63 lower-case letters, digits or _, starting with a letter.');

export const TeamPerson = z.strictObject({ login: Login, name: z.string().min(1).max(200), role: TeamRole });
export type TeamPerson = z.infer<typeof TeamPerson>;

export const TeamMember = TeamPerson.extend({ clientIds: z.array(Id) });
export type TeamMember = z.infer<typeof TeamMember>;

export const TeamList = z.strictObject({
  /** Who is connected; null for the ledger's administrator (not a person of the team). */
  me: TeamPerson.nullable(),
  people: z.array(TeamMember),
});
export type TeamList = z.infer<typeof TeamList>;

const PersonName = z.string().trim().min(2).max(200);

/** A new person: their name, optionally the login (else made from the name), their role and first password. */
export const TeamAddInput = z.strictObject({
  name: PersonName,
  login: Login.optional(),
  role: TeamRole,
  password: NewPassphrase,
});

/** Someone on the team, by login or by name. */
export const TeamWho = z.string().trim().min(1).max(200);

export const TeamRemoveInput = z.strictObject({ who: TeamWho });
export const TeamAssignInput = z.strictObject({ clientId: Id, who: TeamWho });

/** The administrator makes an empty database the agency's ledger, with its first owner. */
export const TeamInitInput = z.strictObject({
  owner: PersonName,
  login: Login.optional(),
  password: NewPassphrase,
});

export const TeamUpgraded = z.strictObject({ applied: z.array(z.string()), schemaVersion: z.number().int().nonnegative() });

/** Moving in: the open ledger file copied into the agency's shared ledger at `url` (as an owner's login). */
export const TeamPushInput = z.strictObject({
  url: z.string().trim().min(1).max(2_000),
  /** The login's password when the URL carries none. */
  password: z.string().min(1).max(1_000).optional(),
  dryRun: z.boolean().default(false),
});

export const TeamPushReport = z.strictObject({
  dryRun: z.boolean(),
  created: z.strictObject({
    clients: z.number().int().nonnegative(), contacts: z.number().int().nonnegative(), events: z.number().int().nonnegative(),
    preps: z.number().int().nonnegative(), reminders: z.number().int().nonnegative(),
  }),
  /** Clients left out, with all that is theirs: one by that name is on the server already. */
  skipped: z.array(z.strictObject({ name: z.string(), reason: z.enum(['exists']) })),
});
export type TeamPushReport = z.infer<typeof TeamPushReport>;
