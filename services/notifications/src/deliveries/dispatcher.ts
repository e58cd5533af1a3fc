import { BackgroundTask, type Clock, type Logger } from '@bc/platform';
import { type EntityManager, LockMode } from '@mikro-orm/core';
import type { Mailer } from '../mail/mailer.ts';
import { Delivery } from './delivery.ts';

/** NOT-5: retry schedule: 2 s doubling to 10 minutes, 8 attempts, then FAILED. */
export const MAX_ATTEMPTS = 8;
export function nextAttemptDelayMs(attempts: number): number {
  return Math.min(2000 * 2 ** (attempts - 1), 10 * 60_000);
}

/**
 * Sends pending deliveries. Rows are claimed with SKIP LOCKED on PostgreSQL, so several replicas
 * never send the same delivery at once; a crash after sending but before marking can resend once
 * (the Message-ID stays the same so receivers can drop it).
 */
export class DeliveryDispatcher {
  private readonly task: BackgroundTask;

  constructor(
    private readonly em: EntityManager,
    private readonly mailer: Mailer,
    private readonly sendWebhook: (delivery: Delivery) => Promise<void>,
    private readonly clock: Clock,
    private readonly logger: Logger,
    private readonly postgres: boolean,
  ) {
    this.task = new BackgroundTask(
      () => this.runOnce(),
      (error) => logger.error({ err: error }, 'delivery dispatcher pass failed'),
      1000,
    );
  }

  start(): void {
    this.task.start();
  }

  stop(): Promise<void> {
    return this.task.stop();
  }

  kick(): void {
    this.task.kick();
  }

  /** Resolves when every due delivery has been attempted. */
  drain(): Promise<void> {
    return this.task.drain();
  }

  async runOnce(batchSize = 20): Promise<number> {
    return this.em.fork().transactional(async (em) => {
      const due = await em.find(
        Delivery,
        { status: 'PENDING', nextAttemptAt: { $lte: this.clock.now() } },
        {
          orderBy: { createdAt: 'asc', id: 'asc' },
          limit: batchSize,
          ...(this.postgres ? { lockMode: LockMode.PESSIMISTIC_PARTIAL_WRITE } : {}),
        },
      );
      for (const delivery of due) await this.attempt(delivery, em);
      return due.length;
    });
  }

  private async attempt(delivery: Delivery, em: EntityManager): Promise<void> {
    delivery.attempts += 1;
    try {
      if (delivery.channel === 'WEBHOOK') await this.sendWebhook(delivery);
      else {
        await this.mailer.send(
          {
            messageId: delivery.id,
            to: delivery.recipient,
            subject: delivery.subject,
            text: delivery.text ?? '',
          },
          em,
        );
      }
      delivery.status = 'SENT';
      delivery.sentAt = this.clock.now();
      delivery.lastError = null;
      if (this.mailer.kind === 'smtp' && delivery.channel === 'EMAIL') delivery.text = null;
    } catch (error) {
      delivery.lastError = (error as Error).message.slice(0, 500);
      if (delivery.attempts >= MAX_ATTEMPTS) delivery.status = 'FAILED';
      else
        delivery.nextAttemptAt = new Date(this.clock.now().getTime() + nextAttemptDelayMs(delivery.attempts));
      this.logger.warn(
        { deliveryId: delivery.id, attempts: delivery.attempts, err: error },
        'delivery attempt failed',
      );
    }
  }
}
