import { useMutation } from '@apollo/client/react';
import { type FormEvent, useId, useState } from 'react';
import { type FragmentType, getFragmentData, graphql } from '../__generated__';
import { type ApiProblem, apiProblem } from '../ui/errors.ts';
import { FormProblem } from '../ui/fields.tsx';
import { useCustomerId } from './acting.tsx';

const EligibleDomainsDetails = graphql(`
  fragment EligibleDomains_details on BenefitDetails {
    eligibleDomains {
      id
      name
    }
  }
`);

const AddEligibleDomain = graphql(`
  mutation AddEligibleDomain($benefit: String!, $name: String!, $customerId: ID) {
    addEligibleDomain(benefit: $benefit, name: $name, customerId: $customerId) {
      id
      name
    }
  }
`);

const RemoveEligibleDomain = graphql(`
  mutation RemoveEligibleDomain($id: ID!, $customerId: ID) {
    removeEligibleDomain(id: $id, customerId: $customerId)
  }
`);

/**
 * BEN-4, the guide's "Eligible domain names": only employees whose email address is on one of these
 * domains may use the benefit. The first domain creates the access code; removing the last withdraws it.
 */
export function EligibleDomains({
  benefit,
  details,
  manage,
}: {
  benefit: string;
  details: FragmentType<typeof EligibleDomainsDetails>;
  manage: boolean;
}) {
  const { eligibleDomains } = getFragmentData(EligibleDomainsDetails, details);
  const customerId = useCustomerId();
  const inputId = useId();
  const [name, setName] = useState('');
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const refetchQueries = ['BenefitDetails'];
  const [add, adding] = useMutation(AddEligibleDomain, { refetchQueries, awaitRefetchQueries: true });
  const [remove, removing] = useMutation(RemoveEligibleDomain, { refetchQueries, awaitRefetchQueries: true });

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setProblem(null);
    try {
      await add({ variables: { benefit, name: name.trim(), customerId } });
      setName('');
    } catch (error) {
      setProblem(apiProblem(error));
    }
  };
  const removeDomain = async (id: string) => {
    setProblem(null);
    try {
      await remove({ variables: { id, customerId } });
    } catch (error) {
      setProblem(apiProblem(error));
    }
  };

  return (
    <section aria-label="Eligible domain names" className="sub-section">
      <h4>Eligible domain names</h4>
      {eligibleDomains.length === 0 ? (
        <p className="subtle-inline">No eligible domain names yet.</p>
      ) : (
        <ul className="domain-list">
          {eligibleDomains.map((d) => (
            <li key={d.id}>
              <span>{d.name}</span>
              {manage && (
                <button
                  type="button"
                  className="button secondary small"
                  disabled={removing.loading}
                  onClick={() => void removeDomain(d.id)}
                >
                  Remove<span className="visually-hidden"> {d.name}</span>
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
      {manage && (
        <form onSubmit={submit} noValidate className="inline-form">
          <FormProblem problem={problem} />
          <div className="field">
            <label htmlFor={inputId}>Domain name</label>
            <div className="inline-input">
              <input
                id={inputId}
                value={name}
                placeholder="contoso.com"
                aria-invalid={problem?.field === 'name' ? true : undefined}
                onChange={(e) => setName(e.target.value)}
              />
              <button type="submit" className="button secondary" disabled={adding.loading}>
                Add domain
              </button>
            </div>
          </div>
        </form>
      )}
    </section>
  );
}
