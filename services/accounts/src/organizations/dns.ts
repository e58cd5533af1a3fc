import { Resolver } from 'node:dns/promises';

/** ACC-3: where domain verification looks up TXT records; configurable by BC_DNS_SERVERS. */
export interface TxtResolver {
  resolveTxt(name: string): Promise<string[][]>;
}

export function createTxtResolver(servers: string[]): TxtResolver {
  const resolver = new Resolver({ timeout: 3000, tries: 2 });
  if (servers.length > 0) resolver.setServers(servers);
  return {
    async resolveTxt(name) {
      try {
        return await resolver.resolveTxt(name);
      } catch (error) {
        const code = (error as { code?: string }).code;
        if (code === 'ENODATA' || code === 'ENOTFOUND') return [];
        throw error;
      }
    },
  };
}
