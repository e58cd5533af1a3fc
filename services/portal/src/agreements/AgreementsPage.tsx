import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { type FragmentType, getFragmentData, graphql } from '../__generated__';
import type { AgreementStatus } from '../__generated__/graphql.ts';
import { useAccountSelection } from '../shell/account-selection.tsx';
import { useMe } from '../shell/me-context.tsx';
import { Notice, NotPermitted, SelectField, TextField } from '../ui/fields.tsx';
import { FilterForm, useListFilter } from '../ui/filters.tsx';
import { formatDay } from '../ui/format.ts';
import { ListResult } from '../ui/ListResult.tsx';
import { AgreementDetails } from './AgreementDetails.tsx';
import { statusLabel } from './status.ts';

const AgreementRowAgreement = graphql(`
  fragment AgreementRow_agreement on Agreement {
    id
    number
    status
    startDate
    endDate
    purchasingAccount {
      id
      name
      number
      location
    }
  }
`);

const SalesPackageRowAgreement = graphql(`
  fragment SalesPackageRow_agreement on Agreement {
    id
    number
    signingMethod
    startDate
    offers {
      code
      name
    }
    purchasingAccount {
      id
      name
    }
  }
`);

const AgreementsQuery = graphql(`
  query Agreements($filter: AgreementFilter, $toReview: AgreementFilter, $first: Int) {
    toReview: agreements(filter: $toReview, first: 50) {
      edges {
        node {
          id
          ...SalesPackageRow_agreement
        }
      }
    }
    agreements(filter: $filter, first: $first) {
      totalCount
      pageInfo {
        hasNextPage
      }
      edges {
        node {
          id
          ...AgreementRow_agreement
        }
      }
    }
  }
`);

function AgreementRow({ agreement }: { agreement: FragmentType<typeof AgreementRowAgreement> }) {
  const a = getFragmentData(AgreementRowAgreement, agreement);
  return (
    <tr>
      <th scope="row" className="nowrap">
        <Link to={`?agreement=${encodeURIComponent(a.id)}`}>{a.number}</Link>
      </th>
      <td>
        {a.purchasingAccount.name}
        <span className="subtle">{a.purchasingAccount.number}</span>
      </td>
      <td>{statusLabel(a.status)}</td>
      <td className="nowrap">{formatDay(a.startDate)}</td>
      <td className="nowrap">{formatDay(a.endDate)}</td>
      <td>{a.purchasingAccount.location}</td>
    </tr>
  );
}

function SalesPackages({ packages }: { packages: FragmentType<typeof SalesPackageRowAgreement>[] }) {
  const rows = packages.map((p) => getFragmentData(SalesPackageRowAgreement, p));
  return (
    <section className="panel" aria-labelledby="review-heading">
      <h2 id="review-heading">Sales packages to review</h2>
      <p>Your partner sent these packages. Review each one, then sign or decline it.</p>
      <ul className="package-list">
        {rows.map((p) => (
          <li key={p.id}>
            <Link to={`?agreement=${encodeURIComponent(p.id)}`}>Review sales package {p.number}</Link>
            <span className="subtle">
              {p.purchasingAccount.name} · {p.offers.map((o) => o.name).join(', ')} · starts{' '}
              {formatDay(p.startDate)}
              {p.signingMethod === 'PAPER' ? ' · signed on paper' : ''}
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}

const EMPTY_FILTER = {
  purchasingAccountName: '',
  purchasingAccountNumber: '',
  agreementNumber: '',
  startDateFrom: '',
  startDateTo: '',
  status: '',
  location: '',
};

const orNull = (value: string) => value.trim() || null;

/**
 * WEB-7, the guide's Agreements page (Account → View agreements): sales packages to review first, then
 * the agreements with every filter the API offers; an agreement's details at `?agreement=<id>`.
 */
function AgreementsList() {
  const { purchasingAccountId } = useAccountSelection();
  const [params, setParams] = useSearchParams();
  const selected = params.get('agreement');
  const { form, filter, first, set, apply, clear, more } = useListFilter(EMPTY_FILTER);
  const [notice, setNotice] = useState<string | null>(null);
  const { data, previousData, error, loading, refetch } = useQuery(AgreementsQuery, {
    variables: {
      filter: {
        purchasingAccountId,
        purchasingAccountName: orNull(filter.purchasingAccountName),
        purchasingAccountNumber: orNull(filter.purchasingAccountNumber),
        agreementNumber: orNull(filter.agreementNumber),
        startDateFrom: orNull(filter.startDateFrom),
        startDateTo: orNull(filter.startDateTo),
        status: (filter.status || null) as AgreementStatus | null,
        location: orNull(filter.location)?.toUpperCase() ?? null,
      },
      toReview: { purchasingAccountId, status: 'SENT' as AgreementStatus },
      first,
    },
    skip: selected !== null,
  });
  const shown = data ?? previousData;
  if (selected)
    return (
      <AgreementDetails
        id={selected}
        onBack={(message) => {
          setNotice(message);
          setParams({});
          void refetch();
        }}
      />
    );

  return (
    <>
      <h1>Agreements</h1>
      {notice && <Notice>{notice}</Notice>}
      {shown && shown.toReview.edges.length > 0 && (
        <SalesPackages packages={shown.toReview.edges.map((e) => e.node)} />
      )}
      <FilterForm label="Filter agreements" onApply={apply} onClear={clear}>
        <TextField
          label="Purchasing account name"
          value={form.purchasingAccountName}
          onChange={set('purchasingAccountName')}
        />
        <TextField
          label="Purchasing account number"
          value={form.purchasingAccountNumber}
          onChange={set('purchasingAccountNumber')}
        />
        <TextField label="Agreement number" value={form.agreementNumber} onChange={set('agreementNumber')} />
        <TextField
          label="Start date from"
          type="date"
          value={form.startDateFrom}
          onChange={set('startDateFrom')}
        />
        <TextField label="Start date to" type="date" value={form.startDateTo} onChange={set('startDateTo')} />
        <SelectField
          label="Status"
          value={form.status}
          onChange={set('status')}
          options={[
            { value: '', label: 'All statuses' },
            ...(['SENT', 'SIGNED', 'DECLINED'] as const).map((s) => ({ value: s, label: statusLabel(s) })),
          ]}
        />
        <TextField
          label="Location"
          value={form.location}
          onChange={set('location')}
          hint="Country code, e.g. US"
        />
      </FilterForm>
      <ListResult
        error={error}
        retry={() => void refetch()}
        loading={loading}
        shown={shown?.agreements}
        loadingWhat="agreements"
        noun="agreements"
        empty="No agreements match these filters."
        caption="Agreements"
        head={
          <>
            <th scope="col">Agreement number</th>
            <th scope="col">Purchasing account</th>
            <th scope="col">Status</th>
            <th scope="col">Start date</th>
            <th scope="col">End date</th>
            <th scope="col">Location</th>
          </>
        }
        onMore={more}
      >
        {shown?.agreements.edges.map(({ node }) => (
          <AgreementRow key={node.id} agreement={node} />
        ))}
      </ListResult>
    </>
  );
}

/** Reached by its address without VIEW_AGREEMENTS: said plainly instead of a refused query. */
export function AgreementsPage() {
  const { can } = useMe();
  return can('VIEW_AGREEMENTS') ? (
    <AgreementsList />
  ) : (
    <NotPermitted title="Agreements" what="viewing agreements" />
  );
}

/** The route loads the page lazily (App.tsx), which needs a default export. */
export default AgreementsPage;
