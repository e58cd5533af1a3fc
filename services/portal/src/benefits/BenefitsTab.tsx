import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { graphql } from '../__generated__';
import { useAccountSelection } from '../shell/account-selection.tsx';
import { useMe } from '../shell/me-context.tsx';
import { formatNumber, humanize } from '../ui/format.ts';
import { Empty, ErrorState, Loading } from '../ui/states.tsx';
import { useActingCustomer } from './acting.tsx';
import { BenefitDetails } from './BenefitDetails.tsx';
import { PartnerPermissions } from './PartnerPermissions.tsx';

const BenefitsTabQuery = graphql(`
  query BenefitsTab($purchasingAccountId: ID, $manage: Boolean!, $accounts: Boolean!, $customerId: ID) {
    benefitGroups(purchasingAccountId: $purchasingAccountId, customerId: $customerId) {
      productGroup
      benefits {
        entitled
        used
        available
        benefit {
          code
          name
          unit
          managesUsers
          usesEligibleDomains
        }
      }
    }
    benefitPermissions @include(if: $manage) {
      id
      ...PartnerPermissions_permission
    }
    me @include(if: $manage) {
      id
      organization {
        id
        partnerOfRecord {
          id
          name
        }
      }
    }
    purchasingAccounts(customerId: $customerId, first: 100) @include(if: $accounts) {
      edges {
        node {
          id
          number
          name
        }
      }
    }
  }
`);

/**
 * WEB-4, the Software Assurance and Services Benefits tab: the benefits of the account chosen at the top
 * right, by product group; a benefit's arrow opens its details (instructions, eligible domains and access
 * code, users, training vouchers). Changes are offered to people with MANAGE_BENEFITS only (WEB-11).
 */
export function BenefitsTab() {
  const { can } = useMe();
  const manage = can('MANAGE_BENEFITS');
  const acting = useActingCustomer();
  const selection = useAccountSelection();
  // A partner acting for a customer: that customer's account, not the (customer-only) selector's.
  const purchasingAccountId = acting ? acting.purchasingAccountId : selection.purchasingAccountId;
  // The permission requests are the customer's own business, never shown while a partner acts.
  const permissionsShown = manage && !acting;
  const [open, setOpen] = useState<string | null>(null);
  const [permissionsOpen, setPermissionsOpen] = useState(false);
  const { data, previousData, error, refetch } = useQuery(BenefitsTabQuery, {
    variables: {
      purchasingAccountId,
      manage: permissionsShown,
      accounts: can('VIEW_AGREEMENTS'),
      customerId: acting?.customerId,
    },
  });
  const shown = data ?? previousData;
  if (error) return <ErrorState error={error} retry={() => void refetch()} />;
  if (!shown) return <Loading what="your benefits" />;
  const permissions = shown.benefitPermissions ?? [];
  const accounts = (shown.purchasingAccounts?.edges ?? []).map((e) => e.node);

  return (
    <section className="panel" aria-labelledby="your-benefits">
      <div className="panel-heading">
        <h2 id="your-benefits">{acting ? `Benefits of ${acting.customerName}` : 'Your benefits'}</h2>
        {permissionsShown && permissions.length > 0 && (
          <button
            type="button"
            className="text-link"
            aria-expanded={permissionsOpen}
            aria-controls="partner-permissions"
            onClick={() => setPermissionsOpen((o) => !o)}
          >
            View and edit partner benefit permissions
          </button>
        )}
      </div>
      {permissionsShown && permissionsOpen && permissions.length > 0 && (
        <PartnerPermissions
          id="partner-permissions"
          permissions={permissions}
          partnerOfRecord={shown.me?.organization.partnerOfRecord ?? null}
        />
      )}
      {shown.benefitGroups.length === 0 && (
        <Empty>
          No Software Assurance benefits for this account. Benefits come with licenses that include Software
          Assurance.
        </Empty>
      )}
      {shown.benefitGroups.map((group) => (
        <section key={group.productGroup} className="benefit-group" aria-label={group.productGroup}>
          <h3>{group.productGroup}</h3>
          <ul className="benefit-rows">
            {group.benefits.map(({ benefit, entitled, used, available }) => {
              const key = `${group.productGroup}/${benefit.code}`;
              const isOpen = open === key;
              const detailsId = `details-${key.replace(/\W+/g, '-')}`;
              return (
                <li key={key} className="benefit-item">
                  <div className="benefit-row">
                    <div>
                      <strong>{benefit.name}</strong>
                      <span className="subtle">
                        {entitled != null ? humanize(benefit.unit) : 'Not measured'}
                      </span>
                    </div>
                    {entitled != null ? (
                      <dl className="benefit-amounts">
                        <div>
                          <dt>Entitled</dt>
                          <dd>{formatNumber(entitled)}</dd>
                        </div>
                        <div>
                          <dt>Used</dt>
                          <dd>{formatNumber(used)}</dd>
                        </div>
                        <div>
                          <dt>Available</dt>
                          <dd>{formatNumber(available ?? 0)}</dd>
                        </div>
                      </dl>
                    ) : (
                      <p className="benefit-amounts">Included</p>
                    )}
                    <button
                      type="button"
                      className="expander icon-only"
                      aria-expanded={isOpen}
                      aria-controls={isOpen ? detailsId : undefined}
                      onClick={() => setOpen(isOpen ? null : key)}
                    >
                      <span className="arrow" aria-hidden="true" />
                      <span className="visually-hidden">Details of {benefit.name}</span>
                    </button>
                  </div>
                  {isOpen && (
                    <div className="benefit-details-panel" id={detailsId}>
                      <BenefitDetails
                        code={benefit.code}
                        managesUsers={benefit.managesUsers}
                        purchasingAccountId={purchasingAccountId}
                        accounts={accounts}
                      />
                    </div>
                  )}
                </li>
              );
            })}
          </ul>
        </section>
      ))}
    </section>
  );
}
