import { useMutation } from '@apollo/client/react';
import { type FormEvent, useEffect, useId, useRef, useState } from 'react';
import { Navigate, useLocation } from 'react-router';
import { graphql } from '../__generated__';
import { SESSION_HEADER } from '../session/session.ts';
import { useBrowserSession, useSessionState } from '../session/session-context.tsx';
import { ROUTES } from '../shell/menus.ts';
import { type ApiProblem, apiProblem } from '../ui/errors.ts';

const SignInMutation = graphql(`
  mutation SignIn($input: SignInInput!) {
    signIn(input: $input) {
      accessToken
      expiresIn
      # Selected so the gateway moves it into the httpOnly cookie (it comes back as "").
      refreshToken
    }
  }
`);

/**
 * WEB-1: sign in with a work account and password. A temporary password (ACC-4) is answered with
 * PASSWORD_CHANGE_REQUIRED: the form then asks for a new password and signs in with both. What was
 * typed stays in the form whatever the server answers.
 */
export function SignInPage() {
  const session = useBrowserSession();
  const state = useSessionState();
  const location = useLocation();
  const from = (location.state as { from?: string } | null)?.from ?? ROUTES.dashboard;
  const signedOut = (location.state as { signedOut?: boolean } | null)?.signedOut === true;
  const [workAccount, setWorkAccount] = useState('');
  const [password, setPassword] = useState('');
  const [newPassword, setNewPassword] = useState('');
  const [confirm, setConfirm] = useState('');
  const [mustChange, setMustChange] = useState(false);
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const [signIn, { loading }] = useMutation(SignInMutation);
  const alert = useRef<HTMLDivElement>(null);
  const ids = { account: useId(), password: useId(), newPassword: useId(), confirm: useId(), hint: useId() };

  useEffect(() => {
    if (problem) alert.current?.focus();
  }, [problem]);

  if (state.status === 'signed-in') return <Navigate to={from} replace />;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setProblem(null);
    if (mustChange && newPassword !== confirm) {
      setProblem({ message: 'The new passwords do not match.', field: 'confirm' });
      return;
    }
    try {
      const { data } = await signIn({
        variables: {
          input: { workAccount: workAccount.trim(), password, ...(mustChange ? { newPassword } : {}) },
        },
        context: { headers: SESSION_HEADER },
      });
      if (data) session.signedIn(data.signIn.accessToken, data.signIn.expiresIn);
    } catch (error) {
      const found = apiProblem(error);
      if (found.reason === 'PASSWORD_CHANGE_REQUIRED') {
        setMustChange(true);
        setProblem({ ...found, message: 'Your password is temporary. Choose a new password to sign in.' });
      } else setProblem(found);
    }
  };

  const invalid = (field: string) => (problem?.field === field ? true : undefined);
  return (
    <main id="main" className="sign-in-page">
      <div className="sign-in-card">
        <p className="brand brand-large">Business Center</p>
        <h1>Sign in</h1>
        <p className="lead">Sign in with the work account provided by your organization.</p>
        {signedOut && !problem && (
          <p className="notice" role="status">
            You have signed out.
          </p>
        )}
        {problem && (
          <div
            className={problem.reason === 'PASSWORD_CHANGE_REQUIRED' ? 'notice' : 'form-error'}
            role="alert"
            tabIndex={-1}
            ref={alert}
          >
            {problem.message}
          </div>
        )}
        <form onSubmit={submit} noValidate>
          <div className="field">
            <label htmlFor={ids.account}>Work account</label>
            <input
              id={ids.account}
              type="email"
              autoComplete="username"
              required
              value={workAccount}
              aria-describedby={ids.hint}
              aria-invalid={invalid('workAccount')}
              onChange={(e) => setWorkAccount(e.target.value)}
            />
            <p className="hint" id={ids.hint}>
              For example, name@contoso.businesscenter.example. Personal Microsoft accounts cannot be used.
            </p>
          </div>
          <div className="field">
            <label htmlFor={ids.password}>{mustChange ? 'Temporary password' : 'Password'}</label>
            <input
              id={ids.password}
              type="password"
              autoComplete="current-password"
              required
              value={password}
              aria-invalid={invalid('password')}
              onChange={(e) => setPassword(e.target.value)}
            />
          </div>
          {mustChange && (
            <fieldset className="password-change">
              <legend>Choose a new password</legend>
              <div className="field">
                <label htmlFor={ids.newPassword}>New password</label>
                <input
                  id={ids.newPassword}
                  type="password"
                  autoComplete="new-password"
                  required
                  value={newPassword}
                  aria-invalid={invalid('newPassword')}
                  onChange={(e) => setNewPassword(e.target.value)}
                />
              </div>
              <div className="field">
                <label htmlFor={ids.confirm}>Confirm new password</label>
                <input
                  id={ids.confirm}
                  type="password"
                  autoComplete="new-password"
                  required
                  value={confirm}
                  aria-invalid={invalid('confirm')}
                  onChange={(e) => setConfirm(e.target.value)}
                />
              </div>
            </fieldset>
          )}
          <button type="submit" className="button primary" disabled={loading}>
            {loading ? 'Signing in…' : mustChange ? 'Change password and sign in' : 'Sign in'}
          </button>
        </form>
        <p className="help">Forgotten your password? Ask your administrator to reset it.</p>
      </div>
    </main>
  );
}

/** The route loads the page lazily (App.tsx), which needs a default export. */
export default SignInPage;
