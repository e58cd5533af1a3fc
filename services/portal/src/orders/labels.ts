import { humanize } from '../ui/format.ts';

/** Order types as a person reads them ("Add-on", "True-up"). */
export function orderTypeLabel(type: string): string {
  const labels: Record<string, string> = {
    NEW: 'New',
    ADD_ON: 'Add-on',
    RENEWAL: 'Renewal',
    TRUE_UP: 'True-up',
  };
  return labels[type] ?? humanize(type);
}
