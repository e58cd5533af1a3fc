import { useMutation, useQuery } from '@apollo/client/react';
import { type FormEvent, useCallback, useEffect, useState } from 'react';
import { graphql } from '../__generated__';
import { useMe } from '../shell/me-context.tsx';
import { type ApiProblem, apiProblem } from '../ui/errors.ts';
import { FormProblem, SelectField } from '../ui/fields.tsx';
import { formatDay } from '../ui/format.ts';
import { ErrorState, Loading } from '../ui/states.tsx';
import { AccountEditor } from './AccountEditor.tsx';
import { ALL_MONTHS, formatInstant, monthName } from './format.ts';
import { SignOrDecline } from './SignOrDecline.tsx';
import { historyLabel, statusLabel } from './status.ts';

const AgreementDetailsQuery = graphql(`
  query AgreementDetails($id: ID!) {
    agreement(id: $id) {
      id
      number
      status
      customerName
      signingMethod
      signerName
      signerEmail
      startDate
      endDate
      anniversaryMonth
      declineReason
      offers {
        code
        name
        productPool
        priceLevel
      }
      signature {
        method
        signerName
        signerTitle
        signedAt
      }
      statusHistory {
        status
        at
        byWorkAccount
      }
      signedCopy {
        fileName
        url
        expiresAt
      }
      purchasingAccount {
        id
        ...AccountEditor_account
      }
    }
  }
`);

const UpdateMonthMutation = graphql(`
  mutation UpdateAnniversaryMonth($agreementId: ID!, $anniversaryMonth: Int!) {
    updateAnniversaryMonth(agreementId: $agreementId, anniversaryMonth: $anniversaryMonth) {
      id
      anniversaryMonth
    }
  }
`);

const SignMutation = graphql(`
  mutation SignSalesPackage($id: ID!, $signer: SignerInput!) {
    signSalesPackage(id: $id, signer: $signer) {
      id
      number
      status
    }
  }
`);

const DeclineMutation = graphql(`
  mutation DeclineSalesPackage($id: ID!, $reason: String!) {
    declineSalesPackage(id: $id, reason: $reason) {
      id
      number
      status
    }
  }
`);

/**
 * AGR-3 / WEB-7: the signed copy as an ordinary link on the gateway's origin (no bearer header; the link
 * is short-lived and bound to this session). A fresh link is asked for shortly before it expires.
 */
function SignedCopyLink({
  copy,
  renew,
}: {
  copy: { fileName: string; url: string; expiresAt: string };
  renew: () => void;
}) {
  useEffect(() => {
    const timer = window.setTimeout(renew, Math.max(0, Date.parse(copy.expiresAt) - Date.now() - 30_000));
    return () => window.clearTimeout(timer);
  }, [copy.expiresAt, renew]);
  return (
    <a href={copy.url} download={copy.fileName}>
      Download the signed copy ({copy.fileName})
    </a>
  );
}

function AnniversaryMonth({ id, month, editable }: { id: string; month: number; editable: boolean }) {
  const [editing, setEditing] = useState(false);
  const [value, setValue] = useState(String(month));
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const [update, { loading }] = useMutation(UpdateMonthMutation);
  const save = async (event: FormEvent) => {
    event.preventDefault();
    setProblem(null);
    try {
      await update({ variables: { agreementId: id, anniversaryMonth: Number(value) } });
      setEditing(false);
    } catch (error) {
      setProblem(apiProblem(error));
    }
  };
  if (!editing)
    return (
      <div className="editable">
        <dt>Anniversary month</dt>
        <dd>
          {monthName(month)}
          {editable && (
            <button
              type="button"
              className="link-button edit"
              onClick={() => {
                setValue(String(month));
                setEditing(true);
              }}
            >
              Edit<span className="visually-hidden"> anniversary month</span>
            </button>
          )}
        </dd>
      </div>
    );
  return (
    <div className="editable">
      <dt>Anniversary month</dt>
      <dd>
        <form onSubmit={save} className="inline-form">
          <FormProblem problem={problem} />
          <SelectField
            label="Anniversary month"
            value={value}
            onChange={setValue}
            options={ALL_MONTHS.map((m) => ({ value: String(m), label: monthName(m) }))}
          />
          <div className="actions">
            <button type="submit" className="button primary inline" disabled={loading}>
              Save
            </button>
            <button type="button" className="button secondary" onClick={() => setEditing(false)}>
              Cancel
            </button>
          </div>
        </form>
      </dd>
    </div>
  );
}

/** AGR-2: the customer signs electronically (name and title) or declines with a reason. */
function Decision({
  id,
  number,
  method,
  onDecided,
}: {
  id: string;
  number: string;
  method: string;
  onDecided: (message: string) => void;
}) {
  const [sign] = useMutation(SignMutation);
  const [decline] = useMutation(DeclineMutation);
  return (
    <SignOrDecline
      className="panel decision-panel"
      method={method}
      sign={(signer) => sign({ variables: { id, signer } })}
      decline={(reason) => decline({ variables: { id, reason } })}
      messages={{
        signed: `You signed sales package ${number}. Your partner has been notified.`,
        declined: `You declined sales package ${number}. Your partner has been notified.`,
      }}
      onDecided={onDecided}
    />
  );
}

/**
 * WEB-7: one agreement or sales package: its terms, offers and history; the anniversary month, the
 * purchasing account's address and contacts editable with EDIT_ACTIVE_AGREEMENTS once signed; the
 * signed copy; Sign or Decline with SIGN_AGREEMENTS while it is ready to sign.
 */
export function AgreementDetails({ id, onBack }: { id: string; onBack: (notice: string | null) => void }) {
  const { can } = useMe();
  // Always asked again on opening: the status may have changed since the list, and the link is short-lived.
  const { data, error, refetch } = useQuery(AgreementDetailsQuery, {
    variables: { id },
    fetchPolicy: 'cache-and-network',
  });
  const renew = useCallback(() => void refetch(), [refetch]);
  const back = (
    <button type="button" className="link-button back" onClick={() => onBack(null)}>
      Back to Agreements
    </button>
  );
  if (error)
    return (
      <>
        <h1>Agreement</h1>
        {back}
        <ErrorState error={error} retry={() => void refetch()} />
      </>
    );
  if (!data) return <Loading what="the agreement" />;
  const a = data.agreement;
  if (!a)
    return (
      <>
        <h1>Agreement</h1>
        {back}
        <p className="state state-empty">This agreement does not exist or is not yours to see.</p>
      </>
    );
  const editable = a.status === 'SIGNED' && can('EDIT_ACTIVE_AGREEMENTS');
  return (
    <>
      <h1>{a.status === 'SENT' ? `Sales package ${a.number}` : `Agreement ${a.number}`}</h1>
      {back}
      <section className="panel" aria-labelledby="agreement-heading">
        <h2 id="agreement-heading">Agreement details</h2>
        <dl className="details">
          <div>
            <dt>Status</dt>
            <dd>{statusLabel(a.status)}</dd>
          </div>
          <div>
            <dt>Customer</dt>
            <dd>{a.customerName}</dd>
          </div>
          <div>
            <dt>Start date</dt>
            <dd>{formatDay(a.startDate)}</dd>
          </div>
          <div>
            <dt>End date</dt>
            <dd>{formatDay(a.endDate)}</dd>
          </div>
          <AnniversaryMonth id={a.id} month={a.anniversaryMonth} editable={editable} />
          <div>
            <dt>Signing method</dt>
            <dd>{a.signingMethod === 'ELECTRONIC' ? 'Electronic' : 'Paper'}</dd>
          </div>
          <div>
            <dt>Signer</dt>
            <dd>
              {a.signerName} ({a.signerEmail})
            </dd>
          </div>
          {a.signature && (
            <div>
              <dt>Signed</dt>
              <dd>
                {a.signature.signerName}, {a.signature.signerTitle}, {formatInstant(a.signature.signedAt)}
                {a.signature.method === 'PAPER' ? ' (on paper)' : ''}
              </dd>
            </div>
          )}
          {a.declineReason && (
            <div>
              <dt>Reason declined</dt>
              <dd>{a.declineReason}</dd>
            </div>
          )}
        </dl>
        {a.signedCopy && (
          <p>
            <SignedCopyLink copy={a.signedCopy} renew={renew} />
          </p>
        )}
      </section>
      <section className="panel" aria-labelledby="offers-heading">
        <h2 id="offers-heading">Offers</h2>
        <div className="table-scroll">
          <table>
            <thead>
              <tr>
                <th scope="col">Offer</th>
                <th scope="col">Code</th>
                <th scope="col">Product pool</th>
                <th scope="col">Price level</th>
              </tr>
            </thead>
            <tbody>
              {a.offers.map((o) => (
                <tr key={o.code}>
                  <th scope="row">{o.name}</th>
                  <td>{o.code}</td>
                  <td>{o.productPool}</td>
                  <td>{o.priceLevel}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>
      <AccountEditor account={a.purchasingAccount} editable={editable} />
      {/* Reviewed first (terms, offers, account), then signed or declined. */}
      {a.status === 'SENT' && can('SIGN_AGREEMENTS') && (
        <Decision id={a.id} number={a.number} method={a.signingMethod} onDecided={onBack} />
      )}
      <section className="panel" aria-labelledby="history-heading">
        <h2 id="history-heading">History</h2>
        <ol className="history">
          {a.statusHistory.map((h) => (
            <li key={`${h.status}-${h.at}`}>
              <time dateTime={h.at}>{formatInstant(h.at)}</time>: {historyLabel(h.status)}
              {h.byWorkAccount ? ` by ${h.byWorkAccount}` : ''}
            </li>
          ))}
        </ol>
      </section>
    </>
  );
}
