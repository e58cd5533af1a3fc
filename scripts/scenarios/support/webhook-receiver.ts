import { createServer, type Server } from 'node:http';

export interface ReceivedWebhook {
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

/** A partner's webhook endpoint on loopback: records what arrives, answers with the next scripted status. */
export class WebhookReceiver {
  readonly received: ReceivedWebhook[] = [];
  /**
   * Answers, in order: a status, 'hang' (never answer, as a stuck endpoint) or a redirect
   * `{ status, location }`; 200 once they run out.
   */
  script: (number | 'hang' | { status: number; location: string })[] = [];
  private server: Server;
  url = '';

  constructor() {
    this.server = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => {
        this.received.push({ headers: req.headers, body: Buffer.concat(chunks).toString('utf8') });
        const next = this.script.shift() ?? 200;
        if (next === 'hang') return;
        if (typeof next === 'object') {
          res.writeHead(next.status, { location: next.location });
          res.end();
          return;
        }
        res.statusCode = next;
        res.end();
      });
    });
  }

  async start(): Promise<string> {
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${(this.server.address() as { port: number }).port}/hooks/business-center`;
    return this.url;
  }

  async stop(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }
}

/** Polls `check` (settling the system first) until it returns a value, or fails after the timeout. */
export async function eventually<T>(
  settle: () => Promise<void>,
  check: () => Promise<T | null | undefined>,
  what: string,
  timeoutMs = 20_000,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    await settle();
    const value = await check();
    if (value !== null && value !== undefined && value !== false) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}
