import { agreements } from '@bc/contracts';
import type { EventConsumer } from '@bc/platform';
import { type RegistrationDeps, registerInvitedCustomer } from './registration.ts';

/**
 * ACC-2 started by agreements: a signed agreement for an organization that does not exist yet
 * creates it (with the id agreements chose) and invites its designated domain administrator.
 */
export function registerAgreementHandlers(consumer: EventConsumer, deps: RegistrationDeps): void {
  consumer.on(agreements.agreementSigned, async (event, tx) => {
    const { newCustomer } = event.payload;
    if (!newCustomer) return;
    await registerInvitedCustomer(deps, tx, {
      organizationId: event.payload.organizationId,
      name: event.payload.organizationName,
      administratorEmail: newCustomer.domainAdministratorEmail,
      partnerOrganizationId: event.payload.partnerOrganizationId,
    });
  });
}
