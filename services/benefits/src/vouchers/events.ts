import type { VoucherAssignment } from './voucher.ts';

/** The `benefits.voucher.assigned.v1` payload: the assignment and the instructions as previewed (BEN-6). */
export function voucherAssignedPayload(assignment: VoucherAssignment, instructions: string) {
  return {
    assignmentId: assignment.id,
    organizationId: assignment.organizationId,
    purchasingAccountId: assignment.purchasingAccountId,
    employeeName: assignment.employeeName,
    email: assignment.email,
    days: assignment.days,
    language: assignment.language,
    voucherCode: assignment.voucherCode,
    instructions,
  };
}

/** The `benefits.voucher.revoked.v1` payload: the days go back to the purchasing account (BEN-6). */
export function voucherRevokedPayload(assignment: VoucherAssignment, revokedAt: Date) {
  return {
    assignmentId: assignment.id,
    organizationId: assignment.organizationId,
    purchasingAccountId: assignment.purchasingAccountId,
    days: assignment.days,
    revokedAt: revokedAt.toISOString(),
  };
}
