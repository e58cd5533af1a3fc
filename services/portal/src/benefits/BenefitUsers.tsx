import { useMutation } from '@apollo/client/react';
import { type FormEvent, useId, useState } from 'react';
import { type FragmentType, getFragmentData, graphql } from '../__generated__';
import { type ApiProblem, apiProblem } from '../ui/errors.ts';
import { FormProblem } from './FormProblem.tsx';

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

const DeleteBenefitUser = graphql(`
  mutation DeleteBenefitUser($id: ID!) {
    deleteBenefitUser(id: $id)
  }
`);

const ResendBenefitInstructions = graphql(`
  mutation ResendBenefitInstructions($id: ID!) {
    resendBenefitInstructions(id: $id) {
      id
    }
  }
`);

/** BEN-5: the users of a benefit that manages users; adding one sends them the instructions. */
export function BenefitUsers({
  benefit,
  users,
  manage,
}: {
  benefit: string;
  users: FragmentType<typeof BenefitUsersUser>[];
  manage: boolean;
}) {
  const list = users.map((u) => getFragmentData(BenefitUsersUser, u));
  const ids = { name: useId(), email: useId() };
  const [adding, setAdding] = useState(false);
  const [form, setForm] = useState({ name: '', email: '' });
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const options = { refetchQueries: ['BenefitDetails'], awaitRefetchQueries: true };
  const [add, addState] = useMutation(AddBenefitUser, options);
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
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const input = { benefit, name: form.name.trim(), email: form.email.trim() };
    if (
      await run(() => add({ variables: { input } }), `${input.name} was added and sent the instructions.`)
    ) {
      setForm({ name: '', email: '' });
      setAdding(false);
    }
  };

  return (
    <section aria-label="Benefit users" className="sub-section">
      <div className="sub-heading">
        <h4>Benefit users</h4>
        {manage && !adding && (
          <button type="button" className="button secondary small" onClick={() => setAdding(true)}>
            Add user
          </button>
        )}
      </div>
      {notice && (
        <p className="notice compact" role="status">
          {notice}
        </p>
      )}
      <FormProblem problem={problem} />
      {manage && adding && (
        <form onSubmit={submit} noValidate className="inline-form" aria-label="Add user">
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
              aria-invalid={problem?.field === 'email' ? true : undefined}
              onChange={(e) => setForm({ ...form, email: e.target.value })}
            />
            <p className="hint">On one of the eligible domain names.</p>
          </div>
          <div className="form-buttons">
            <button type="submit" className="button primary auto" disabled={addState.loading}>
              Add user
            </button>
            <button type="button" className="button secondary" onClick={() => setAdding(false)}>
              Cancel
            </button>
          </div>
        </form>
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
                        onClick={() =>
                          void run(
                            () => resend({ variables: { id: u.id } }),
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
                          void run(() => remove({ variables: { id: u.id } }), `${u.name} was deleted.`)
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
        </div>
      )}
    </section>
  );
}
