import { describe, expect, it } from 'vitest';
import { pinnedLookup } from './webhook-sender.ts';

describe('NOT-2 webhook connections go to the checked addresses', () => {
  it('NOT-2 the socket look-up answers only with the addresses that were checked, in both call forms', async () => {
    const lookup = pinnedLookup(['93.184.215.14', '2606:2800:21f:cb07:6820:80da:af6b:8b2c']) as unknown as (
      host: string,
      options: { all?: boolean },
      callback: (...args: unknown[]) => void,
    ) => void;
    const all = await new Promise<unknown[]>((resolve) =>
      lookup('hooks.partner.example', { all: true }, (...args) => resolve(args)),
    );
    expect(all).toEqual([
      null,
      [
        { address: '93.184.215.14', family: 4 },
        { address: '2606:2800:21f:cb07:6820:80da:af6b:8b2c', family: 6 },
      ],
    ]);
    const one = await new Promise<unknown[]>((resolve) =>
      lookup('hooks.partner.example', {}, (...args) => resolve(args)),
    );
    expect(one).toEqual([null, '93.184.215.14', 4]);
  });
});
