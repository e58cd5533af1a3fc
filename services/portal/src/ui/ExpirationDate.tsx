import { formatDay } from './format.ts';

/**
 * WEB-3/WEB-4, the guide's "Find accounts that will expire soon": within 90 days an "Expiring soon"
 * notification, within 30 days the date in red. The API decides the status (INV-3, on its clock); the
 * red date also says so in words, since colour alone tells a screen reader nothing.
 */
export function ExpirationDate({ day, status }: { day: string | null | undefined; status: string }) {
  if (!day) return <span className="subtle">No expiration</span>;
  const critical = status === 'CRITICAL';
  return (
    <span className="expiration">
      <time dateTime={day} className={critical ? 'date-critical' : undefined}>
        {formatDay(day)}
      </time>
      {critical && <span className="visually-hidden"> (expires within 30 days)</span>}
      {(status === 'EXPIRING_SOON' || critical) && <span className="badge badge-warning">Expiring soon</span>}
      {status === 'EXPIRED' && <span className="badge badge-muted">Expired</span>}
    </span>
  );
}
