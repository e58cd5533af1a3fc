import dns2 from 'dns2';

/** A real DNS server on loopback answering TXT queries from a table (ACC-3 domain verification). */
export class TxtDnsServer {
  private readonly records = new Map<string, string[]>();
  // biome-ignore lint/suspicious/noExplicitAny: dns2 ships loose types
  private server: any;
  address = '';

  setTxt(name: string, values: string[]): void {
    this.records.set(name.toLowerCase(), values);
  }

  async start(): Promise<string> {
    const { Packet } = dns2;
    this.server = dns2.createServer({
      udp: true,
      // biome-ignore lint/suspicious/noExplicitAny: dns2 request/response types
      handle: (request: any, send: any) => {
        const response = Packet.createResponseFromRequest(request);
        const [question] = request.questions;
        for (const data of this.records.get(String(question.name).toLowerCase()) ?? []) {
          response.answers.push({
            name: question.name,
            type: Packet.TYPE.TXT,
            class: Packet.CLASS.IN,
            ttl: 60,
            data,
          } as never);
        }
        send(response);
      },
    });
    const listening = await this.server.listen({ udp: { port: 0, address: '127.0.0.1' } });
    this.address = `127.0.0.1:${listening.udp.port}`;
    return this.address;
  }

  async stop(): Promise<void> {
    await this.server?.close();
  }
}
