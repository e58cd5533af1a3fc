import { useMutation, useQuery } from '@apollo/client/react';
import { type FormEvent, useId, useState } from 'react';
import { graphql } from '../__generated__';
import { type ApiProblem, apiProblem } from '../ui/errors.ts';
import { FormProblem } from '../ui/fields.tsx';
import { formatNumber } from '../ui/format.ts';
import { ErrorState, Loading } from '../ui/states.tsx';
import { useCustomerId } from './acting.tsx';
import { formatInstantDay, languageName } from './words.ts';

const TrainingVouchersQuery = graphql(`
  query TrainingVouchers($purchasingAccountId: ID!, $customerId: ID, $after: String) {
    trainingVouchers(purchasingAccountId: $purchasingAccountId, customerId: $customerId, first: 100, after: $after) {
      edges {
        node {
          id
          employeeName
          email
          days
          language
          voucherCode
          status
          assignedAt
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
    benefitDetails(benefit: "TRAINING_VOUCHERS", purchasingAccountId: $purchasingAccountId, customerId: $customerId) {
      entitled
      available
    }
  }
`);

const PreviewQuery = graphql(`
  query PreviewVoucherInstructions($language: String!, $days: Int!) {
    previewVoucherInstructions(language: $language, days: $days)
  }
`);

const AssignTrainingVoucher = graphql(`
  mutation AssignTrainingVoucher($input: AssignTrainingVoucherInput!, $idempotencyKey: String) {
    assignTrainingVoucher(input: $input, idempotencyKey: $idempotencyKey) {
      id
      employeeName
      days
    }
  }
`);

const RevokeTrainingVoucher = graphql(`
  mutation RevokeTrainingVoucher($id: ID!, $customerId: ID) {
    revokeTrainingVoucher(id: $id, customerId: $customerId) {
      id
      status
    }
  }
`);

const REFETCH = ['TrainingVouchers', 'BenefitsTab', 'BenefitDetails'];

/** A new key for each distinct assignment: a resubmitted form (lost answer) uses no second days (API-5). */
const newKey = () => crypto.randomUUID();

/**
 * BEN-6: training days are assigned on one purchasing account (the one chosen at the top right, or
 * chosen here when that is All): "Assign vouchers", "View instructions sent to your trainees" in the
 * chosen language, and the list of assignments with Revoke.
 */
export function TrainingVouchers({
  purchasingAccountId,
  accounts,
  languages,
  manage,
}: {
  purchasingAccountId: string | null;
  accounts: { id: string; number: string; name: string }[];
  languages: string[];
  manage: boolean;
}) {
  const customerId = useCustomerId();
  const ids = { account: useId(), name: useId(), email: useId(), days: useId(), language: useId() };
  const [chosenAccount, setChosenAccount] = useState<string | null>(null);
  const account = purchasingAccountId ?? chosenAccount ?? accounts[0]?.id ?? null;
  const [form, setForm] = useState({
    employeeName: '',
    email: '',
    days: '1',
    language: languages[0] ?? 'en-US',
  });
  const [key, setKey] = useState(newKey);
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [previewOpen, setPreviewOpen] = useState(false);
  const { data, error, refetch, fetchMore } = useQuery(TrainingVouchersQuery, {
    variables: { purchasingAccountId: account ?? '', customerId },
    skip: !account,
  });
  const assignments = data?.trainingVouchers.edges.map((e) => e.node) ?? [];
  const next = data?.trainingVouchers.pageInfo.hasNextPage ? data.trainingVouchers.pageInfo.endCursor : null;
  // The next 100 assignments are appended to those shown.
  const showMore = (after: string) =>
    fetchMore({
      variables: { after },
      updateQuery: (previous, { fetchMoreResult }) => ({
        ...fetchMoreResult,
        trainingVouchers: {
          ...fetchMoreResult.trainingVouchers,
          edges: [...previous.trainingVouchers.edges, ...fetchMoreResult.trainingVouchers.edges],
        },
      }),
    });
  const days = Number.parseInt(form.days, 10);
  const preview = useQuery(PreviewQuery, {
    variables: { language: form.language, days: Number.isInteger(days) && days > 0 ? days : 1 },
    skip: !previewOpen,
  });
  const options = { refetchQueries: REFETCH, awaitRefetchQueries: true };
  const [assign, assigning] = useMutation(AssignTrainingVoucher, options);
  const [revoke, revoking] = useMutation(RevokeTrainingVoucher, options);

  const edit = (next: Partial<typeof form>) => {
    setForm((f) => ({ ...f, ...next }));
    setKey(newKey());
  };
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!account) return;
    setProblem(null);
    setNotice(null);
    try {
      const { data: done } = await assign({
        variables: {
          input: {
            customerId,
            purchasingAccountId: account,
            employeeName: form.employeeName,
            email: form.email,
            // Not a whole number: sent as 0, so the API's own rule names the field.
            days: Number.isInteger(days) ? days : 0,
            language: form.language,
          },
          idempotencyKey: key,
        },
      });
      if (done)
        setNotice(
          `${done.assignTrainingVoucher.days} training day(s) assigned to ${done.assignTrainingVoucher.employeeName}.`,
        );
      setForm((f) => ({ ...f, employeeName: '', email: '', days: '1' }));
      setKey(newKey());
    } catch (failure) {
      setProblem(apiProblem(failure));
    }
  };
  const revokeOne = async (id: string, who: string) => {
    setProblem(null);
    setNotice(null);
    try {
      await revoke({ variables: { id, customerId } });
      setNotice(`The voucher of ${who} was revoked; its days are available again.`);
    } catch (failure) {
      setProblem(apiProblem(failure));
    }
  };
  const invalid = (field: string) => (problem?.field === field ? true : undefined);

  return (
    <section aria-label="Training vouchers" className="sub-section">
      <h4>Training vouchers</h4>
      {!purchasingAccountId && accounts.length > 1 && (
        <div className="field inline-field">
          <label htmlFor={ids.account}>Purchasing account</label>
          <select
            id={ids.account}
            value={account ?? ''}
            onChange={(e) => {
              setChosenAccount(e.target.value);
              setKey(newKey());
            }}
          >
            {accounts.map((a) => (
              <option key={a.id} value={a.id}>
                {a.name} ({a.number})
              </option>
            ))}
          </select>
        </div>
      )}
      {data?.benefitDetails.entitled != null && (
        <p>
          <strong>{formatNumber(data.benefitDetails.available ?? 0)}</strong> of{' '}
          {formatNumber(data.benefitDetails.entitled)} training days available on this purchasing account.
        </p>
      )}
      {notice && (
        <p className="notice compact" role="status">
          {notice}
        </p>
      )}
      {manage && account && (
        <details className="disclosure-section">
          <summary>Assign vouchers</summary>
          <form onSubmit={submit} noValidate aria-label="Assign vouchers">
            <FormProblem problem={problem} />
            <div className="form-grid">
              <div className="field">
                <label htmlFor={ids.name}>Employee name</label>
                <input
                  id={ids.name}
                  value={form.employeeName}
                  aria-invalid={invalid('employeeName')}
                  onChange={(e) => edit({ employeeName: e.target.value })}
                />
              </div>
              <div className="field">
                <label htmlFor={ids.email}>Email address</label>
                <input
                  id={ids.email}
                  type="email"
                  value={form.email}
                  aria-invalid={invalid('email')}
                  onChange={(e) => edit({ email: e.target.value })}
                />
              </div>
              <div className="field">
                <label htmlFor={ids.days}>Training days</label>
                <input
                  id={ids.days}
                  type="number"
                  inputMode="numeric"
                  min={1}
                  value={form.days}
                  aria-invalid={invalid('days')}
                  onChange={(e) => edit({ days: e.target.value })}
                />
              </div>
              <div className="field">
                <label htmlFor={ids.language}>Select a language</label>
                <select
                  id={ids.language}
                  value={form.language}
                  aria-invalid={invalid('language')}
                  onChange={(e) => edit({ language: e.target.value })}
                >
                  {languages.map((l) => (
                    <option key={l} value={l}>
                      {languageName(l)}
                    </option>
                  ))}
                </select>
              </div>
            </div>
            <details
              className="disclosure-section"
              onToggle={(e) => setPreviewOpen((e.target as HTMLDetailsElement).open)}
            >
              <summary>View instructions sent to your trainees</summary>
              {preview.error ? (
                <ErrorState error={preview.error} />
              ) : preview.data ? (
                <blockquote className="instructions" lang={form.language} aria-label="Instructions preview">
                  {preview.data.previewVoucherInstructions}
                </blockquote>
              ) : (
                previewOpen && <Loading what="the instructions" />
              )}
            </details>
            <button type="submit" className="button primary auto" disabled={assigning.loading}>
              Submit
            </button>
          </form>
        </details>
      )}
      <h5>Assignments</h5>
      {error ? (
        <ErrorState error={error} retry={() => void refetch()} />
      ) : !account ? (
        <p className="subtle-inline">No purchasing account to show assignments for.</p>
      ) : !data ? (
        <Loading what="the assignments" />
      ) : assignments.length === 0 ? (
        <p className="subtle-inline">No training days assigned on this purchasing account yet.</p>
      ) : (
        <div className="table-scroll">
          <table>
            <caption className="visually-hidden">Training voucher assignments</caption>
            <thead>
              <tr>
                <th scope="col">Employee</th>
                <th scope="col" className="number">
                  Days
                </th>
                <th scope="col">Language</th>
                <th scope="col">Voucher</th>
                <th scope="col">Assigned</th>
                <th scope="col">Status</th>
                {manage && <th scope="col">Actions</th>}
              </tr>
            </thead>
            <tbody>
              {assignments.map((v) => (
                <tr key={v.id}>
                  <th scope="row">
                    {v.employeeName}
                    <span className="subtle">{v.email}</span>
                  </th>
                  <td className="number">{formatNumber(v.days)}</td>
                  <td>{languageName(v.language)}</td>
                  <td>
                    <code>{v.voucherCode}</code>
                  </td>
                  <td>{formatInstantDay(v.assignedAt)}</td>
                  <td>{v.status === 'REVOKED' ? 'Revoked' : 'Assigned'}</td>
                  {manage && (
                    <td>
                      {v.status === 'ASSIGNED' && (
                        <button
                          type="button"
                          className="button secondary small"
                          disabled={revoking.loading}
                          onClick={() => void revokeOne(v.id, v.employeeName)}
                        >
                          Revoke<span className="visually-hidden"> the voucher of {v.employeeName}</span>
                        </button>
                      )}
                    </td>
                  )}
                </tr>
              ))}
            </tbody>
          </table>
          {next && (
            <button type="button" className="button secondary" onClick={() => void showMore(next)}>
              Show more assignments
            </button>
          )}
        </div>
      )}
    </section>
  );
}
