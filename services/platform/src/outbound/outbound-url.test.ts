import { describe, expect, it } from 'vitest';
import {
  addressRange,
  checkOutboundUrl,
  OutboundRefused,
  outboundPolicyFor,
  publicOnly,
  publicOrLoopback,
  type Resolve,
} from './outbound-url.ts';

/** An injected resolver: no real DNS in unit tests. */
const hosts: Record<string, string[]> = {
  'hooks.partner.example': ['93.184.215.14', '2606:2800:21f:cb07:6820:80da:af6b:8b2c'],
  'evil.example': ['127.0.0.1'],
  'half-evil.example': ['93.184.215.14', '10.0.0.7'],
  'mapped.example': ['::ffff:169.254.169.254'],
};
const resolve: Resolve = async (host) => {
  const found = hosts[host];
  if (!found) throw new Error(`ENOTFOUND ${host}`);
  return found;
};

async function refusal(url: string, policy = publicOnly): Promise<string | null> {
  try {
    await checkOutboundUrl(url, policy, resolve);
    return null;
  } catch (error) {
    if (error instanceof OutboundRefused) return error.reason;
    throw error;
  }
}

describe('NOT-2 outbound addresses', () => {
  it('NOT-2 classifies IPv4, IPv6 and IPv4-mapped IPv6 addresses', () => {
    expect(addressRange('93.184.215.14')).toBe('unicast');
    expect(addressRange('2606:2800:21f:cb07:6820:80da:af6b:8b2c')).toBe('unicast');
    expect(addressRange('127.0.0.1')).toBe('loopback');
    expect(addressRange('::1')).toBe('loopback');
    expect(addressRange('::ffff:127.0.0.1')).toBe('loopback');
    expect(addressRange('::ffff:7f00:1')).toBe('loopback');
    expect(addressRange('10.0.0.1')).toBe('private');
    expect(addressRange('172.31.255.255')).toBe('private');
    expect(addressRange('192.168.1.1')).toBe('private');
    expect(addressRange('169.254.169.254')).toBe('linkLocal');
    expect(addressRange('fe80::1')).toBe('linkLocal');
    expect(addressRange('fd00:ec2::254')).toBe('uniqueLocal');
    expect(addressRange('100.100.100.200')).toBe('carrierGradeNat');
    expect(addressRange('224.0.0.1')).toBe('multicast');
    expect(addressRange('ff02::1')).toBe('multicast');
    expect(addressRange('0.0.0.0')).toBe('unspecified');
    expect(addressRange('::')).toBe('unspecified');
    // IPv4-compatible (::/96) and anything else outside 2000::/3 is not global unicast.
    expect(addressRange('::7f00:1')).toBe('reserved');
    expect(addressRange('100::1')).not.toBe('unicast');
    expect(addressRange('hooks.partner.example')).toBeNull();
  });

  it('NOT-2 the production rule refuses every non-public address, in IPv4, IPv6 and mapped forms', async () => {
    for (const url of [
      'https://127.0.0.1/',
      'https://127.255.0.9:8443/x',
      'https://10.0.0.1/',
      'https://172.16.0.1/',
      'https://192.168.0.1/',
      'https://100.64.0.1/',
      'https://169.254.169.254/latest/meta-data/',
      'https://0.0.0.0/',
      'https://224.0.0.1/',
      'https://255.255.255.255/',
      'https://[::1]/',
      'https://[::]/',
      'https://[fe80::1]/',
      'https://[fc00::1]/',
      'https://[fd00:ec2::254]/',
      'https://[ff02::1]/',
      'https://[::ffff:127.0.0.1]/',
      'https://[::ffff:10.0.0.1]/',
      'https://[::ffff:a9fe:a9fe]/',
      'https://[::127.0.0.1]/',
    ]) {
      expect(await refusal(url), url).toBe('address not public');
    }
  });

  it('NOT-2 decimal, octal and hex spellings are checked as the address they mean', async () => {
    for (const url of [
      'https://2130706433/',
      'https://0177.0.0.1/',
      'https://0177.1/',
      'https://0x7f.0.0.1/',
      'https://0x7f000001/',
      'https://0x7F.1/',
      'https://127.1/',
      'https://017700000001/',
      'https://2852039166/', // 169.254.169.254
      'https://0xa9.0xfe.0xa9.0xfe/',
    ]) {
      expect(await refusal(url), url).toBe('address not public');
    }
  });

  it('NOT-2 a host name is checked by every address it resolves to', async () => {
    expect(await refusal('https://evil.example/hook')).toBe('address not public');
    expect(await refusal('https://half-evil.example/hook')).toBe('address not public');
    expect(await refusal('https://mapped.example/hook')).toBe('address not public');
    expect(await refusal('https://nowhere.example/hook')).toBe('host does not resolve');
    const ok = await checkOutboundUrl('https://hooks.partner.example/bc', publicOnly, resolve);
    expect(ok.addresses).toEqual(hosts['hooks.partner.example']);
    expect(ok.url.hostname).toBe('hooks.partner.example');
    expect((await checkOutboundUrl('https://93.184.215.14/bc', publicOnly, resolve)).addresses).toEqual([
      '93.184.215.14',
    ]);
  });

  it('NOT-2 production is https only, and only http(s) is ever allowed', async () => {
    expect(await refusal('http://hooks.partner.example/bc')).toBe('must use https');
    expect(await refusal('http://unknown.example/bc')).toBe('must use https');
    expect(await refusal('ftp://hooks.partner.example/bc')).toBe('must use https');
    expect(await refusal('file:///etc/passwd', publicOrLoopback)).toBe('must use https');
    expect(await refusal('not a url')).toBe('must be a URL');
    // A non-public address is named as such, whatever the protocol.
    expect(await refusal('http://127.0.0.1:4100/hook')).toBe('address not public');
    expect(await refusal('http://93.184.215.14/hook')).toBe('must use https');
  });

  it('NOT-2 outside production, loopback (http too) stays allowed, private ranges do not', async () => {
    expect(await refusal('http://127.0.0.1:4100/hook', publicOrLoopback)).toBeNull();
    expect(await refusal('http://evil.example/hook', publicOrLoopback)).toBeNull();
    expect(await refusal('https://[::1]:4100/hook', publicOrLoopback)).toBeNull();
    expect(await refusal('https://hooks.partner.example/bc', publicOrLoopback)).toBeNull();
    expect(await refusal('http://hooks.partner.example/bc', publicOrLoopback)).toBe('must use https');
    expect(await refusal('https://169.254.169.254/', publicOrLoopback)).toBe('address not public');
    expect(await refusal('http://10.0.0.1/', publicOrLoopback)).toBe('address not public');
  });

  it('NOT-2 the production rule is on in production whatever the setting, and on request elsewhere', () => {
    expect(outboundPolicyFor({ NODE_ENV: 'production', BC_WEBHOOK_PUBLIC_ONLY: 'false' })).toBe(publicOnly);
    expect(outboundPolicyFor({ NODE_ENV: 'test', BC_WEBHOOK_PUBLIC_ONLY: 'true' })).toBe(publicOnly);
    expect(outboundPolicyFor({ NODE_ENV: 'development', BC_WEBHOOK_PUBLIC_ONLY: 'false' })).toBe(
      publicOrLoopback,
    );
  });

  it('NOT-2 the allow-list decision is injectable', async () => {
    const onlyLoopback = { httpsOnly: false, allows: (range: string) => range === 'loopback' };
    expect(await refusal('http://127.0.0.1/', onlyLoopback)).toBeNull();
    expect(await refusal('https://hooks.partner.example/', onlyLoopback)).toBe('address not public');
  });
});
