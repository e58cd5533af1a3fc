import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import { GraphQLError } from 'graphql';

/**
 * An `operationName` the document does not define, or several operations and no name, is the
 * client's mistake: HTTP 400 with `OPERATION_RESOLUTION_FAILURE`, as Apollo Server answers without a
 * gateway. Apollo Gateway finds it only while planning and throws INVALID_GRAPHQL, which Apollo
 * Server turns into HTTP 500; Apollo has already tried to resolve the operation here, so we check
 * first.
 */
export function operationResolution<Ctx extends BaseContext>(): ApolloServerPlugin<Ctx> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ operation, request }) {
          if (operation) return;
          const name = request.operationName;
          throw new GraphQLError(
            name
              ? `Unknown operation named "${name}".`
              : 'Must provide operation name if query contains multiple operations.',
            { extensions: { code: 'OPERATION_RESOLUTION_FAILURE', http: { status: 400 } } },
          );
        },
      };
    },
  };
}
