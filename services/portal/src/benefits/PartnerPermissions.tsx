import { useMutation } from '@apollo/client/react';
import { type FormEvent, useId, useState } from 'react';
import { type FragmentType, getFragmentData, graphql } from '../__generated__';
import type { BenefitPermissionDecision } from '../__generated__/graphql.ts';
import { type ApiProblem, apiProblem } from '../ui/errors.ts';
import { FormProblem } from '../ui/fields.tsx';
import { humanize } from '../ui/format.ts';
import { formatInstantDay } from './words.ts';

const PartnerPermissionsPermission = graphql(`
  fragment PartnerPermissions_permission on BenefitPermission {
    id
    partnerOrganizationId
    status
    requestedAt
  }
`);

const DecideBenefitPermission = graphql(`
  mutation DecideBenefitPermission($id: ID!, $decision: BenefitPermissionDecision!) {
    decideBenefitPermission(id: $id, decision: $decision) {
      id
      status
    }
  }
`);

/** The guide's Change status choices: a pending request is approved or denied, an approved one removed. */
const CHOICES: Record<string, { value: BenefitPermissionDecision; label: string }[]> = {
  PENDING: [
    { value: 'APPROVED', label: 'Approve request' },
    { value: 'DENIED', label: 'Deny request' },
  ],
  APPROVED: [{ value: 'REMOVED', label: 'Remove permission' }],
};

const DONE: Record<BenefitPermissionDecision, string> = {
  APPROVED: 'approved: the partner may now manage your benefits',
  DENIED: 'denied',
  REMOVED: 'removed: the partner may no longer manage your benefits',
};

/**
 * BEN-7, "View and edit partner benefit permissions": the requests partners sent (the request always
 * comes from the partner), each with Change status and Submit.
 */
export function PartnerPermissions({
  id,
  permissions,
  partnerOfRecord,
}: {
  id: string;
  permissions: FragmentType<typeof PartnerPermissionsPermission>[];
  partnerOfRecord: { id: string; name: string } | null;
}) {
  const list = permissions.map((p) => getFragmentData(PartnerPermissionsPermission, p));
  // A partner asks as partner of record (ACC-9), so the name is known unless the partner has changed since.
  const partnerName = (partnerId: string) =>
    partnerOfRecord?.id === partnerId ? partnerOfRecord.name : 'A former partner of record';
  return (
    <div id={id} className="sub-section">
      <h3>Partner benefit permissions</h3>
      <div className="table-scroll">
        <table>
          <caption className="visually-hidden">Partner benefit permissions</caption>
          <thead>
            <tr>
              <th scope="col">Partner</th>
              <th scope="col">Requested</th>
              <th scope="col">Status</th>
              <th scope="col">Change status</th>
            </tr>
          </thead>
          <tbody>
            {list.map((p) => (
              <PermissionRow key={p.id} permission={p} partner={partnerName(p.partnerOrganizationId)} />
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}

function PermissionRow({
  permission,
  partner,
}: {
  permission: { id: string; status: string; requestedAt: string };
  partner: string;
}) {
  const selectId = useId();
  const choices = CHOICES[permission.status] ?? [];
  const [decision, setDecision] = useState<BenefitPermissionDecision | ''>('');
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [decide, { loading }] = useMutation(DecideBenefitPermission, {
    refetchQueries: ['BenefitsTab'],
    awaitRefetchQueries: true,
  });
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!decision) return;
    setProblem(null);
    try {
      await decide({ variables: { id: permission.id, decision } });
      setNotice(`The request of ${partner} was ${DONE[decision]}.`);
      setDecision('');
    } catch (error) {
      setProblem(apiProblem(error));
    }
  };
  return (
    <tr>
      <th scope="row">{partner}</th>
      <td>{formatInstantDay(permission.requestedAt)}</td>
      <td>{humanize(permission.status)}</td>
      <td>
        {notice && (
          <p className="notice compact" role="status">
            {notice}
          </p>
        )}
        <FormProblem problem={problem} />
        {choices.length > 0 && (
          <form
            onSubmit={submit}
            className="inline-input status-form"
            aria-label={`Change status of the request of ${partner}`}
          >
            <label htmlFor={selectId} className="visually-hidden">
              Change status
            </label>
            <select
              id={selectId}
              value={decision}
              onChange={(e) => setDecision(e.target.value as BenefitPermissionDecision | '')}
            >
              <option value="">Choose…</option>
              {choices.map((c) => (
                <option key={c.value} value={c.value}>
                  {c.label}
                </option>
              ))}
            </select>
            <button type="submit" className="button secondary small" disabled={!decision || loading}>
              Submit
            </button>
          </form>
        )}
      </td>
    </tr>
  );
}
