/**
 * A background worker loop (outbox relay, delivery dispatcher): `pass` runs until it reports no more
 * work; wake-ups that arrive while it runs coalesce into one more round; a timer wakes it too, for
 * work another process or a crash left behind. Failures back off before the next round.
 */
export class BackgroundTask {
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<void> | null = null;
  private again = false;
  private failures = 0;

  constructor(
    /** One batch; returns how many items it handled (0 = nothing left). */
    private readonly pass: () => Promise<number>,
    private readonly onError: (error: unknown, failures: number) => void,
    private readonly intervalMs = 500,
  ) {}

  start(): void {
    this.timer = setInterval(() => this.kick(), this.intervalMs);
    this.kick();
  }

  async stop(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    await this.running;
  }

  kick(): void {
    if (this.running) {
      this.again = true;
      return;
    }
    this.running = this.loop().finally(() => {
      this.running = null;
    });
  }

  /** Resolves when nothing is left to do (tests, seeding, shutdown). */
  async drain(): Promise<void> {
    while (this.running) await this.running;
    while ((await this.pass()) > 0) {}
  }

  private async loop(): Promise<void> {
    do {
      this.again = false;
      try {
        while ((await this.pass()) > 0) {}
        this.failures = 0;
      } catch (error) {
        this.failures += 1;
        this.onError(error, this.failures);
        await new Promise((r) => setTimeout(r, Math.min(100 * 2 ** this.failures, 5000)));
      }
    } while (this.again && this.timer !== null);
  }
}
