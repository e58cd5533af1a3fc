import { describe, expect, it } from 'vitest';
import { invitationExpiry, invitationState } from './rules.ts';

const issued = new Date('2026-03-01T10:00:00.000Z');
const base = { usedAt: null, supersededAt: null, expiresAt: invitationExpiry(issued) };

describe('ACC-2 invitation link rules', () => {
  it('ACC-2 the link expires 14 days after it was sent', () => {
    expect(invitationExpiry(issued).toISOString()).toBe('2026-03-15T10:00:00.000Z');
  });

  it.each([
    ['one millisecond before 14 days', '2026-03-15T09:59:59.999Z', 'PENDING'],
    ['exactly 14 days', '2026-03-15T10:00:00.000Z', 'EXPIRED'],
    ['15 days', '2026-03-16T10:00:00.000Z', 'EXPIRED'],
    ['the same minute', '2026-03-01T10:00:30.000Z', 'PENDING'],
  ])('ACC-2 at %s the link is %s', (_, now, state) => {
    expect(invitationState(base, new Date(now))).toBe(state);
  });

  it('ACC-2 a used or replaced link says so, even after expiry', () => {
    const late = new Date('2026-04-01T00:00:00.000Z');
    expect(invitationState({ ...base, usedAt: issued }, late)).toBe('USED');
    expect(invitationState({ ...base, supersededAt: issued }, late)).toBe('SUPERSEDED');
  });
});
