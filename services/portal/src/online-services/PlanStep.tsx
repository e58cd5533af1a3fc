import { type RefObject, useState } from 'react';
import { type FragmentType, getFragmentData, graphql } from '../__generated__';
import { formatNumber } from '../ui/format.ts';
import { quantityProblem, type SetUpForm } from './set-up.ts';

const PlanStepProduct = graphql(`
  fragment PlanStep_product on CatalogProduct {
    name
    plans {
      code
      name
      sku
      maxQuantity
    }
  }
`);

const PlanStepAccount = graphql(`
  fragment PlanStep_account on PurchasingAccount {
    id
    number
    name
  }
`);

type Field = 'purchasingAccountId' | 'sku' | 'quantity';

/**
 * Step 2: "Choose a specific plan from the checklist of available options, and specify a quantity, then
 * select Next." With several purchasing accounts, the one the service is for is chosen here too (the
 * Account selector's choice is filled in).
 */
export function PlanStep({
  headingRef,
  service,
  accounts,
  form,
  problem,
  onChange,
  onBack,
  onNext,
}: {
  headingRef: RefObject<HTMLHeadingElement | null>;
  service: FragmentType<typeof PlanStepProduct>;
  accounts: FragmentType<typeof PlanStepAccount>[];
  form: SetUpForm;
  /** The server's refusal of the last submit, shown beside the field it names. */
  problem: { message: string; field?: string } | null;
  onChange: (change: Partial<SetUpForm>) => void;
  onBack: () => void;
  onNext: () => void;
}) {
  const product = getFragmentData(PlanStepProduct, service);
  const accountList = accounts.map((a) => getFragmentData(PlanStepAccount, a));
  const plan = product.plans.find((p) => p.sku === form.sku);
  const [checked, setChecked] = useState(false);

  const local: Partial<Record<Field, string>> = {};
  if (!form.purchasingAccountId) local.purchasingAccountId = 'Select the purchasing account.';
  if (!plan) local.sku = 'Select a plan.';
  else {
    const q = quantityProblem(form.quantity, plan.maxQuantity);
    if (q) local.quantity = q;
  }
  const errors: Partial<Record<Field, string>> = checked ? { ...local } : {};
  // What the server refused stays visible until the person changes it.
  if (problem?.field && ['purchasingAccountId', 'sku', 'quantity'].includes(problem.field))
    errors[problem.field as Field] ??= problem.message;
  const described = (field: Field) => (errors[field] ? `${field}-error` : undefined);

  return (
    <form
      className="panel wizard"
      aria-labelledby="plan-step-heading"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        setChecked(true);
        if (Object.keys(local).length === 0) onNext();
      }}
    >
      <h2 id="plan-step-heading" ref={headingRef} tabIndex={-1}>
        {product.name}: choose a plan and quantity
      </h2>
      {problem && !problem.field && (
        <p className="form-error" role="alert">
          {problem.message}
        </p>
      )}
      {accountList.length > 1 ? (
        <div className="field">
          <label htmlFor="set-up-account">Purchasing account</label>
          <select
            id="set-up-account"
            value={form.purchasingAccountId}
            aria-invalid={errors.purchasingAccountId ? true : undefined}
            aria-describedby={described('purchasingAccountId')}
            onChange={(event) => onChange({ purchasingAccountId: event.target.value })}
          >
            <option value="">Select an account</option>
            {accountList.map((a) => (
              <option key={a.id} value={a.id}>
                {a.name} ({a.number})
              </option>
            ))}
          </select>
          {errors.purchasingAccountId && (
            <p className="field-error" id="purchasingAccountId-error">
              {errors.purchasingAccountId}
            </p>
          )}
        </div>
      ) : (
        accountList[0] && (
          <p>
            Purchasing account: {accountList[0].name} ({accountList[0].number})
          </p>
        )
      )}
      <fieldset
        className="choice-list"
        aria-describedby={described('sku')}
        aria-invalid={errors.sku ? true : undefined}
      >
        <legend>Plan</legend>
        {errors.sku && (
          <p className="field-error" id="sku-error">
            {errors.sku}
          </p>
        )}
        {product.plans.map((p) => (
          <div key={p.sku} className="choice">
            <input
              type="radio"
              id={`plan-${p.sku}`}
              name="plan"
              value={p.sku}
              checked={form.sku === p.sku}
              aria-describedby={`plan-${p.sku}-limit`}
              onChange={() => onChange({ sku: p.sku })}
            />
            <label htmlFor={`plan-${p.sku}`}>{p.name}</label>
            <p className="subtle" id={`plan-${p.sku}-limit`}>
              Up to {formatNumber(p.maxQuantity)} licenses
            </p>
          </div>
        ))}
      </fieldset>
      <div className="field quantity-field">
        <label htmlFor="set-up-quantity">Quantity</label>
        <input
          id="set-up-quantity"
          type="text"
          inputMode="numeric"
          autoComplete="off"
          value={form.quantity}
          aria-invalid={errors.quantity ? true : undefined}
          aria-describedby={['quantity-hint', described('quantity')].filter(Boolean).join(' ')}
          onChange={(event) => onChange({ quantity: event.target.value })}
        />
        <p className="hint" id="quantity-hint">
          {plan ? `From 1 to ${formatNumber(plan.maxQuantity)}.` : 'The number of licenses to set up.'}
        </p>
        {errors.quantity && (
          <p className="field-error" id="quantity-error">
            {errors.quantity}
          </p>
        )}
      </div>
      <div className="wizard-actions">
        <button type="button" className="button secondary" onClick={onBack}>
          Back
        </button>
        <button type="submit" className="button primary">
          Next
        </button>
      </div>
    </form>
  );
}
