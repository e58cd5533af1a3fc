/** WEB-5: the guide's steps of "Set up online services", and the checks made before the server's. */
export type Step = 'service' | 'plan' | 'verify' | 'done';

export const STEPS: readonly { id: Step; label: string }[] = [
  { id: 'service', label: 'Select a service' },
  { id: 'plan', label: 'Choose a plan and quantity' },
  { id: 'verify', label: 'Verify and submit' },
  { id: 'done', label: 'Confirmation' },
];

/** What the person chose and typed; kept as typed (text) so nothing is lost on an error (WEB-11). */
export interface SetUpForm {
  serviceId: string;
  sku: string;
  quantity: string;
  purchasingAccountId: string;
}

/**
 * The quantity as the server takes it (INV-4: a whole number from 1 to the plan's maximum), or what is
 * wrong with it in words.
 */
export function quantityProblem(quantity: string, max: number): string | null {
  const text = quantity.trim();
  if (text === '') return 'Enter a quantity.';
  if (!/^\d+$/.test(text)) return 'Enter a whole number of licenses, such as 25.';
  const value = Number(text);
  if (value < 1 || value > max)
    return `Enter a number from 1 to ${new Intl.NumberFormat().format(max)}, the most this plan allows.`;
  return null;
}
