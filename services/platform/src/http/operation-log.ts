import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import type { GraphQLError, GraphQLFormattedError } from 'graphql';
import type { Logger } from '../logger.ts';
import { nameOperationSpan } from '../telemetry/spans.ts';

/** How one GraphQL operation ended: answered, answered with errors, or refused before execution. */
export type OperationOutcome = 'ok' | 'error' | 'refused';

export interface OperationRecord {
  requestId: string;
  /** The operation's name once the document resolved; null when anonymous or refused before that. */
  operation: string | null;
  outcome: OperationOutcome;
  seconds: number;
}

/** An error nobody coded on purpose (every deliberate error has a code): a bug, a fetch failure, a database error. */
export function isInternalError(error: GraphQLError): boolean {
  const code = error.extensions?.code;
  return code === 'INTERNAL_SERVER_ERROR' || !code;
}

/**
 * GW-4: one structured log line per GraphQL operation carrying the request id (grep an id: the
 * gateway's line and every subgraph's line), internal errors logged in full under that id, and
 * `extensions.requestId` on every INTERNAL_SERVER_ERROR the client gets (production shows no more
 * than that). `onOperation` feeds metrics.
 */
export function operationLogPlugin<Ctx extends BaseContext>(options: {
  logger: Logger;
  requestIdOf: (context: Ctx) => string;
  onOperation?: (record: OperationRecord) => void;
}): ApolloServerPlugin<Ctx> {
  const { logger } = options;
  return {
    async requestDidStart({ contextValue }) {
      const started = performance.now();
      const requestId = options.requestIdOf(contextValue);
      let executed = false;
      return {
        async didResolveOperation({ operation, operationName }) {
          // OPS-1: the operation's span (http/server.ts) is named by what it does, not only its given name.
          if (!operation) return;
          const field = operation.selectionSet.selections.find((s) => s.kind === 'Field');
          nameOperationSpan(
            operation.operation,
            operationName ?? (field?.kind === 'Field' ? field.name.value : null),
          );
        },
        async executionDidStart() {
          executed = true;
        },
        async didEncounterErrors({ errors }) {
          for (const error of errors)
            if (isInternalError(error))
              logger.error(
                { err: error.originalError ?? error, requestId, path: error.path },
                'internal error',
              );
        },
        async willSendResponse({ response, operationName }) {
          const body = response.body;
          const result = body.kind === 'single' ? body.singleResult : body.initialResult;
          const errors = result.errors;
          if (errors?.some((e) => e.extensions?.code === 'INTERNAL_SERVER_ERROR'))
            result.errors = errors.map((e) => withRequestId(e, requestId));
          const record: OperationRecord = {
            requestId,
            operation: operationName ?? null,
            outcome: !errors?.length ? 'ok' : executed ? 'error' : 'refused',
            seconds: (performance.now() - started) / 1000,
          };
          options.onOperation?.(record);
          if (!logger.isLevelEnabled('info')) return;
          logger.info(
            {
              requestId,
              operation: record.operation,
              outcome: record.outcome,
              ms: Math.round(record.seconds * 1000),
              ...(errors?.length
                ? { codes: [...new Set(errors.map((e) => e.extensions?.code ?? null))] }
                : {}),
            },
            'graphql operation',
          );
        },
      };
    },
  };
}

const withRequestId = (error: GraphQLFormattedError, requestId: string): GraphQLFormattedError =>
  error.extensions?.code === 'INTERNAL_SERVER_ERROR'
    ? { ...error, extensions: { ...error.extensions, requestId } }
    : error;
