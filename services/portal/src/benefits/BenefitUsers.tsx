import { useMutation } from '@apollo/client/react';
import { type FormEvent, useId, useState } from 'react';
import { type FragmentType, getFragmentData, graphql } from '../__generated__';
import { type ApiProblem, apiProblem } from '../ui/errors.ts';
import { FormProblem } from '../ui/fields.tsx';
import { useCustomerId } from './acting.tsx';

const BenefitUsersUser = graphql(`
  fragment BenefitUsers_user on BenefitUser {
    id
    name
    email
  }
`);

const AddBenefitUser = graphql(`
  mutation AddBenefitUser($input: AddBenefitUserInput!) {
    addBenefitUser(input: $input) {
      id
    }
  }
`);

const EditBenefitUser = graphql(`
  mutation EditBenefitUser($input: EditBenefitUserInput!) {
    editBenefitUser(input: $input) {
      id
      name
      email
    }
  }
`);

const DeleteBenefitUser = graphql(`
  mutation DeleteBenefitUser($id: ID!, $customerId: ID) {
    deleteBenefitUser(id: $id, customerId: $customerId)
  }
`);

const ResendBenefitInstructions = graphql(`
  mutation ResendBenefitInstructions($id: ID!, $customerId: ID) {
    resendBenefitInstructions(id: $id, customerId: $customerId) {
      id
    }
  }
`);

/** BEN-5: the users of a benefit that manages users; adding one sends them the instructions. */
export function BenefitUsers({
  benefit,
  users,
  manage,
  onMore,
}: {
  benefit: string;
  users: FragmentType<typeof BenefitUsersUser>[];
  manage: boolean;
  /** Loads the next page of users; absent when all are shown. */
  onMore?: () => void;
}) {
  const customerId = useCustomerId();
  const list = users.map((u) => getFragmentData(BenefitUsersUser, u));
  /** 'new', the id of the user being edited, or null. */
  const [editing, setEditing] = useState<string | null>(null);
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const options = { refetchQueries: ['BenefitDetails'], awaitRefetchQueries: true };
  const [add, addState] = useMutation(AddBenefitUser, options);
  const [edit, editState] = useMutation(EditBenefitUser);
  const [remove] = useMutation(DeleteBenefitUser, options);
  const [resend] = useMutation(ResendBenefitInstructions);

  const run = async (action: () => Promise<unknown>, done: string) => {
    setProblem(null);
    setNotice(null);
    try {
      await action();
      setNotice(done);
      return true;
    } catch (error) {
      setProblem(apiProblem(error));
      return false;
    }
  };
  const save = async (form: UserFields) => {
    const fields = { name: form.name.trim(), email: form.email.trim() };
    const saved =
      editing === 'new'
        ? await run(
            () => add({ variables: { input: { benefit, ...fields, customerId } } }),
            `${fields.name} was added and sent the instructions.`,
          )
        : await run(
            () => edit({ variables: { input: { id: editing!, ...fields, customerId } } }),
            `${fields.name} was saved.`,
          );
    if (saved) setEditing(null);
  };
  const editedUser = list.find((u) => u.id === editing);

  return (
    <section aria-label="Benefit users" className="sub-section">
      <div className="sub-heading">
        <h4>Benefit users</h4>
        {manage && editing === null && (
          <button type="button" className="button secondary small" onClick={() => setEditing('new')}>
            Add user
          </button>
        )}
      </div>
      {notice && (
        <p className="notice compact" role="status">
          {notice}
        </p>
      )}
      {!editing && <FormProblem problem={problem} />}
      {manage && editing && (
        <UserForm
          key={editing}
          title={editedUser ? `Edit user ${editedUser.name}` : 'Add user'}
          submitLabel={editedUser ? 'Save' : 'Add user'}
          initial={editedUser ?? { name: '', email: '' }}
          problem={problem}
          busy={addState.loading || editState.loading}
          onSubmit={save}
          onCancel={() => {
            setEditing(null);
            setProblem(null);
          }}
        />
      )}
      {list.length === 0 ? (
        <p className="subtle-inline">No users yet.</p>
      ) : (
        <div className="table-scroll">
          <table>
            <caption className="visually-hidden">Benefit users</caption>
            <thead>
              <tr>
                <th scope="col">Name</th>
                <th scope="col">Email address</th>
                {manage && <th scope="col">Actions</th>}
              </tr>
            </thead>
            <tbody>
              {list.map((u) => (
                <tr key={u.id}>
                  <th scope="row">{u.name}</th>
                  <td>{u.email}</td>
                  {manage && (
                    <td className="actions">
                      <button
                        type="button"
                        className="button secondary small"
                        onClick={() => {
                          setProblem(null);
                          setEditing(u.id);
                        }}
                      >
                        Edit user<span className="visually-hidden"> {u.name}</span>
                      </button>
                      <button
                        type="button"
                        className="button secondary small"
                        onClick={() =>
                          void run(
                            () => resend({ variables: { id: u.id, customerId } }),
                            `The instructions were sent to ${u.email} again.`,
                          )
                        }
                      >
                        Resend instructions<span className="visually-hidden"> to {u.name}</span>
                      </button>
                      <button
                        type="button"
                        className="button secondary small"
                        onClick={() =>
                          void run(
                            () => remove({ variables: { id: u.id, customerId } }),
                            `${u.name} was deleted.`,
                          )
                        }
                      >
                        Delete user<span className="visually-hidden"> {u.name}</span>
                      </button>
                    </td>
                  )}
                </tr>
              ))}
            </tbody>
          </table>
          {onMore && (
            <button type="button" className="button secondary" onClick={onMore}>
              Show more users
            </button>
          )}
        </div>
      )}
    </section>
  );
}

interface UserFields {
  name: string;
  email: string;
}

/** Add user / Edit user: what was typed stays when the server refuses it (WEB-11). */
function UserForm({
  title,
  submitLabel,
  initial,
  problem,
  busy,
  onSubmit,
  onCancel,
}: {
  title: string;
  submitLabel: string;
  initial: UserFields;
  problem: ApiProblem | null;
  busy: boolean;
  onSubmit: (form: UserFields) => Promise<void>;
  onCancel: () => void;
}) {
  const ids = { name: useId(), email: useId(), hint: useId() };
  const [form, setForm] = useState<UserFields>({ name: initial.name, email: initial.email });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    void onSubmit(form);
  };
  return (
    <form onSubmit={submit} noValidate className="inline-form" aria-label={title}>
      <FormProblem problem={problem} />
      <div className="field">
        <label htmlFor={ids.name}>Name</label>
        <input
          id={ids.name}
          value={form.name}
          aria-invalid={problem?.field === 'name' ? true : undefined}
          onChange={(e) => setForm({ ...form, name: e.target.value })}
        />
      </div>
      <div className="field">
        <label htmlFor={ids.email}>Email address</label>
        <input
          id={ids.email}
          type="email"
          value={form.email}
          aria-describedby={ids.hint}
          aria-invalid={problem?.field === 'email' ? true : undefined}
          onChange={(e) => setForm({ ...form, email: e.target.value })}
        />
        <p className="hint" id={ids.hint}>
          On one of the eligible domain names.
        </p>
      </div>
      <div className="form-buttons">
        <button type="submit" className="button primary auto" disabled={busy}>
          {submitLabel}
        </button>
        <button type="button" className="button secondary" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
