import { Link } from 'react-router';
import { ROUTES } from '../shell/menus.ts';

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
