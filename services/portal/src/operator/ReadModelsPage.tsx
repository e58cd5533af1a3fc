import { useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { graphql } from '../__generated__';
import { type ApiProblem, apiProblem } from '../ui/errors.ts';
import { formatNumber } from '../ui/format.ts';
import { ErrorState, Loading } from '../ui/states.tsx';
import { OperatorOnly } from './OperatorOnly.tsx';
import { formatInstant } from './words.ts';

const ReadModelStatusQuery = graphql(`
  query ReadModelStatus {
    readModelStatus {
      generation
      rebuiltAt
      eventsApplied
    }
  }
`);

const RebuildReadModels = graphql(`
  mutation RebuildReadModels {
    rebuildReadModels {
      generation
      rebuiltAt
      eventsApplied
    }
  }
`);

const TITLE = 'Read models';
/** The rebuild runs in the background: the page asks again this often while it is open. */
const POLL_MS = 5000;

/**
 * REP-6 for the operator: where the reports' read models are (generation, when it was started, events
 * applied) and "Rebuild read models": a new generation built from the start of the topics, while the
 * reports keep answering from the current one.
 */
export default function ReadModelsPage() {
  return (
    <OperatorOnly title={TITLE}>
      <ReadModels />
    </OperatorOnly>
  );
}

function ReadModels() {
  const { data, error, refetch } = useQuery(ReadModelStatusQuery, { pollInterval: POLL_MS });
  const [rebuild, rebuilding] = useMutation(RebuildReadModels, {
    refetchQueries: ['ReadModelStatus'],
    awaitRefetchQueries: true,
  });
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const start = async () => {
    setProblem(null);
    setNotice(null);
    try {
      const { data: done } = await rebuild();
      if (done)
        setNotice(
          `Rebuild started: generation ${formatNumber(done.rebuildReadModels.generation)} is being built from the start of the topics.`,
        );
    } catch (failure) {
      setProblem(apiProblem(failure));
    }
  };
  const status = data?.readModelStatus;
  return (
    <>
      <h1>{TITLE}</h1>
      <p className="lead">
        Reports are built from the other services' events. A rebuild reads every topic from its start into a
        new generation.
      </p>
      {error ? (
        <ErrorState error={error} retry={() => void refetch()} />
      ) : !status ? (
        <Loading what="the read-model status" />
      ) : (
        <section className="panel" aria-labelledby="read-model-status">
          <h2 id="read-model-status">Status</h2>
          <dl className="details">
            <div>
              <dt>Generation</dt>
              <dd>{formatNumber(status.generation)}</dd>
            </div>
            <div>
              <dt>Rebuilt</dt>
              <dd>
                {status.rebuiltAt ? (
                  <time dateTime={status.rebuiltAt}>{formatInstant(status.rebuiltAt)}</time>
                ) : (
                  'Never'
                )}
              </dd>
            </div>
            <div>
              <dt>Events applied</dt>
              <dd>{formatNumber(status.eventsApplied)}</dd>
            </div>
          </dl>
        </section>
      )}
      {notice && (
        <p className="notice compact" role="status">
          {notice}
        </p>
      )}
      {problem && (
        <p className="state state-error" role="alert">
          {problem.message}
        </p>
      )}
      <button type="button" className="button primary auto" disabled={rebuilding.loading} onClick={start}>
        Rebuild read models
      </button>
    </>
  );
}
