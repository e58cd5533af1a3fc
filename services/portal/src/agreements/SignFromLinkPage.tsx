import { useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { graphql } from '../__generated__';
import { ROUTES } from '../shell/menus.ts';
import { apiProblem } from '../ui/errors.ts';
import { formatDay } from '../ui/format.ts';
import { Loading } from '../ui/states.tsx';
import { SignOrDecline } from './SignOrDecline.tsx';

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
  const [done, setDone] = useState<string | null>(null);
  const [sign] = useMutation(SignWithLinkMutation);
  const [decline] = useMutation(DeclineWithLinkMutation);
  if (done)
    return (
      <div className="state state-success" role="status">
        {done}
      </div>
    );
  return (
    <SignOrDecline
      method="ELECTRONIC"
      initialName={signer}
      sign={(signerInput) => sign({ variables: { token, signer: signerInput } })}
      decline={(reason) => decline({ variables: { token, reason } })}
      messages={{
        signed: `You signed agreement ${number}. Your partner has been notified; your organization's domain administrator receives an email to get started with the Business Center.`,
        declined: `You declined agreement ${number}. Your partner has been notified.`,
      }}
      onDecided={setDone}
    />
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
