import {
  baseConfigSchema,
  defineService,
  mailLinkConfigSchema,
  mailLinkSecret,
  outboundConfigSchema,
  outboundPolicyFor,
  sendJson,
} from '@bc/platform';
import { z } from 'zod';
import { ApiClientSchema } from './api-clients/api-client.ts';
import { clientActivityRetention } from './api-clients/standing.ts';
import { tokenRoutes } from './api-clients/token-endpoint.ts';
import { AuditEntrySchema } from './audit/audit-entry.ts';
import { type AccountsDeps, createLoaders } from './context.ts';
import { createTxtResolver } from './organizations/dns.ts';
import { DomainSchema } from './organizations/domain.ts';
import { ensureOperator } from './organizations/operator.ts';
import { OrganizationSchema, PartnerRelationshipSchema } from './organizations/organization.ts';
import { PasswordSetupSchema } from './password-setup/password-setup.ts';
import { registerAgreementHandlers } from './registration/agreement-events.ts';
import { InvitationSchema } from './registration/invitation.ts';
import { resolvers } from './resolvers.ts';
import { passwordChecks } from './sign-in/passwords.ts';
import { endedSessions, SessionSchema, SigningKeySchema } from './sign-in/session.ts';
import { withLiveSession } from './sign-in/sign-in.ts';
import { SignInThrottleSchema } from './sign-in/throttle.ts';
import { TokenIssuer } from './sign-in/tokens.ts';
import { UserSchema } from './users/user.ts';

export const SERVICE = 'accounts';

export const accountsConfigSchema = baseConfigSchema
  .extend(outboundConfigSchema.shape)
  .extend(mailLinkConfigSchema.shape)
  .extend({
    PORT: z.coerce.number().int().min(0).max(65535).default(4001),
    BC_PLATFORM_DOMAIN: z.string().default('businesscenter.example'),
    BC_PORTAL_URL: z.string().url().default('http://localhost:3000'),
    /** Issuer and audience of access tokens; the gateway checks both. */
    BC_JWT_ISSUER: z.string().default('https://accounts.businesscenter.example'),
    BC_JWT_AUDIENCE: z.string().default('business-center'),
    /** Comma-separated DNS servers for domain verification (ACC-3); empty = the system's. */
    BC_DNS_SERVERS: z.string().default(''),
    /** When set, the operator account `operator@ops.<platform domain>` is created on first start. */
    BC_OPERATOR_PASSWORD: z.string().min(12).optional(),
    /** OPS-3: days a signed-out or expired session is kept (its row only lets sign-out be refused). */
    BC_KEEP_ENDED_SESSIONS_DAYS: z.coerce.number().int().min(1).default(30),
    /** OPS-3 API-1: days an API client's hourly token and use audit entries are kept. */
    BC_KEEP_API_CLIENT_AUDIT_DAYS: z.coerce.number().int().min(1).default(90),
  });
export type AccountsConfig = z.infer<typeof accountsConfigSchema>;

export const entities = [
  OrganizationSchema,
  PartnerRelationshipSchema,
  DomainSchema,
  UserSchema,
  InvitationSchema,
  PasswordSetupSchema,
  SessionSchema,
  SigningKeySchema,
  SignInThrottleSchema,
  AuditEntrySchema,
  ApiClientSchema,
];

import { migrations } from './migrations/index.ts';

/** Accounts: organizations, users, sign-in and the keys that sign access tokens. */
export const accountsService = defineService({
  name: SERVICE,
  port: 4001,
  moduleUrl: import.meta.url,
  config: accountsConfigSchema,
  entities,
  migrations,
  async setup(runtime, config) {
    const tokens = new TokenIssuer(
      { issuer: config.BC_JWT_ISSUER, audience: config.BC_JWT_AUDIENCE },
      runtime.clock,
      runtime.ids,
    );
    await tokens.init(runtime.orm.em.fork());
    if (config.BC_OPERATOR_PASSWORD) {
      await ensureOperator(runtime.orm.em.fork(), runtime, {
        platformDomain: config.BC_PLATFORM_DOMAIN,
        password: config.BC_OPERATOR_PASSWORD,
      });
    }
    const deps: AccountsDeps = {
      tokens,
      dns: createTxtResolver(config.BC_DNS_SERVERS.split(',').filter(Boolean)),
      settings: {
        platformDomain: config.BC_PLATFORM_DOMAIN,
        portalUrl: config.BC_PORTAL_URL,
        mailLinkSecret: mailLinkSecret(config),
        webhookPolicy: outboundPolicyFor(config),
      },
    };
    registerAgreementHandlers(runtime.consumer, { clock: runtime.clock, ids: runtime.ids, deps });
    return {
      resolvers,
      context: (base) => withLiveSession({ ...base, deps, loaders: createLoaders(base.em) }),
      routes: {
        // API-1: the client-credentials token endpoint (forwarded by the gateway) and its use reports.
        ...tokenRoutes(runtime, tokens),
        // ACC-4: the gateway (and anyone) fetches the public signing keys here.
        '/.well-known/jwks.json': (_req, res) => {
          res.setHeader('cache-control', 'public, max-age=300');
          sendJson(res, 200, tokens.jwks());
        },
      },
      metrics: [passwordChecks],
      retention: [
        endedSessions(config.BC_KEEP_ENDED_SESSIONS_DAYS),
        clientActivityRetention(config.BC_KEEP_API_CLIENT_AUDIT_DAYS),
      ],
      expose: { deps },
    };
  },
});
