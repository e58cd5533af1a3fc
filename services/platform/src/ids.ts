import { randomBytes, randomUUID } from 'node:crypto';

/** Ids come through a generator so tests can make them predictable when they need to. */
export interface IdGenerator {
  uuid(): string;
  /** URL-safe random secret (invitation tokens, refresh tokens, temporary passwords). */
  secret(bytes?: number): string;
}

export const randomIds: IdGenerator = {
  uuid: () => randomUUID(),
  secret: (bytes = 32) => randomBytes(bytes).toString('base64url'),
};
