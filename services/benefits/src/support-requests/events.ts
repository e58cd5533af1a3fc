import type { SupportRequest } from './support-request.ts';

/** The `benefits.support-request.opened.v1` payload (BEN-8). */
export function supportRequestOpenedPayload(request: SupportRequest) {
  return {
    requestId: request.id,
    organizationId: request.organizationId,
    purchasingAccountId: request.purchasingAccountId,
    channel: request.channel,
    summary: request.summary,
    openedByWorkAccount: request.openedByWorkAccount,
    openedAt: request.openedAt.toISOString(),
  };
}
