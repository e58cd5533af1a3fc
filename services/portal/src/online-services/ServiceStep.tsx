import { type RefObject, useState } from 'react';
import { type FragmentType, getFragmentData, graphql } from '../__generated__';

const ServiceStepProduct = graphql(`
  fragment ServiceStep_product on CatalogProduct {
    id
    name
    family
    description
  }
`);

/** Step 1: "Select an online service from the list of available services." */
export function ServiceStep({
  headingRef,
  services,
  selected,
  onNext,
}: {
  headingRef: RefObject<HTMLHeadingElement | null>;
  services: FragmentType<typeof ServiceStepProduct>[];
  selected: string;
  onNext: (serviceId: string) => void;
}) {
  const list = services.map((s) => getFragmentData(ServiceStepProduct, s));
  const [choice, setChoice] = useState(selected);
  const [missing, setMissing] = useState(false);
  return (
    <form
      className="panel wizard"
      aria-labelledby="service-step-heading"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        if (!choice) setMissing(true);
        else onNext(choice);
      }}
    >
      <h2 id="service-step-heading" ref={headingRef} tabIndex={-1}>
        Select an online service
      </h2>
      <fieldset className="choice-list" aria-describedby={missing ? 'service-missing' : undefined}>
        <legend className="visually-hidden">Available services</legend>
        {missing && (
          <p className="field-error" id="service-missing">
            Select a service to continue.
          </p>
        )}
        {list.map((s) => (
          <div key={s.id} className="choice">
            <input
              type="radio"
              id={`service-${s.id}`}
              name="service"
              value={s.id}
              checked={choice === s.id}
              aria-describedby={`service-${s.id}-description`}
              onChange={() => {
                setChoice(s.id);
                setMissing(false);
              }}
            />
            <label htmlFor={`service-${s.id}`}>{s.name}</label>
            <p className="subtle" id={`service-${s.id}-description`}>
              {s.description}
            </p>
          </div>
        ))}
      </fieldset>
      <div className="wizard-actions">
        <button type="submit" className="button primary">
          Next
        </button>
      </div>
    </form>
  );
}
