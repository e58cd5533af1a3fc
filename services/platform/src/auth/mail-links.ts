import { createHmac } from 'node:crypto';
import { z } from 'zod';

/**
 * OPS-3: links mailed to people that act as a credential (a welcome invitation, a set-password link)
 * are never written into an event, the outbox or Kafka. The producer (accounts) emits only the id of
 * what the link opens; the mailer (notifications) derives the link's token from that id with a key
 * the two services share and nothing else holds; accounts keeps only the token's hash and looks the
 * link up by it, so a token cannot be made without the key.
 */
export const mailLinkConfigSchema = z.object({
  /** Shared by accounts, agreements and notifications only; unset = derived from BC_SUBGRAPH_SECRET (embedded and test runs). */
  BC_MAIL_LINK_SECRET: z.string().min(32, 'must be at least 32 characters').optional(),
});

export type MailLinkPurpose = 'invitation' | 'set-password' | 'signing';

export function mailLinkSecret(config: {
  BC_MAIL_LINK_SECRET?: string | undefined;
  BC_SUBGRAPH_SECRET: string;
}) {
  return (
    config.BC_MAIL_LINK_SECRET ??
    createHmac('sha256', config.BC_SUBGRAPH_SECRET).update('mail-links').digest('base64url')
  );
}

/** The token a mailed link carries for one purpose and id: `<id>.<HMAC-SHA256(purpose:id)>`. */
export function mailLinkToken(secret: string, purpose: MailLinkPurpose, id: string): string {
  if (!secret) throw new RangeError('mail link secret must not be empty');
  return `${id}.${createHmac('sha256', secret).update(`${purpose}:${id}`).digest('base64url')}`;
}
