import {
  BackgroundTask,
  type Clock,
  claimDue,
  contextFrom,
  type IdGenerator,
  inSpan,
  type Logger,
  OutboundRefused,
  type RunTx,
  randomIds,
} from '@bc/platform';
import type { EntityManager } from '@mikro-orm/core';
import { Counter } from 'prom-client';
import type { Mailer } from '../mail/mailer.ts';
import { WebhookEndpoint } from '../subscriptions/endpoint.ts';
import { type AttemptResult, recordWebhookAttempt, standardHeaders } from '../subscriptions/outcome.ts';
import { type SendWebhook, WebhookFailure } from '../webhooks/webhook-sender.ts';
import { Delivery } from './delivery.ts';

/**
 * NOT-5: mail's retry schedule: 2 s doubling to 10 minutes, 8 attempts, then FAILED. Subscription
 * webhooks retry for 3 days instead (API-3, `subscriptions/retry-schedule.ts`).
 */
export const MAX_ATTEMPTS = 8;
export function nextAttemptDelayMs(attempts: number): number {
  return Math.min(2000 * 2 ** (attempts - 1), 10 * 60_000);
}

export interface DispatchLimits {
  /** Requests open at once to one webhook URL (`BC_WEBHOOK_CONCURRENCY`). */
  perEndpoint: number;
  /** Mails being handed to the mailer at once (the SMTP pool has 2 connections). */
  mail: number;
  /** Sends in flight in this process at once. */
  total: number;
  /** How long a claimed delivery stays claimed: past it another pass (or replica) may retry it. */
  leaseMs: number;
}

export const defaultLimits = (attemptTimeoutMs: number): DispatchLimits => ({
  perEndpoint: 2,
  mail: 4,
  total: 50,
  leaseMs: attemptTimeoutMs + 60_000,
});

/** The endpoint a delivery occupies while it is being sent: its webhook URL, or the mailer. */
export const endpointOf = (delivery: Pick<Delivery, 'channel' | 'recipient'>) =>
  delivery.channel === 'WEBHOOK' ? delivery.recipient : 'mail';

/**
 * Sends pending deliveries so that a slow or dead endpoint delays only its own deliveries (NOT-2,
 * NOT-5). No transaction is held while sending: a short transaction claims due rows (SKIP LOCKED on
 * PostgreSQL, and a lease pushes `nextAttemptAt` forward so no other pass or replica takes them),
 * commits, the sends run in the background within per-endpoint limits, and each result is recorded
 * in a new short transaction. A crash between send and record can resend once after the lease (the
 * Message-ID and `x-bc-delivery-id` stay the same so receivers can drop it).
 */
export class DeliveryDispatcher {
  /** OPS-4: delivery attempts by channel and outcome (sent, retry, failed: given up or refused). */
  readonly attempts = new Counter({
    name: 'deliveries_attempts_total',
    help: 'OPS-4: delivery attempts by channel and outcome (sent; retry: will try again; failed: given up)',
    labelNames: ['channel', 'outcome'] as const,
    registers: [],
  });
  private readonly task: BackgroundTask;
  private readonly busy = new Map<string, number>();
  private readonly sending = new Set<Promise<void>>();
  /** Ids of the deliveries this dispatcher is sending now: never claimed again while in flight. */
  private readonly inFlight = new Set<string>();
  private readonly stopping = new AbortController();

  constructor(
    private readonly em: EntityManager,
    /** The service's `runtime.tx`: claims and results are short units of work of their own. */
    private readonly tx: RunTx,
    private readonly mailer: Mailer,
    private readonly sendWebhook: SendWebhook,
    private readonly clock: Clock,
    private readonly logger: Logger,
    private readonly limits: DispatchLimits = defaultLimits(10_000),
    private readonly ids: IdGenerator = randomIds,
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

  /** Stops claiming, ends the sends in flight (they are retried after their lease) and waits for them. */
  async stop(): Promise<void> {
    await this.task.stop();
    this.stopping.abort(new Error('dispatcher stopped'));
    await Promise.allSettled([...this.sending]);
  }

  kick(): void {
    this.task.kick();
  }

  /** Resolves when every due delivery has been attempted and its result recorded. */
  async drain(): Promise<void> {
    await this.task.drain();
    while (this.sending.size > 0) {
      await Promise.allSettled([...this.sending]);
      await this.task.drain();
    }
  }

  /** Claims what may be sent now and starts sending it; returns how many it claimed. */
  async runOnce(batchSize = 20): Promise<number> {
    if (this.stopping.signal.aborted) return 0;
    const claimed = await this.claim(batchSize);
    for (const delivery of claimed) {
      // OPS-1: each attempt is a span in the trace of the event that queued the delivery.
      const sent: Promise<void> = inSpan(
        `deliver ${delivery.channel}`,
        {
          service: 'notifications',
          parent: contextFrom({
            traceparent: delivery.traceparent ?? undefined,
            tracestate: delivery.tracestate ?? undefined,
          }),
          attributes: {
            'bc.delivery.id': delivery.id,
            'bc.event.type': delivery.eventType,
            'bc.delivery.attempt': delivery.attempts,
          },
        },
        () => this.attempt(delivery),
      )
        .catch((error) => this.logger.error({ err: error, deliveryId: delivery.id }, 'delivery not recorded'))
        .finally(() => {
          this.inFlight.delete(delivery.id);
          this.release(endpointOf(delivery));
          this.sending.delete(sent);
          this.task.kick();
        });
      this.sending.add(sent);
    }
    return claimed.length;
  }

  private limitOf(endpoint: string): number {
    return endpoint === 'mail' ? this.limits.mail : this.limits.perEndpoint;
  }

  private release(endpoint: string): void {
    const left = (this.busy.get(endpoint) ?? 1) - 1;
    if (left > 0) this.busy.set(endpoint, left);
    else this.busy.delete(endpoint);
  }

  private async claim(batchSize: number): Promise<Delivery[]> {
    const room = this.limits.total - this.sending.size;
    if (room <= 0) return [];
    const full = [...this.busy].filter(([endpoint, n]) => n >= this.limitOf(endpoint)).map(([e]) => e);
    const fullHooks = full.filter((e) => e !== 'mail');
    const taken: Delivery[] = [];
    try {
      await this.tx(async ({ em }) => {
        const now = this.clock.now();
        const due = await claimDue(
          em,
          Delivery,
          {
            status: 'PENDING',
            nextAttemptAt: { $lte: now },
            // The lease keeps other replicas off a row being sent; this process knows its own sends
            // (a lease in clock time runs out whenever the clock jumps, as the tests' clock does).
            ...(this.inFlight.size ? { id: { $nin: [...this.inFlight] } } : {}),
            // Skip endpoints that are already at their limit, so they never crowd out the others.
            ...(full.includes('mail') ? { channel: { $ne: 'EMAIL' } } : {}),
            ...(fullHooks.length
              ? { $or: [{ channel: { $ne: 'WEBHOOK' } }, { recipient: { $nin: fullHooks } }] }
              : {}),
          },
          {
            orderBy: { createdAt: 'asc', id: 'asc' },
            limit: Math.min(batchSize, room),
          },
        );
        for (const delivery of due) {
          const endpoint = endpointOf(delivery);
          const busy = this.busy.get(endpoint) ?? 0;
          if (busy >= this.limitOf(endpoint)) continue;
          this.busy.set(endpoint, busy + 1);
          taken.push(delivery);
          this.inFlight.add(delivery.id);
          delivery.attempts += 1;
          delivery.nextAttemptAt = new Date(now.getTime() + this.limits.leaseMs);
        }
      });
    } catch (error) {
      for (const delivery of taken) {
        this.inFlight.delete(delivery.id);
        this.release(endpointOf(delivery));
      }
      throw error;
    }
    return taken;
  }

  /** Sends outside any transaction, then records the result in a new short one. */
  private async attempt(delivery: Delivery): Promise<void> {
    if (delivery.endpointId) return this.attemptSubscription(delivery);
    const inMailbox = delivery.channel === 'EMAIL' && this.mailer.kind === 'mailbox';
    let failure: unknown = null;
    if (!inMailbox) {
      try {
        if (delivery.channel === 'WEBHOOK') await this.sendWebhook(delivery, this.stopping.signal);
        else await this.mailer.send(this.mailOf(delivery), this.em);
      } catch (error) {
        failure = error;
      }
    }
    await this.tx(async ({ em }) => {
      const row = await em.findOneOrFail(Delivery, { id: delivery.id });
      // The local mailbox is a table: writing it in this transaction makes marking SENT atomic.
      if (inMailbox) await this.mailer.send(this.mailOf(row), em);
      if (failure === null) return this.sent(row);
      // A refused URL never connected: no status of whatever listens there reaches the log, no retry.
      const refused = failure instanceof OutboundRefused;
      row.lastError = (failure as Error).message.slice(0, 500);
      if (refused || row.attempts >= MAX_ATTEMPTS) row.status = 'FAILED';
      if (row.status !== 'FAILED')
        row.nextAttemptAt = new Date(this.clock.now().getTime() + nextAttemptDelayMs(row.attempts));
      this.failed(row, failure, refused);
    });
  }

  /**
   * API-3: one attempt to a subscription's endpoint, signed as Standard Webhooks says with the
   * endpoint's secrets at that moment; each attempt is logged (status code, response time, error).
   */
  private async attemptSubscription(delivery: Delivery): Promise<void> {
    const endpoint = await this.em.fork().findOne(WebhookEndpoint, { id: delivery.endpointId });
    let failure: unknown = null;
    let result: AttemptResult | null = null;
    if (!endpoint?.enabled) failure = new Error(endpoint ? 'endpoint disabled' : 'endpoint removed');
    else {
      const started = performance.now();
      const headers = standardHeaders(delivery, endpoint, this.clock.now());
      try {
        // To the endpoint's URL now (it may have been edited since the delivery was queued).
        const target = { ...delivery, recipient: endpoint.url } as Delivery;
        const statusCode = await this.sendWebhook(target, this.stopping.signal, headers);
        result = { statusCode, responseTimeMs: performance.now() - started, error: null };
      } catch (error) {
        failure = error;
        result = {
          statusCode: error instanceof WebhookFailure ? error.statusCode : null,
          responseTimeMs: performance.now() - started,
          error: (error as Error).message,
        };
      }
    }
    await this.tx(async ({ em }) => {
      const row = await em.findOneOrFail(Delivery, { id: delivery.id });
      // A disabled endpoint or a refused URL: nothing was sent, nothing to retry.
      const final = result === null || failure instanceof OutboundRefused;
      if (result) await recordWebhookAttempt(em, row, result, { clock: this.clock, ids: this.ids });
      if (failure === null) return this.sent(row);
      row.lastError = (failure as Error).message.slice(0, 500);
      if (final) row.status = 'FAILED';
      this.failed(row, failure, failure instanceof OutboundRefused);
    });
  }

  private sent(row: Delivery): void {
    row.status = 'SENT';
    row.sentAt = this.clock.now();
    row.lastError = null;
    if (this.mailer.kind === 'smtp' && row.channel === 'EMAIL') row.text = null;
    this.attempts.inc({ channel: row.channel, outcome: 'sent' });
  }

  private failed(row: Delivery, failure: unknown, refused: boolean): void {
    this.attempts.inc({ channel: row.channel, outcome: row.status === 'FAILED' ? 'failed' : 'retry' });
    this.logger.warn(
      { deliveryId: row.id, attempts: row.attempts, err: failure },
      refused ? 'delivery refused' : 'delivery attempt failed',
    );
  }

  private mailOf(delivery: Delivery) {
    return {
      messageId: delivery.id,
      to: delivery.recipient,
      subject: delivery.subject,
      text: delivery.text ?? '',
    };
  }
}
