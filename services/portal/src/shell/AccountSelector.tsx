import { useQuery } from '@apollo/client/react';
import { useEffect, useId } from 'react';
import { graphql } from '../__generated__';
import { ALL_ACCOUNTS, useAccountSelection } from './account-selection.tsx';

const AccountSelectorQuery = graphql(`
  query AccountSelector {
    purchasingAccounts(first: 100) {
      edges {
        node {
          id
          number
          name
        }
      }
    }
  }
`);

/** WEB-2: the Account selector at the top right; one purchasing account is selected for you. */
export function AccountSelector() {
  const id = useId();
  const { selected, select } = useAccountSelection();
  const { data, error } = useQuery(AccountSelectorQuery);
  const accounts = data?.purchasingAccounts.edges.map((e) => e.node) ?? [];
  const only = accounts.length === 1 ? accounts[0]!.id : null;
  const known = accounts.some((a) => a.id === selected);

  useEffect(() => {
    if (!data) return;
    if (only && selected !== only) select(only);
    // A remembered account that is gone (another user on this browser): back to All.
    else if (!only && selected !== ALL_ACCOUNTS && !known) select(ALL_ACCOUNTS);
  }, [data, only, known, selected, select]);

  if (error) return null;
  return (
    <div className="account-selector">
      <label htmlFor={id}>Account</label>
      <select
        id={id}
        value={known ? selected : ALL_ACCOUNTS}
        disabled={!data || accounts.length < 2}
        onChange={(event) => select(event.target.value)}
      >
        {accounts.length !== 1 && <option value={ALL_ACCOUNTS}>All</option>}
        {accounts.map((account) => (
          <option key={account.id} value={account.id}>
            {account.name} ({account.number})
          </option>
        ))}
      </select>
    </div>
  );
}
