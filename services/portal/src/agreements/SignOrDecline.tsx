import { useId, useState } from 'react';
import { type ApiProblem, apiProblem } from '../ui/errors.ts';
import { FormProblem, TextField } from '../ui/fields.tsx';

/**
 * AGR-2: the customer's decision on a sales package, signed in (Agreements) or from the emailed link:
 * sign electronically (name and title) or decline with a reason. A refusal is said where the person is
 * and what was typed stays; `onDecided` gets the message for the page to show.
 */
export function SignOrDecline({
  method,
  initialName = '',
  sign,
  decline,
  messages,
  onDecided,
  className,
}: {
  method: string;
  initialName?: string;
  sign: (signer: { name: string; title: string }) => Promise<unknown>;
  decline: (reason: string) => Promise<unknown>;
  messages: { signed: string; declined: string };
  onDecided: (message: string) => void;
  className?: string;
}) {
  const [name, setName] = useState(initialName);
  const [title, setTitle] = useState('');
  const [reason, setReason] = useState('');
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const [busy, setBusy] = useState(false);
  const reasonId = useId();
  const run = async (action: () => Promise<unknown>, message: string) => {
    setProblem(null);
    setBusy(true);
    try {
      await action();
      onDecided(message);
    } catch (error) {
      setProblem(apiProblem(error));
    } finally {
      setBusy(false);
    }
  };
  return (
    <section className={className} aria-labelledby="decision-heading">
      <h2 id="decision-heading">Sign or decline</h2>
      <FormProblem problem={problem} />
      {method === 'ELECTRONIC' ? (
        <form
          onSubmit={(e) => {
            e.preventDefault();
            void run(() => sign({ name: name.trim(), title: title.trim() }), messages.signed);
          }}
          noValidate
        >
          <p>By signing, you accept the agreement on behalf of your organization.</p>
          <TextField
            label="Your name"
            value={name}
            onChange={setName}
            autoComplete="name"
            invalid={problem?.field === 'signer.name'}
          />
          <TextField
            label="Your title"
            value={title}
            onChange={setTitle}
            autoComplete="organization-title"
            invalid={problem?.field === 'signer.title'}
          />
          <button type="submit" className="button primary inline" disabled={busy}>
            Sign
          </button>
        </form>
      ) : (
        <p>
          Your partner chose a signature on paper: sign the printed agreement and return it to your partner.
        </p>
      )}
      <form
        className="decline-form"
        onSubmit={(e) => {
          e.preventDefault();
          void run(() => decline(reason.trim()), messages.declined);
        }}
        noValidate
      >
        <div className="field">
          <label htmlFor={reasonId}>Reason for declining</label>
          <textarea
            id={reasonId}
            rows={3}
            value={reason}
            aria-invalid={problem?.field === 'reason' ? true : undefined}
            onChange={(e) => setReason(e.target.value)}
          />
        </div>
        <button type="submit" className="button secondary" disabled={busy}>
          Decline
        </button>
      </form>
    </section>
  );
}
