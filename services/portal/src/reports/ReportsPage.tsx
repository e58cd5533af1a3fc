import { useQuery } from '@apollo/client/react';
import { type KeyboardEvent, useRef } from 'react';
import { Link, useSearchParams } from 'react-router';
import { graphql } from '../__generated__';
import type { ReportCategory, StandardReportId } from '../__generated__/graphql.ts';
import { useMe } from '../shell/me-context.tsx';
import { Empty, ErrorState, Loading } from '../ui/states.tsx';
import { CustomReports } from './CustomReports.tsx';
import { StandardReport } from './StandardReport.tsx';

const TABS = [
  { key: 'standard', label: 'Standard reports' },
  { key: 'custom', label: 'Custom reports' },
] as const;
type TabKey = (typeof TABS)[number]['key'];

/** The guide's four categories, in its words and order. */
const CATEGORY_NAMES: Record<ReportCategory, string> = {
  AGREEMENTS: 'Agreements',
  LICENSES_AND_SERVICES: 'Licenses and Services',
  ORDERS_AND_INVOICES: 'Orders and Invoices',
  SOFTWARE_ASSURANCE_BENEFITS: 'Software Assurance Benefits',
};

const CategoriesQuery = graphql(`
  query ReportCategories {
    reportCategories {
      category
      reports {
        id
        name
        description
      }
    }
  }
`);

const REPORT_IDS = new Set<string>([
  'PHONE_SUPPORT_24X7',
  'WEB_SUPPORT_24X7',
  'AGREEMENTS',
  'AGREEMENT_OFFERS',
  'HOME_USE_PROGRAM',
  'LICENSES_AND_SERVICES',
  'ONLINE_SERVICES_RENEWALS',
  'PACKAGES_AND_PRODUCTS',
  'PLANNING_SERVICES',
  'TRAINING_VOUCHERS',
  'UNPAID_ONLINE_SERVICES_RECONCILIATION',
] satisfies StandardReportId[]);

/**
 * WEB-9: the Reports page. Two tabs (the ARIA tabs pattern, as on the inventory page): the standard
 * reports by category (`?report=<id>` opens one) and the Custom reports tab (`?tab=custom`).
 */
export default function ReportsPage() {
  const { can, organizationKind } = useMe();
  const [params, setParams] = useSearchParams();
  const current: TabKey = params.get('tab') === 'custom' ? 'custom' : 'standard';
  const tabs = useRef<(HTMLButtonElement | null)[]>([]);
  const reportId = params.get('report');

  const choose = (key: TabKey) => setParams(key === 'standard' ? {} : { tab: key });
  const onKeyDown = (event: KeyboardEvent, index: number) => {
    const moves: Record<string, number> = { ArrowRight: index + 1, ArrowLeft: index - 1, Home: 0, End: 1 };
    const to = moves[event.key];
    if (to === undefined) return;
    event.preventDefault();
    const next = (to + TABS.length) % TABS.length;
    choose(TABS[next]!.key);
    tabs.current[next]?.focus();
  };

  if (!can('VIEW_REPORTS') || organizationKind !== 'CUSTOMER')
    return (
      <>
        <h1>Reports</h1>
        <Empty>
          Your role does not include viewing reports. See My profile for your roles and permissions.
        </Empty>
      </>
    );
  return (
    <>
      <h1>Reports</h1>
      <div className="tabs" role="tablist" aria-label="Reports">
        {TABS.map((tab, index) => (
          <button
            key={tab.key}
            ref={(el) => {
              tabs.current[index] = el;
            }}
            type="button"
            role="tab"
            id={`tab-${tab.key}`}
            aria-selected={current === tab.key}
            aria-controls={`panel-${tab.key}`}
            tabIndex={current === tab.key ? 0 : -1}
            className="tab"
            onClick={() => choose(tab.key)}
            onKeyDown={(event) => onKeyDown(event, index)}
          >
            {tab.label}
          </button>
        ))}
      </div>
      <div role="tabpanel" id={`panel-${current}`} aria-labelledby={`tab-${current}`} className="tab-panel">
        {current === 'custom' ? (
          <CustomReports />
        ) : reportId && REPORT_IDS.has(reportId) ? (
          <StandardReport key={reportId} id={reportId as StandardReportId} />
        ) : (
          <Catalog />
        )}
      </div>
    </>
  );
}

function Catalog() {
  const { data, error, refetch } = useQuery(CategoriesQuery);
  if (error) return <ErrorState error={error} retry={() => void refetch()} />;
  if (!data) return <Loading what="the reports" />;
  return (
    <div className="report-catalog">
      {data.reportCategories.map((group) => (
        <section key={group.category} aria-labelledby={`category-${group.category}`}>
          <h2 id={`category-${group.category}`}>{CATEGORY_NAMES[group.category]}</h2>
          <ul className="report-list">
            {group.reports.map((r) => (
              <li key={r.id}>
                <Link to={`?report=${r.id}`}>{r.name}</Link>
                <span className="subtle">{r.description}</span>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
