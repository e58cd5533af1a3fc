import { useMutation } from '@apollo/client/react';
import { type FormEvent, useId, useState } from 'react';
import { graphql } from '../__generated__';
import { type ApiProblem, apiProblem } from '../ui/errors.ts';
import { FormProblem, SelectField, TextField } from '../ui/fields.tsx';
import { RoleChoice } from './RoleChoice.tsx';
import { type Caller, offersGlobalAdmin } from './roles.ts';

const AddUserMutation = graphql(`
  mutation AddUserFromPortal($input: AddUserInput!) {
    addUser(input: $input) {
      id
      displayName
      workAccount
      email
    }
  }
`);

export interface Added {
  displayName: string;
  workAccount: string;
  email: string;
}

const empty = (domain: string) => ({
  userId: '',
  domain,
  email: '',
  firstName: '',
  lastName: '',
  roles: [] as string[],
  globalAdmin: false,
});

/**
 * WEB-8, the guide's "How do I add a new user?": User ID, Domain, Password recipient email, names and
 * roles; "Enable as global admin" appears once User administrator is chosen. Submit, Submit and add
 * another user, or Cancel. A refused form keeps everything typed.
 */
export function AddUserForm({
  caller,
  grantable,
  domains,
  onAdded,
  onCancel,
}: {
  caller: Caller;
  grantable: readonly string[];
  domains: readonly string[];
  onAdded: (user: Added, another: boolean) => void;
  onCancel: () => void;
}) {
  const [form, setForm] = useState(() => empty(domains[0] ?? ''));
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const [addUser, { loading }] = useMutation(AddUserMutation);
  const headingId = useId();
  const set = (key: 'userId' | 'domain' | 'email' | 'firstName' | 'lastName') => (value: string) =>
    setForm((f) => ({ ...f, [key]: value }));
  const globalAdminOffered = offersGlobalAdmin(caller, form.roles);

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const another = (event.nativeEvent as SubmitEvent).submitter?.getAttribute('value') === 'another';
    setProblem(null);
    if (form.roles.length === 0) {
      setProblem({ message: 'Choose at least one role.', field: 'roles' });
      return;
    }
    try {
      const { data } = await addUser({
        variables: {
          input: {
            userId: form.userId.trim(),
            domain: form.domain,
            email: form.email.trim(),
            firstName: form.firstName.trim(),
            lastName: form.lastName.trim(),
            roles: form.roles as never,
            globalAdmin: globalAdminOffered && form.globalAdmin,
          },
        },
      });
      if (!data) return;
      if (another) setForm(empty(form.domain));
      onAdded(data.addUser, another);
    } catch (error) {
      setProblem(apiProblem(error));
    }
  };
  const invalid = (field: string) => problem?.field === field;
  return (
    <section className="panel" aria-labelledby={headingId}>
      <h2 id={headingId}>Add user</h2>
      <FormProblem problem={problem} />
      <form onSubmit={submit} noValidate className="form-grid">
        <TextField
          label="User ID"
          value={form.userId}
          onChange={set('userId')}
          invalid={invalid('userId')}
          hint='Usually the user name in their email address, for example "taitoy".'
        />
        <SelectField
          label="Domain"
          value={form.domain}
          onChange={set('domain')}
          options={domains.map((d) => ({ value: d, label: d }))}
        />
        <TextField
          label="Password recipient email"
          type="email"
          value={form.email}
          onChange={set('email')}
          invalid={invalid('email')}
          hint="The password and other information go to this address; it is usually not the work account."
        />
        <TextField
          label="First name"
          value={form.firstName}
          onChange={set('firstName')}
          invalid={invalid('firstName')}
        />
        <TextField
          label="Last name"
          value={form.lastName}
          onChange={set('lastName')}
          invalid={invalid('lastName')}
        />
        <p className="hint form-wide">
          Work account: <strong>{`${form.userId.trim() || 'userid'}@${form.domain}`}</strong>
        </p>
        <RoleChoice
          legend="Roles"
          offered={grantable}
          chosen={form.roles}
          onChange={(roles) => setForm((f) => ({ ...f, roles }))}
          invalid={invalid('roles')}
        />
        {globalAdminOffered && (
          <div className="field checkbox form-wide">
            <label>
              <input
                type="checkbox"
                checked={form.globalAdmin}
                onChange={(e) => setForm((f) => ({ ...f, globalAdmin: e.target.checked }))}
              />{' '}
              Enable as global admin
            </label>
            <p className="hint">
              A global admin may create new users. User administrators without it can only assign roles to
              existing users.
            </p>
          </div>
        )}
        <div className="actions form-wide">
          <button type="submit" className="button primary inline" value="submit" disabled={loading}>
            Submit
          </button>
          <button type="submit" className="button secondary" value="another" disabled={loading}>
            Submit and add another user
          </button>
          <button type="button" className="button secondary" onClick={onCancel}>
            Cancel
          </button>
        </div>
      </form>
    </section>
  );
}
