import type { Clock, IdGenerator } from '@bc/platform';
import type { EntityManager } from '@mikro-orm/core';
import { createTransport, type Transporter } from 'nodemailer';
import { MailboxMessage } from '../deliveries/delivery.ts';

export interface OutgoingMail {
  /** Stable per delivery, so a receiving server can drop a duplicate after a crash mid-send. */
  messageId: string;
  to: string;
  subject: string;
  text: string;
}

export interface Mailer {
  readonly kind: 'mailbox' | 'smtp';
  /** `em` is the dispatcher's recording transaction for the local mailbox (marking SENT is atomic); SMTP ignores it. */
  send(mail: OutgoingMail, em: EntityManager): Promise<void>;
  close(): Promise<void>;
}

/** Embedded default: mail lands in a table, readable through the `mailbox` query. */
export class MailboxMailer implements Mailer {
  readonly kind = 'mailbox' as const;
  constructor(
    private readonly clock: Clock,
    private readonly ids: IdGenerator,
  ) {}

  async send(mail: OutgoingMail, em: EntityManager): Promise<void> {
    const message = Object.assign(new MailboxMessage(), {
      id: this.ids.uuid(),
      recipient: mail.to,
      subject: mail.subject,
      text: mail.text,
      sentAt: this.clock.now(),
    });
    em.persist(message);
  }

  async close(): Promise<void> {}
}

/** Production: SMTP through nodemailer with a pooled connection; a server that never greets times out. */
export class SmtpMailer implements Mailer {
  readonly kind = 'smtp' as const;
  private readonly transporter: Transporter;

  constructor(
    url: string,
    private readonly from: string,
    timeoutMs = 10_000,
  ) {
    this.transporter = createTransport(url, {
      pool: true,
      maxConnections: 2,
      connectionTimeout: timeoutMs,
      greetingTimeout: timeoutMs,
    } as never);
  }

  async send(mail: OutgoingMail): Promise<void> {
    await this.transporter.sendMail({
      from: this.from,
      to: mail.to,
      subject: mail.subject,
      text: mail.text,
      messageId: `<${mail.messageId}@notifications.businesscenter>`,
    });
  }

  async close(): Promise<void> {
    this.transporter.close();
  }
}
