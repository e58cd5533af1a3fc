import { useQuery } from '@apollo/client/react';
import { type FormEvent, useId, useState } from 'react';
import { graphql } from '../__generated__';
import { Empty, ErrorState, Loading } from '../ui/states.tsx';
import { OperatorOnly } from './OperatorOnly.tsx';
import { formatInstant } from './words.ts';

const PAGE = 25;

const MailboxQuery = graphql(`
  query Mailbox($recipient: String!, $first: Int) {
    mailbox(recipient: $recipient, first: $first) {
      totalCount
      pageInfo {
        hasNextPage
      }
      edges {
        node {
          id
          subject
          text
          sentAt
        }
      }
    }
  }
`);

const TITLE = 'Mailbox';

/**
 * The embedded mode's mailbox (no SMTP server): the messages one recipient received, newest first, so
 * whoever runs a demo can open a welcome invitation or a temporary password. The API answers FORBIDDEN
 * where mail goes out over SMTP; the page says so.
 */
export default function MailboxPage() {
  return (
    <OperatorOnly title={TITLE}>
      <Mailbox />
    </OperatorOnly>
  );
}

function Mailbox() {
  const inputId = useId();
  const [typed, setTyped] = useState('');
  const [recipient, setRecipient] = useState('');
  const [first, setFirst] = useState(PAGE);
  const { data, previousData, error, loading, refetch } = useQuery(MailboxQuery, {
    variables: { recipient, first },
    skip: !recipient,
  });
  const shown = (data ?? previousData)?.mailbox;
  const search = (event: FormEvent) => {
    event.preventDefault();
    setFirst(PAGE);
    setRecipient(typed.trim());
  };
  return (
    <>
      <h1>{TITLE}</h1>
      <p className="lead">
        In the embedded mode, email is kept here instead of being sent. Enter an email address to read the
        messages it received, newest first.
      </p>
      <search aria-label="Find a recipient's messages">
        <form className="filters" onSubmit={search}>
          <div className="field">
            <label htmlFor={inputId}>Recipient</label>
            <input
              id={inputId}
              type="email"
              autoComplete="off"
              value={typed}
              onChange={(e) => setTyped(e.target.value)}
            />
          </div>
          <div className="filter-actions">
            <button type="submit" className="button primary inline" disabled={!typed.trim()}>
              Search
            </button>
          </div>
        </form>
      </search>
      {!recipient ? null : error ? (
        <ErrorState error={error} retry={() => void refetch()} />
      ) : !shown ? (
        <Loading what="the messages" />
      ) : shown.edges.length === 0 ? (
        <Empty>No messages for {recipient}.</Empty>
      ) : (
        <section aria-label={`Messages for ${recipient}`}>
          <p className="subtle" aria-live="polite">
            {loading ? 'Updating…' : `${shown.totalCount} messages for ${recipient}`}
          </p>
          <ul className="mailbox-messages">
            {shown.edges.map(({ node: m }) => (
              <li key={m.id}>
                <details>
                  <summary>
                    <strong>{m.subject}</strong>{' '}
                    <time className="subtle-inline" dateTime={m.sentAt}>
                      {formatInstant(m.sentAt)}
                    </time>
                  </summary>
                  <pre className="mail-text">{m.text}</pre>
                </details>
              </li>
            ))}
          </ul>
          {shown.pageInfo.hasNextPage && (
            <button type="button" className="button secondary" onClick={() => setFirst((n) => n + PAGE)}>
              Show more messages
            </button>
          )}
        </section>
      )}
    </>
  );
}
