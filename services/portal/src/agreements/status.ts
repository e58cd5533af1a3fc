/** Agreement statuses in the guide's words ("ready to sign" is what the partner's mail says). */
const STATUS_LABELS: Record<string, string> = {
  DRAFT: 'Draft',
  SENT: 'Ready to sign',
  SIGNED: 'Signed',
  DECLINED: 'Declined',
};

export function statusLabel(status: string): string {
  return STATUS_LABELS[status] ?? status;
}

/** The same statuses as events in an agreement's history ("Sent by …"). */
const HISTORY_LABELS: Record<string, string> = {
  DRAFT: 'Drafted',
  SENT: 'Sent',
  SIGNED: 'Signed',
  DECLINED: 'Declined',
};

export function historyLabel(status: string): string {
  return HISTORY_LABELS[status] ?? status;
}
