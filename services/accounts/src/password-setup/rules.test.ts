import { describe, expect, it } from 'vitest';
import { passwordSetupExpiry, passwordSetupState } from './rules.ts';

describe('set-password links', () => {
  const issued = new Date('2026-03-02T09:00:00.000Z');

  it('OPS-3 a welcome link lives 7 days, a reset link 24 hours', () => {
    expect(passwordSetupExpiry('WELCOME', issued).toISOString()).toBe('2026-03-09T09:00:00.000Z');
    expect(passwordSetupExpiry('RESET', issued).toISOString()).toBe('2026-03-03T09:00:00.000Z');
  });

  it('OPS-3 a link works until it expires, is used or is replaced; used and replaced say more than expired', () => {
    const setup = { usedAt: null, supersededAt: null, expiresAt: passwordSetupExpiry('RESET', issued) };
    expect(passwordSetupState(setup, new Date('2026-03-03T08:59:59.999Z'))).toBe('PENDING');
    expect(passwordSetupState(setup, new Date('2026-03-03T09:00:00.000Z'))).toBe('EXPIRED');
    const late = new Date('2026-04-01T00:00:00.000Z');
    expect(passwordSetupState({ ...setup, usedAt: issued }, late)).toBe('USED');
    expect(passwordSetupState({ ...setup, supersededAt: issued }, late)).toBe('SUPERSEDED');
  });
});
