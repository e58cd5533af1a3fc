import type { Permission } from '@bc/platform';
import { defineEntity, p } from '@mikro-orm/core';

export const ApiClientSchema = defineEntity({
  name: 'ApiClient',
  tableName: 'api_client',
  properties: {
    /** Also the OAuth `client_id`. */
    id: p.string().length(36).primary(),
    organizationId: p.string().length(36).index(),
    name: p.string().length(100),
    permissions: p.json<Permission[]>(),
    /** A partner's client limited to these customers; null = every customer it serves. */
    customerIds: p.json<string[]>().strictNullable(),
    /** SHA-256 (hex) of the 256-bit random secret: shown once, never stored. */
    secretHash: p.string().length(64),
    /** Moves on rotation: tokens issued with the old secret stop working. */
    securityStamp: p.integer().default(0),
    createdByUserId: p.string().length(36),
    createdAt: p.datetime(),
    expiresAt: p.datetime(),
    revokedAt: p.datetime().strictNullable(),
    lastUsedAt: p.datetime().strictNullable(),
  },
});

/** API-1: an organization's tool, signing in with OAuth 2.0 client credentials. */
export class ApiClient extends ApiClientSchema.class {
  /** A new row's defaults (a row read from the database keeps its own values). */
  constructor() {
    super();
    this.customerIds = null;
    this.securityStamp = 0;
    this.revokedAt = null;
    this.lastUsedAt = null;
  }
}
ApiClientSchema.setClass(ApiClient);

export type ApiClientStatus = 'ACTIVE' | 'EXPIRED' | 'REVOKED';

export function statusOf(client: ApiClient, now: Date): ApiClientStatus {
  if (client.revokedAt) return 'REVOKED';
  return client.expiresAt <= now ? 'EXPIRED' : 'ACTIVE';
}
