import { useMutation } from '@apollo/client/react';
import { type FormEvent, useState } from 'react';
import { type FragmentType, getFragmentData, graphql } from '../__generated__';
import { type ApiProblem, apiProblem } from '../ui/errors.ts';
import { FormProblem, TextField } from '../ui/fields.tsx';

const AccountEditorAccount = graphql(`
  fragment AccountEditor_account on PurchasingAccount {
    id
    number
    name
    location
    address {
      line1
      line2
      city
      region
      postalCode
      country
    }
    contacts {
      name
      email
      phone
      role
    }
  }
`);

const UpdateAccountMutation = graphql(`
  mutation UpdatePurchasingAccount($input: UpdatePurchasingAccountInput!) {
    updatePurchasingAccount(input: $input) {
      id
      ...AccountEditor_account
    }
  }
`);

interface AddressForm {
  line1: string;
  line2: string;
  city: string;
  region: string;
  postalCode: string;
  country: string;
}

interface ContactForm {
  name: string;
  email: string;
  phone: string;
  role: string;
}

const orNull = (value: string) => value.trim() || null;

function useSave(accountId: string, done: () => void) {
  const [update, { loading }] = useMutation(UpdateAccountMutation);
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const save = async (input: { address?: object; contacts?: object[] }) => {
    setProblem(null);
    try {
      await update({ variables: { input: { id: accountId, ...input } as never } });
      done();
    } catch (error) {
      setProblem(apiProblem(error));
    }
  };
  return { save, loading, problem };
}

function AddressEditor({ id, address, done }: { id: string; address: AddressForm; done: () => void }) {
  const [form, setForm] = useState(address);
  const { save, loading, problem } = useSave(id, done);
  const set = (key: keyof AddressForm) => (value: string) => setForm((f) => ({ ...f, [key]: value }));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    void save({
      address: {
        line1: form.line1.trim(),
        line2: orNull(form.line2),
        city: form.city.trim(),
        region: orNull(form.region),
        postalCode: form.postalCode.trim(),
        country: form.country.trim().toUpperCase(),
      },
    });
  };
  const invalid = (field: string) => problem?.field === `address.${field}`;
  return (
    <form onSubmit={submit} noValidate className="form-grid">
      <div className="form-wide">
        <FormProblem problem={problem} />
      </div>
      <TextField
        label="Address line 1"
        value={form.line1}
        onChange={set('line1')}
        invalid={invalid('line1')}
      />
      <TextField
        label="Address line 2"
        value={form.line2}
        onChange={set('line2')}
        invalid={invalid('line2')}
      />
      <TextField label="City" value={form.city} onChange={set('city')} invalid={invalid('city')} />
      <TextField
        label="State or region"
        value={form.region}
        onChange={set('region')}
        invalid={invalid('region')}
      />
      <TextField
        label="Postal code"
        value={form.postalCode}
        onChange={set('postalCode')}
        invalid={invalid('postalCode')}
      />
      <TextField
        label="Country"
        value={form.country}
        onChange={set('country')}
        invalid={invalid('country')}
        hint="Two-letter code, e.g. US"
      />
      <div className="actions form-wide">
        <button type="submit" className="button primary inline" disabled={loading}>
          Save
        </button>
        <button type="button" className="button secondary" onClick={done}>
          Cancel
        </button>
      </div>
    </form>
  );
}

function ContactsEditor({ id, contacts, done }: { id: string; contacts: ContactForm[]; done: () => void }) {
  const [rows, setRows] = useState(contacts);
  const { save, loading, problem } = useSave(id, done);
  const set = (index: number, key: keyof ContactForm) => (value: string) =>
    setRows((all) => all.map((row, i) => (i === index ? { ...row, [key]: value } : row)));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    void save({
      contacts: rows.map((c) => ({
        name: c.name.trim(),
        email: c.email.trim(),
        phone: orNull(c.phone),
        role: c.role.trim(),
      })),
    });
  };
  return (
    <form onSubmit={submit} noValidate>
      <FormProblem problem={problem} />
      {rows.map((row, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: rows have no id; their position is their identity here
        <fieldset key={i} className="contact-fieldset form-grid">
          <legend>Contact {i + 1}</legend>
          <TextField label="Name" value={row.name} onChange={set(i, 'name')} />
          <TextField label="Email" type="email" value={row.email} onChange={set(i, 'email')} />
          <TextField label="Phone" type="tel" value={row.phone} onChange={set(i, 'phone')} />
          <TextField label="Role" value={row.role} onChange={set(i, 'role')} hint="For example, Purchasing" />
          {rows.length > 1 && (
            <div className="form-wide">
              <button
                type="button"
                className="link-button edit"
                onClick={() => setRows((all) => all.filter((_, j) => j !== i))}
              >
                Remove contact {i + 1}
              </button>
            </div>
          )}
        </fieldset>
      ))}
      <div className="actions">
        <button
          type="button"
          className="button secondary"
          onClick={() => setRows((all) => [...all, { name: '', email: '', phone: '', role: '' }])}
        >
          Add contact
        </button>
        <button type="submit" className="button primary inline" disabled={loading}>
          Save
        </button>
        <button type="button" className="button secondary" onClick={done}>
          Cancel
        </button>
      </div>
    </form>
  );
}

/**
 * AGR-4: the purchasing account under an agreement. "Select the edit icon next to the relevant field,
 * edit the information, and then select Save": the address and the contacts, each on its own.
 */
export function AccountEditor({
  account,
  editable,
}: {
  account: FragmentType<typeof AccountEditorAccount>;
  editable: boolean;
}) {
  const a = getFragmentData(AccountEditorAccount, account);
  const [editing, setEditing] = useState<'address' | 'contacts' | null>(null);
  const address: AddressForm = {
    ...a.address,
    line2: a.address.line2 ?? '',
    region: a.address.region ?? '',
  };
  const editButton = (what: 'address' | 'contacts', label: string) =>
    editable &&
    editing === null && (
      <button type="button" className="button secondary" onClick={() => setEditing(what)}>
        Edit<span className="visually-hidden"> {label}</span>
      </button>
    );
  return (
    <section className="panel account-panel" aria-labelledby="account-heading">
      <h2 id="account-heading">
        Purchasing account {a.name} <span className="subtle">{a.number}</span>
      </h2>
      <div className="panel-heading">
        <h3>Address</h3>
        {editButton('address', 'address')}
      </div>
      {editing === 'address' ? (
        <AddressEditor id={a.id} address={address} done={() => setEditing(null)} />
      ) : (
        <address>
          {a.address.line1}
          <br />
          {a.address.line2 && (
            <>
              {a.address.line2}
              <br />
            </>
          )}
          {a.address.postalCode} {a.address.city}
          {a.address.region ? `, ${a.address.region}` : ''}
          <br />
          {a.address.country}
        </address>
      )}
      <div className="panel-heading">
        <h3>Contacts</h3>
        {editButton('contacts', 'contacts')}
      </div>
      {editing === 'contacts' ? (
        <ContactsEditor
          id={a.id}
          contacts={a.contacts.map((c) => ({ ...c, phone: c.phone ?? '' }))}
          done={() => setEditing(null)}
        />
      ) : (
        <ul className="contact-list">
          {a.contacts.map((c) => (
            <li key={`${c.email}-${c.role}`}>
              <strong>{c.name}</strong> ({c.role}) <a href={`mailto:${c.email}`}>{c.email}</a>
              {c.phone ? ` · ${c.phone}` : ''}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
