import type { OutboundPolicy, ServiceContext } from '@bc/platform';
import type { EntityManager } from '@mikro-orm/core';
import DataLoader from 'dataloader';
import type { TxtResolver } from './organizations/dns.ts';
import { verifiedNameLoader } from './organizations/domains.ts';
import { Organization } from './organizations/organization.ts';
import type { TokenIssuer } from './sign-in/tokens.ts';
import { User } from './users/user.ts';

export interface AccountsSettings {
  /** Initial domains are made under it: `contoso.<platformDomain>`. */
  platformDomain: string;
  /** Where invitation and sign-in links point (the web front end). */
  portalUrl: string;
  /** OPS-3: the key shared with notifications that makes mailed links' tokens (platform mail-links). */
  mailLinkSecret: string;
  /** NOT-2: which partner webhook URLs may be saved (public https only in production). */
  webhookPolicy: OutboundPolicy;
}

/** Long-lived collaborators of the accounts service, built once in server.ts. */
export interface AccountsDeps {
  tokens: TokenIssuer;
  dns: TxtResolver;
  settings: AccountsSettings;
}

export interface AccountsContext extends ServiceContext {
  deps: AccountsDeps;
  loaders: ReturnType<typeof createLoaders>;
}

function byId<T extends { id: string }>(ids: readonly string[], rows: T[]): (T | null)[] {
  const map = new Map(rows.map((r) => [r.id, r]));
  return ids.map((id) => map.get(id) ?? null);
}

/** One query per entity type per request, whatever the number of references. */
export function createLoaders(em: EntityManager) {
  return {
    users: new DataLoader<string, User | null>(async (ids) =>
      byId(ids, await em.find(User, { id: { $in: [...ids] } })),
    ),
    organizations: new DataLoader<string, Organization | null>(async (ids) =>
      byId(ids, await em.find(Organization, { id: { $in: [...ids] } })),
    ),
    verifiedDomainNames: verifiedNameLoader(em),
  };
}
