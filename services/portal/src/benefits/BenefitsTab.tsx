import { useQuery } from '@apollo/client/react';
import { Fragment, useState } from 'react';
import { graphql } from '../__generated__';
import { useAccountSelection } from '../shell/account-selection.tsx';
import { useMe } from '../shell/me-context.tsx';
import { formatNumber, humanize } from '../ui/format.ts';
import { Empty, ErrorState, Loading } from '../ui/states.tsx';
import { BenefitDetails } from './BenefitDetails.tsx';
import { PartnerPermissions } from './PartnerPermissions.tsx';

const BenefitsTabQuery = graphql(`
  query BenefitsTab($purchasingAccountId: ID, $manage: Boolean!, $accounts: Boolean!) {
    benefitGroups(purchasingAccountId: $purchasingAccountId) {
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
    purchasingAccounts(first: 100) @include(if: $accounts) {
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
  const { purchasingAccountId } = useAccountSelection();
  const [open, setOpen] = useState<string | null>(null);
  const [permissionsOpen, setPermissionsOpen] = useState(false);
  const { data, previousData, error, refetch } = useQuery(BenefitsTabQuery, {
    variables: { purchasingAccountId, manage, accounts: can('VIEW_AGREEMENTS') },
  });
  const shown = data ?? previousData;
  if (error) return <ErrorState error={error} retry={() => void refetch()} />;
  if (!shown) return <Loading what="your benefits" />;
  const permissions = shown.benefitPermissions ?? [];
  const accounts = (shown.purchasingAccounts?.edges ?? []).map((e) => e.node);

  return (
    <section className="panel" aria-labelledby="your-benefits">
      <div className="panel-heading">
        <h2 id="your-benefits">Your benefits</h2>
        {manage && permissions.length > 0 && (
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
      {manage && permissionsOpen && permissions.length > 0 && (
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
          <div className="table-scroll">
            <table className="benefits-table">
              <caption className="visually-hidden">Benefits for {group.productGroup}</caption>
              <thead>
                <tr>
                  <th scope="col">Benefit</th>
                  <th scope="col" className="number">
                    Entitled
                  </th>
                  <th scope="col" className="number">
                    Used
                  </th>
                  <th scope="col" className="number">
                    Available
                  </th>
                  <th scope="col">
                    <span className="visually-hidden">Details</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {group.benefits.map(({ benefit, entitled, used, available }) => {
                  const key = `${group.productGroup}/${benefit.code}`;
                  const isOpen = open === key;
                  const detailsId = `details-${key.replace(/\W+/g, '-')}`;
                  const measured = entitled != null;
                  return (
                    <Fragment key={key}>
                      <tr>
                        <th scope="row">
                          {benefit.name}
                          <span className="subtle">{measured ? humanize(benefit.unit) : 'Not measured'}</span>
                        </th>
                        <td className="number">{measured ? formatNumber(entitled) : 'Included'}</td>
                        <td className="number">{measured ? formatNumber(used) : ''}</td>
                        <td className="number">{measured ? formatNumber(available ?? 0) : ''}</td>
                        <td className="arrow-cell">
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
                        </td>
                      </tr>
                      {isOpen && (
                        <tr className="details-row" id={detailsId}>
                          <td colSpan={5}>
                            <BenefitDetails
                              code={benefit.code}
                              managesUsers={benefit.managesUsers}
                              purchasingAccountId={purchasingAccountId}
                              accounts={accounts}
                            />
                          </td>
                        </tr>
                      )}
                    </Fragment>
                  );
                })}
              </tbody>
            </table>
          </div>
        </section>
      ))}
    </section>
  );
}
