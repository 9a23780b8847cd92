// A SCRAM-SHA-256 verifier (RFC 5802/7677), the form PostgreSQL stores passwords in. Computed here so that
// a new person's password never travels to the server, nor lands in its statement log, in plain text:
// `CREATE ROLE … PASSWORD 'SCRAM-SHA-256$…'` stores the verifier as given (what psql's \password does).
import { createHash, createHmac, pbkdf2Sync, randomBytes } from 'node:crypto';

const ITERATIONS = 4096; // PostgreSQL's default scram_iterations

export function scramVerifier(password: string, salt: Buffer = randomBytes(16), iterations = ITERATIONS): string {
  // PostgreSQL runs SASLprep on the password; NFKC is its core for the passwords people type.
  const salted = pbkdf2Sync(Buffer.from(password.normalize('NFKC'), 'utf8'), salt, iterations, 32, 'sha256');
  const clientKey = createHmac('sha256', salted).update('Client Key').digest();
  const storedKey = createHash('sha256').update(clientKey).digest();
  const serverKey = createHmac('sha256', salted).update('Server Key').digest();
  salted.fill(0);
  return `SCRAM-SHA-256$${iterations}:${salt.toString('base64')}$${storedKey.toString('base64')}:${serverKey.toString('base64')}`;
}
