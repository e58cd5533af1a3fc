import { describe, expect, it } from 'vitest';
import { domainStatus, initialDomainName, normalizeDomainName, txtRecordsProve } from './rules.ts';

describe('ACC-2/ACC-3 domain rules', () => {
  it('ACC-2 the initial domain sits under the platform domain', () => {
    expect(initialDomainName('initialDomain', 'Contoso', 'businesscenter.example')).toBe(
      'contoso.businesscenter.example',
    );
    expect(() => initialDomainName('initialDomain', 'con toso', 'businesscenter.example')).toThrow(
      /initialDomain/,
    );
    expect(() => initialDomainName('initialDomain', '-contoso', 'businesscenter.example')).toThrow(
      /initialDomain/,
    );
  });

  it('ACC-3 public domain names are normalized or refused', () => {
    expect(normalizeDomainName('name', 'Contoso.COM.')).toBe('contoso.com');
    for (const bad of ['contoso', 'contoso..com', '-contoso.com', 'con toso.com', 'contoso.c']) {
      expect(() => normalizeDomainName('name', bad)).toThrow(/name/);
    }
  });

  it('ACC-3 a TXT record proves the domain only with the exact value, chunks joined', () => {
    expect(
      txtRecordsProve([['v=spf1 -all'], ['bc-domain-', 'verification=abc']], 'bc-domain-verification=abc'),
    ).toBe(true);
    expect(txtRecordsProve([['bc-domain-verification=abd']], 'bc-domain-verification=abc')).toBe(false);
    expect(txtRecordsProve([], 'bc-domain-verification=abc')).toBe(false);
  });

  it('ACC-3 a pending claim is CLAIMED_ELSEWHERE once the name is verified by another organization', () => {
    expect(domainStatus(false, false)).toBe('PENDING');
    expect(domainStatus(false, true)).toBe('CLAIMED_ELSEWHERE');
    // The verified claim is the one that set the name's flag.
    expect(domainStatus(true, true)).toBe('VERIFIED');
  });
});
