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

const InvitationQuery = graphql(`
  query Invitation($token: String!) {
    invitation(token: $token) {
      organizationName
      recipientEmail
      expiresAt
      nextStep
      initialDomainSuffix
    }
  }
`);

const SignUpMutation = graphql(`
  mutation SignUpFromInvitation($input: SignUpFromInvitationInput!) {
    signUpFromInvitation(input: $input) {
      accessToken
      expiresIn
      # Selected so the gateway moves it into the httpOnly cookie (it comes back as ""), as for Sign in.
      refreshToken
    }
  }
`);

const SignInMutation = graphql(`
  mutation SignInFromInvitation($input: SignInFromInvitationInput!) {
    signInFromInvitation(input: $input) {
      accessToken
      expiresIn
      # Selected so the gateway moves it into the httpOnly cookie (it comes back as ""), as for Sign in.
      refreshToken
    }
  }
`);

function SignUpForm({ token, suffix, email }: { token: string; suffix: string; email: string }) {
  const [form, setForm] = useState({
    userId: '',
    initialDomain: '',
    firstName: '',
    lastName: '',
    email,
    password: '',
    confirm: '',
  });
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const [signUp, { loading }] = useMutation(SignUpMutation);
  const start = useStartSession();
  const set = (key: keyof typeof form) => (value: string) => setForm((f) => ({ ...f, [key]: value }));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setProblem(null);
    if (form.password !== form.confirm) {
      setProblem({ message: 'The passwords do not match.', field: 'confirm' });
      return;
    }
    try {
      const { confirm: _, ...input } = form;
      const { data } = await signUp({
        variables: { input: { ...input, token, email: input.email.trim() || null } },
        context: { headers: SESSION_HEADER },
      });
      if (data) await start(data.signUpFromInvitation);
    } catch (error) {
      setProblem(apiProblem(error));
    }
  };
  const invalid = (field: string) => problem?.field === field;
  const workAccount = `${form.userId.trim() || 'user'}@${form.initialDomain.trim() || 'domain'}.${suffix}`;
  return (
    <section aria-labelledby="sign-up-heading">
      <h2 id="sign-up-heading">Register to use the Business Center</h2>
      <p>
        Create your organization's first work account. You become its account administrator and can then add
        the other users.
      </p>
      <FormProblem problem={problem} />
      <form onSubmit={submit} noValidate>
        <TextField
          label="User ID"
          value={form.userId}
          onChange={set('userId')}
          invalid={invalid('userId')}
          autoComplete="username"
          hint='Usually the user name in your email address, for example "taitoy".'
        />
        <TextField
          label="Domain"
          value={form.initialDomain}
          onChange={set('initialDomain')}
          invalid={invalid('initialDomain')}
          suffix={`.${suffix}`}
          hint={
            <>
              Your organization's initial domain, for example contoso. Your work account will be{' '}
              <strong>{workAccount}</strong>.
            </>
          }
        />
        <TextField
          label="First name"
          value={form.firstName}
          onChange={set('firstName')}
          invalid={invalid('firstName')}
          autoComplete="given-name"
        />
        <TextField
          label="Last name"
          value={form.lastName}
          onChange={set('lastName')}
          invalid={invalid('lastName')}
          autoComplete="family-name"
        />
        <TextField
          label="Contact email"
          type="email"
          value={form.email}
          onChange={set('email')}
          invalid={invalid('email')}
          autoComplete="email"
          hint="Where the Business Center sends passwords and notifications to you."
        />
        <TextField
          label="Password"
          type="password"
          value={form.password}
          onChange={set('password')}
          invalid={invalid('password')}
          autoComplete="new-password"
          hint="8 to 128 characters with letters and digits."
        />
        <TextField
          label="Confirm password"
          type="password"
          value={form.confirm}
          onChange={set('confirm')}
          invalid={invalid('confirm')}
          autoComplete="new-password"
        />
        <button type="submit" className="button primary" disabled={loading}>
          {loading ? 'Signing up…' : 'Sign up'}
        </button>
      </form>
    </section>
  );
}

function SignInForm({ token }: { token: string }) {
  const [workAccount, setWorkAccount] = useState('');
  const [password, setPassword] = useState('');
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const [signIn, { loading }] = useMutation(SignInMutation);
  const start = useStartSession();
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setProblem(null);
    try {
      const { data } = await signIn({
        variables: { input: { token, workAccount: workAccount.trim(), password } },
        context: { headers: SESSION_HEADER },
      });
      if (data) await start(data.signInFromInvitation);
    } catch (error) {
      setProblem(apiProblem(error));
    }
  };
  return (
    <section aria-labelledby="sign-in-heading">
      <h2 id="sign-in-heading">Sign in with your work account</h2>
      <p>
        Your organization already has a work account. Sign in with it to accept the invitation; a personal
        Microsoft account cannot be used.
      </p>
      <FormProblem problem={problem} />
      <form onSubmit={submit} noValidate>
        <TextField
          label="Work account"
          type="email"
          value={workAccount}
          onChange={setWorkAccount}
          invalid={problem?.field === 'workAccount'}
          autoComplete="username"
        />
        <TextField
          label="Password"
          type="password"
          value={password}
          onChange={setPassword}
          invalid={problem?.field === 'password' || problem?.code === 'UNAUTHENTICATED'}
          autoComplete="current-password"
        />
        <button type="submit" className="button primary" disabled={loading}>
          {loading ? 'Signing in…' : 'Sign in'}
        </button>
      </form>
    </section>
  );
}

/**
 * WEB-1 / ACC-2: where the welcome mail's "Get started now" link leads. The organization signs up for
 * its first work account on an initial domain, or, when it already has work accounts, signs in with
 * one; either way the session starts as with Sign in (refresh token in the cookie).
 */
export function InvitationPage() {
  const [params] = useSearchParams();
  const token = params.get('token') ?? '';
  const { data, error } = useQuery(InvitationQuery, { variables: { token }, skip: !token });
  const invitation = data?.invitation;
  return (
    <main id="main" className="sign-in-page">
      <div className="sign-in-card">
        <p className="brand brand-large">Business Center</p>
        <h1>Welcome to the Business Center</h1>
        {!token || error ? (
          <>
            <div className="form-error" role="alert">
              {token ? apiProblem(error).message : 'This invitation link is not valid.'}
            </div>
            <p className="help">
              The invitation link expires after 14 days and works once. Ask your partner to resend the
              invitation, or <Link to={ROUTES.signIn}>sign in</Link> if your organization is registered.
            </p>
          </>
        ) : !invitation ? (
          <Loading what="your invitation" />
        ) : (
          <>
            <p className="lead">
              {invitation.organizationName} is invited to the Business Center. The invitation was sent to{' '}
              {invitation.recipientEmail} and can be used until{' '}
              {formatInstantDay(String(invitation.expiresAt))}.
            </p>
            {invitation.nextStep === 'SIGN_UP' ? (
              <SignUpForm
                token={token}
                suffix={invitation.initialDomainSuffix}
                email={invitation.recipientEmail}
              />
            ) : (
              <SignInForm token={token} />
            )}
          </>
        )}
      </div>
    </main>
  );
}

/** The route loads the page lazily (App.tsx), which needs a default export. */
export default InvitationPage;
