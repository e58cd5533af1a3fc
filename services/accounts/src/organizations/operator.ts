import type { Clock, IdGenerator, RunTx } from '@bc/platform';
import type { EntityManager } from '@mikro-orm/core';
import { hashPassword } from '../sign-in/passwords.ts';
import { User } from '../users/user.ts';
import { Domain } from './domain.ts';
import { Organization } from './organization.ts';

/**
 * The platform operator's bootstrap account (seeds catalogs and customers, runs jobs). Created on
 * start when BC_OPERATOR_PASSWORD is set and the account does not exist yet; never changed after.
 */
export async function ensureOperator(
  em: EntityManager,
  deps: { clock: Clock; ids: IdGenerator; tx: RunTx },
  settings: { platformDomain: string; password: string },
): Promise<string> {
  const domainName = `ops.${settings.platformDomain}`;
  const workAccount = `operator@${domainName}`;
  if (await em.findOne(User, { workAccount })) return workAccount;
  const now = deps.clock.now();
  const passwordHash = await hashPassword(settings.password);
  await deps.tx(async ({ em: tem }) => {
    const org = Object.assign(new Organization(), {
      id: deps.ids.uuid(),
      name: 'Business Center Operations',
      kind: 'OPERATOR' as const,
      status: 'ACTIVE' as const,
      createdAt: now,
      registeredAt: now,
    });
    const domain = Object.assign(new Domain(), {
      id: deps.ids.uuid(),
      organizationId: org.id,
      name: domainName,
      kind: 'INITIAL' as const,
      verificationToken: deps.ids.secret(16),
      verifiedAt: now,
      createdAt: now,
    });
    const user = Object.assign(new User(), {
      id: deps.ids.uuid(),
      organizationId: org.id,
      userId: 'operator',
      domain: domainName,
      workAccount,
      email: `operator@${domainName}`,
      firstName: 'Platform',
      lastName: 'Operator',
      roles: [],
      globalAdmin: false,
      status: 'ACTIVE' as const,
      passwordHash,
      createdAt: now,
      updatedAt: now,
    });
    tem.persist([org, domain, user]);
  });
  return workAccount;
}
