import { useMutation, useQuery } from '@apollo/client/react';
import { useId, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { graphql } from '../__generated__';
import { ROUTES } from '../shell/menus.ts';
import { type ApiProblem, apiProblem } from '../ui/errors.ts';
import { FormProblem, TextField } from '../ui/fields.tsx';
import { formatDay } from '../ui/format.ts';
import { Loading } from '../ui/states.tsx';

const SalesPackageForSigningQuery = graphql(`
  query SalesPackageForSigning($token: String!) {
    salesPackageForSigning(token: $token) {
      id
      number
      customerName
      signerName
      startDate
      endDate
      offers {
        code
        name
        productPool
      }
    }
  }
`);

const SignWithLinkMutation = graphql(`
  mutation SignSalesPackageWithLink($token: String!, $signer: SignerInput!) {
    signSalesPackageWithLink(token: $token, signer: $signer) {
      id
      status
    }
  }
`);

const DeclineWithLinkMutation = graphql(`
  mutation DeclineSalesPackageWithLink($token: String!, $reason: String!) {
    declineSalesPackageWithLink(token: $token, reason: $reason) {
      id
      status
    }
  }
`);

function Decision({ token, number, signer }: { token: string; number: string; signer: string }) {
  const [name, setName] = useState(signer);
  const [title, setTitle] = useState('');
  const [reason, setReason] = useState('');
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const [sign, signing] = useMutation(SignWithLinkMutation);
  const [decline, declining] = useMutation(DeclineWithLinkMutation);
  const reasonId = useId();
  const run = async (action: () => Promise<unknown>, message: string) => {
    setProblem(null);
    try {
      await action();
      setDone(message);
    } catch (error) {
      setProblem(apiProblem(error));
    }
  };
  if (done)
    return (
      <div className="state state-success" role="status">
        {done}
      </div>
    );
  return (
    <section aria-labelledby="decision-heading">
      <h2 id="decision-heading">Sign or decline</h2>
      <FormProblem problem={problem} />
      <form
        onSubmit={(e) => {
          e.preventDefault();
          void run(
            () => sign({ variables: { token, signer: { name: name.trim(), title: title.trim() } } }),
            `You signed agreement ${number}. Your partner has been notified; your organization's domain administrator receives an email to get started with the Business Center.`,
          );
        }}
        noValidate
      >
        <p>By signing, you accept the agreement on behalf of your organization.</p>
        <TextField
          label="Your name"
          value={name}
          onChange={setName}
          autoComplete="name"
          invalid={problem?.field === 'signer.name'}
        />
        <TextField
          label="Your title"
          value={title}
          onChange={setTitle}
          autoComplete="organization-title"
          invalid={problem?.field === 'signer.title'}
        />
        <button type="submit" className="button primary" disabled={signing.loading}>
          Sign
        </button>
      </form>
      <form
        className="decline-form"
        onSubmit={(e) => {
          e.preventDefault();
          void run(
            () => decline({ variables: { token, reason: reason.trim() } }),
            `You declined agreement ${number}. Your partner has been notified.`,
          );
        }}
        noValidate
      >
        <div className="field">
          <label htmlFor={reasonId}>Reason for declining</label>
          <textarea
            id={reasonId}
            rows={3}
            value={reason}
            aria-invalid={problem?.field === 'reason' ? true : undefined}
            onChange={(e) => setReason(e.target.value)}
          />
        </div>
        <button type="submit" className="button secondary" disabled={declining.loading}>
          Decline
        </button>
      </form>
    </section>
  );
}

/**
 * AGR-2: where the signer's "Review and sign it here" link leads. A new customer has no work account
 * before it signs, so the link itself lets the named signer review the agreement and sign or decline
 * it; the link then stops working.
 */
export default function SignFromLinkPage() {
  const [params] = useSearchParams();
  const token = params.get('token') ?? '';
  const { data, error } = useQuery(SalesPackageForSigningQuery, { variables: { token }, skip: !token });
  const pkg = data?.salesPackageForSigning;
  return (
    <main id="main" className="sign-in-page">
      <div className="sign-in-card">
        <p className="brand brand-large">Business Center</p>
        <h1>Review and sign</h1>
        {!token || error ? (
          <>
            <div className="form-error" role="alert">
              {token ? apiProblem(error).message : 'This signing link is not valid.'}
            </div>
            <p className="help">
              A signing link works once. Ask your partner to send the agreement again, or{' '}
              <Link to={ROUTES.signIn}>sign in</Link> and sign it from Agreements if your organization is
              registered.
            </p>
          </>
        ) : !pkg ? (
          <Loading what="the agreement" />
        ) : (
          <>
            <p className="lead">
              Your partner has sent agreement <strong>{pkg.number}</strong> for {pkg.customerName}, from{' '}
              {formatDay(pkg.startDate)} to {formatDay(pkg.endDate)}.
            </p>
            <h2>Offers</h2>
            <ul>
              {pkg.offers.map((offer) => (
                <li key={offer.code}>
                  {offer.name} ({offer.productPool})
                </li>
              ))}
            </ul>
            <Decision token={token} number={pkg.number} signer={pkg.signerName} />
          </>
        )}
      </div>
    </main>
  );
}
