import { Link } from 'react-router';
import { ROUTES } from '../shell/menus.ts';

/** A page of the guide that the next step of the portal builds (issue 15): said plainly, not hidden. */
export function PlaceholderPage({ title }: { title: string }) {
  return (
    <>
      <h1>{title}</h1>
      <p className="state state-empty">
        This page is not available in the portal yet. Everything it does is available through the Business
        Center API in the meantime.
      </p>
      <p>
        <Link to={ROUTES.dashboard}>Back to the dashboard</Link>
      </p>
    </>
  );
}

export function NotFoundPage() {
  return (
    <>
      <h1>Page not found</h1>
      <p>
        There is no page at this address. <Link to={ROUTES.dashboard}>Go to the dashboard</Link>.
      </p>
    </>
  );
}
