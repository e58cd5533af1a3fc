import { useMutation, useQuery } from '@apollo/client/react';
import { type FormEvent, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { graphql } from '../__generated__';
import { formatInstantDay } from '../agreements/format.ts';
import { SESSION_HEADER } from '../session/session.ts';
import { useStartSession } from '../session/use-start-session.ts';
import { ROUTES } from '../shell/menus.ts';
import { type ApiProblem, apiProblem } from '../ui/errors.ts';
import { FormProblem, TextField } from '../ui/fields.tsx';
import { Loading } from '../ui/states.tsx';

const PasswordSetupQuery = graphql(`
  query PasswordSetup($token: String!) {
    passwordSetup(token: $token) {
      workAccount
      firstName
      expiresAt
    }
  }
`);

const SetPasswordMutation = graphql(`
  mutation SetPasswordFromLink($input: SetPasswordFromLinkInput!) {
    setPasswordFromLink(input: $input) {
      accessToken
      expiresIn
      # Selected so the gateway moves it into the httpOnly cookie (it comes back as ""), as for Sign in.
      refreshToken
    }
  }
`);

function SetPasswordForm({ token, workAccount }: { token: string; workAccount: string }) {
  const [password, setPassword] = useState('');
  const [confirm, setConfirm] = useState('');
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const [setFromLink, { loading }] = useMutation(SetPasswordMutation);
  const start = useStartSession();
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setProblem(null);
    if (password !== confirm) {
      setProblem({ message: 'The passwords do not match.', field: 'confirm' });
      return;
    }
    try {
      const { data } = await setFromLink({
        variables: { input: { token, newPassword: password } },
        context: { headers: SESSION_HEADER },
      });
      if (data) await start(data.setPasswordFromLink);
    } catch (error) {
      setProblem(apiProblem(error));
    }
  };
  return (
    <form onSubmit={submit} noValidate>
      <FormProblem problem={problem} />
      {/* Lets password managers save the new password under the right account. */}
      <input type="hidden" name="username" autoComplete="username" value={workAccount} />
      <TextField
        label="New password"
        type="password"
        value={password}
        onChange={setPassword}
        invalid={problem?.field === 'newPassword'}
        autoComplete="new-password"
        hint="8 to 128 characters with letters and digits."
      />
      <TextField
        label="Confirm new password"
        type="password"
        value={confirm}
        onChange={setConfirm}
        invalid={problem?.field === 'confirm'}
        autoComplete="new-password"
      />
      <button type="submit" className="button primary" disabled={loading}>
        {loading ? 'Setting password…' : 'Set password and sign in'}
      </button>
    </form>
  );
}

/**
 * OPS-3 / ACC-4 / ACC-6: where a new user's or a reset's one-time link leads. The person chooses a
 * password and is signed in (the session starts as with Sign in); the link then stops working.
 */
export function SetPasswordPage() {
  const [params] = useSearchParams();
  const token = params.get('token') ?? '';
  const { data, error } = useQuery(PasswordSetupQuery, { variables: { token }, skip: !token });
  const setup = data?.passwordSetup;
  return (
    <main id="main" className="sign-in-page">
      <div className="sign-in-card">
        <p className="brand brand-large">Business Center</p>
        <h1>Set your password</h1>
        {!token || error ? (
          <>
            <div className="form-error" role="alert">
              {token ? apiProblem(error).message : 'This link is not valid.'}
            </div>
            <p className="help">
              A set-password link works once. Ask your administrator to reset your password for a new link, or{' '}
              <Link to={ROUTES.signIn}>sign in</Link> if you have set it already.
            </p>
          </>
        ) : !setup ? (
          <Loading what="your link" />
        ) : (
          <>
            <p className="lead">
              Hello {setup.firstName}. Choose the password for <strong>{setup.workAccount}</strong>. This link
              can be used once, until {formatInstantDay(String(setup.expiresAt))}.
            </p>
            <SetPasswordForm token={token} workAccount={setup.workAccount} />
          </>
        )}
      </div>
    </main>
  );
}

export default SetPasswordPage;
