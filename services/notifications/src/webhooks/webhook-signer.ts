import type { Clock, IdGenerator } from '@bc/platform';
import type { EntityManager } from '@mikro-orm/core';
import { defineEntity, p } from '@mikro-orm/core';
import { CompactSign, exportJWK, generateKeyPair, importJWK, type JWK } from 'jose';

export const WebhookKeySchema = defineEntity({
  name: 'WebhookKey',
  tableName: 'webhook_key',
  properties: {
    kid: p.string().primary(),
    privateJwk: p.text(),
    publicJwk: p.text(),
    createdAt: p.datetime(),
  },
});

/** The key partner webhooks are signed with; its public half is published (JWKS). */
export class WebhookKey extends WebhookKeySchema.class {}
WebhookKeySchema.setClass(WebhookKey);

export const WEBHOOK_SIGNATURE_HEADER = 'x-bc-signature';

/**
 * NOT-2: each webhook body is signed as a JWS (ES256) with a detached payload (RFC 7515, appendix F):
 * the header carries `protected..signature`; the partner puts the base64url of the exact body
 * between the dots and verifies it with our published key.
 */
export class WebhookSigner {
  private key: { kid: string; privateKey: Awaited<ReturnType<typeof importJWK>>; publicJwk: JWK } | null =
    null;

  async init(em: EntityManager, deps: { clock: Clock; ids: IdGenerator }): Promise<void> {
    let [stored] = await em.find(WebhookKey, {}, { orderBy: { createdAt: 'desc' }, limit: 1 });
    if (!stored) {
      const pair = await generateKeyPair('ES256', { extractable: true });
      const kid = deps.ids.uuid();
      stored = Object.assign(new WebhookKey(), {
        kid,
        privateJwk: JSON.stringify(await exportJWK(pair.privateKey)),
        publicJwk: JSON.stringify({ ...(await exportJWK(pair.publicKey)), kid, alg: 'ES256', use: 'sig' }),
        createdAt: deps.clock.now(),
      });
      await em.persist(stored).flush();
    }
    this.key = {
      kid: stored.kid,
      privateKey: await importJWK(JSON.parse(stored.privateJwk), 'ES256'),
      publicJwk: JSON.parse(stored.publicJwk),
    };
  }

  jwks(): { keys: JWK[] } {
    return { keys: this.key ? [this.key.publicJwk] : [] };
  }

  async sign(body: string): Promise<string> {
    if (!this.key) throw new Error('webhook signer not initialised');
    const jws = await new CompactSign(new TextEncoder().encode(body))
      .setProtectedHeader({ alg: 'ES256', kid: this.key.kid })
      .sign(this.key.privateKey);
    const [header, , signature] = jws.split('.');
    return `${header}..${signature}`;
  }
}
