/** An instant as date and time in the browser's locale and time zone (WEB-12). */
export function formatInstant(instant: string): string {
  return new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' }).format(
    new Date(instant),
  );
}

export const DELIVERY_STATUS_WORDS: Record<string, string> = {
  PENDING: 'Pending',
  SENT: 'Sent',
  FAILED: 'Failed',
};

export const CHANNEL_WORDS: Record<string, string> = {
  EMAIL: 'Email',
  WEBHOOK: 'Webhook',
  EVENT: 'Event (dead-lettered)',
};
