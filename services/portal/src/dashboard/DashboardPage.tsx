import { useQuery } from '@apollo/client/react';
import { graphql } from '../__generated__';
import { useAccountSelection } from '../shell/account-selection.tsx';
import { useMe } from '../shell/me-context.tsx';
import { Empty, ErrorState, Loading } from '../ui/states.tsx';
import { BenefitsSummary } from './BenefitsSummary.tsx';
import { InventorySummary } from './InventorySummary.tsx';

const DashboardQuery = graphql(`
  query Dashboard($purchasingAccountId: ID, $licenses: Boolean!) {
    inventoryDashboard(purchasingAccountId: $purchasingAccountId, top: 5) @include(if: $licenses) {
      ...InventorySummary_dashboard
    }
    benefitGroups(purchasingAccountId: $purchasingAccountId) @include(if: $licenses) {
      ...BenefitsSummary_group
    }
  }
`);

/** WEB-3: the dashboard, for the account chosen at the top right. */
export function DashboardPage() {
  const { can, organizationKind } = useMe();
  const { purchasingAccountId } = useAccountSelection();
  const licenses = can('VIEW_LICENSES') && organizationKind === 'CUSTOMER';
  const { data, error, loading, refetch } = useQuery(DashboardQuery, {
    variables: { purchasingAccountId, licenses },
    skip: !licenses,
  });
  return (
    <>
      <h1>Dashboard</h1>
      {!licenses ? (
        <Empty>
          Your role does not include viewing inventory. Use the menus above for the tasks you can do, or see
          My profile for your roles and permissions.
        </Empty>
      ) : error ? (
        <ErrorState error={error} retry={() => void refetch()} />
      ) : loading || !data ? (
        <Loading what="the dashboard" />
      ) : (
        <div className="dashboard-grid">
          {data.inventoryDashboard && <InventorySummary dashboard={data.inventoryDashboard} />}
          {data.benefitGroups && <BenefitsSummary groups={data.benefitGroups} />}
        </div>
      )}
    </>
  );
}

/** The route loads the page lazily (App.tsx), which needs a default export. */
export default DashboardPage;
