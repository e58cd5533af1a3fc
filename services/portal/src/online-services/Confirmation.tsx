import type { RefObject } from 'react';
import { Link } from 'react-router';
import { type FragmentType, getFragmentData, graphql } from '../__generated__';
import { ROUTES } from '../shell/menus.ts';
import { formatNumber, humanize } from '../ui/format.ts';

const ConfirmationSubscription = graphql(`
  fragment Confirmation_subscription on OnlineServiceSubscription {
    displayName
    quantity
    status
    manageServicesUrl
  }
`);

/** Step 4: the confirmation; the new service waits for the partner's order (INV-4). */
export function Confirmation({
  headingRef,
  subscription,
  onAgain,
}: {
  headingRef: RefObject<HTMLHeadingElement | null>;
  subscription: FragmentType<typeof ConfirmationSubscription>;
  onAgain: () => void;
}) {
  const s = getFragmentData(ConfirmationSubscription, subscription);
  return (
    <section className="panel wizard" aria-labelledby="confirmation-heading">
      <h2 id="confirmation-heading" ref={headingRef} tabIndex={-1}>
        Your request was submitted
      </h2>
      <p role="status">
        {s.displayName}, quantity {formatNumber(s.quantity)}:{' '}
        <span className="badge badge-warning">{humanize(s.status)}</span>
      </p>
      <p>
        You should receive an email message confirming when the services are ready for you to use. Your
        partner will be notified, and should contact you to place the order.
      </p>
      <ul className="link-list">
        {s.manageServicesUrl && (
          <li>
            <a href={s.manageServicesUrl} target="_blank" rel="noreferrer">
              Manage services
            </a>
          </li>
        )}
        <li>
          <Link to={ROUTES.inventory}>See it in Manage my inventory</Link>
        </li>
        <li>
          <button type="button" className="link-button inline" onClick={onAgain}>
            Set up another service
          </button>
        </li>
      </ul>
    </section>
  );
}
