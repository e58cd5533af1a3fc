import { CombinedGraphQLErrors, ServerError } from '@apollo/client/errors';

export interface ApiProblem {
  message: string;
  code?: string;
  field?: string;
  reason?: string;
}

/** The first problem the API reported, in words a person can act on (WEB-11). */
export function apiProblem(error: unknown): ApiProblem {
  if (CombinedGraphQLErrors.is(error)) {
    const first = error.errors[0];
    const ext = (first?.extensions ?? {}) as Record<string, unknown>;
    const field = typeof ext.field === 'string' ? ext.field : undefined;
    // The API names the field in the message too ("password: …"); the form shows it beside the field.
    const message = first?.message ?? 'The request was refused.';
    return {
      message: sentence(
        field && message.startsWith(`${field}: `) ? message.slice(field.length + 2) : message,
      ),
      code: typeof ext.code === 'string' ? ext.code : undefined,
      field,
      reason: typeof ext.reason === 'string' ? ext.reason : undefined,
    };
  }
  if (ServerError.is(error)) {
    if (error.statusCode === 401)
      return { message: 'Your session has ended. Sign in again.', code: 'UNAUTHENTICATED' };
    return { message: `The Business Center did not answer (HTTP ${error.statusCode}). Try again.` };
  }
  return { message: 'The Business Center cannot be reached. Check your connection and try again.' };
}

/** Server messages start lower case ("the work account or password is wrong"): show them as sentences. */
function sentence(message: string): string {
  const text = message.charAt(0).toUpperCase() + message.slice(1);
  return /[.!?]$/.test(text) ? text : `${text}.`;
}
