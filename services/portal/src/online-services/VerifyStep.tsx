import type { RefObject } from 'react';
import { type FragmentType, getFragmentData, graphql } from '../__generated__';
import { formatNumber } from '../ui/format.ts';
import type { SetUpForm } from './set-up.ts';

const VerifyStepProduct = graphql(`
  fragment VerifyStep_product on CatalogProduct {
    name
    plans {
      name
      sku
    }
  }
`);

const VerifyStepAccount = graphql(`
  fragment VerifyStep_account on PurchasingAccount {
    number
    name
  }
`);

/** Step 3: "Verify the information is correct, then select Submit." */
export function VerifyStep({
  headingRef,
  service,
  account,
  form,
  problem,
  submitting,
  onBack,
  onSubmit,
}: {
  headingRef: RefObject<HTMLHeadingElement | null>;
  service: FragmentType<typeof VerifyStepProduct>;
  account: FragmentType<typeof VerifyStepAccount>;
  form: SetUpForm;
  problem: { message: string } | null;
  submitting: boolean;
  onBack: () => void;
  onSubmit: () => void;
}) {
  const product = getFragmentData(VerifyStepProduct, service);
  const pa = getFragmentData(VerifyStepAccount, account);
  const plan = product.plans.find((p) => p.sku === form.sku);
  return (
    <form
      className="panel wizard"
      aria-labelledby="verify-step-heading"
      onSubmit={(event) => {
        event.preventDefault();
        onSubmit();
      }}
    >
      <h2 id="verify-step-heading" ref={headingRef} tabIndex={-1}>
        Verify the information is correct
      </h2>
      {problem && (
        <p className="form-error" role="alert">
          {problem.message}
        </p>
      )}
      <dl className="details">
        <div>
          <dt>Purchasing account</dt>
          <dd>
            {pa.name} ({pa.number})
          </dd>
        </div>
        <div>
          <dt>Service</dt>
          <dd>{product.name}</dd>
        </div>
        <div>
          <dt>Plan</dt>
          <dd>{plan?.name ?? form.sku}</dd>
        </div>
        <div>
          <dt>Quantity</dt>
          <dd>{formatNumber(Number(form.quantity))}</dd>
        </div>
      </dl>
      <p className="notice">
        By selecting Submit you commit to placing an order for this service promptly with your partner. The
        service is ready to use at once; without an order it is cancelled.
      </p>
      <div className="wizard-actions">
        <button type="button" className="button secondary" onClick={onBack} disabled={submitting}>
          Back
        </button>
        <button type="submit" className="button primary" disabled={submitting}>
          {submitting ? 'Submitting…' : 'Submit'}
        </button>
      </div>
    </form>
  );
}
