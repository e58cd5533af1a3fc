import { useQuery } from '@apollo/client/react';
import { useId, useState } from 'react';
import { graphql } from '../__generated__';
import { useMe } from '../shell/me-context.tsx';
import { ErrorState, Loading } from '../ui/states.tsx';
import { useCustomerId } from './acting.tsx';
import { BenefitUsers } from './BenefitUsers.tsx';
import { EligibleDomains } from './EligibleDomains.tsx';
import { TrainingVouchers } from './TrainingVouchers.tsx';
import { languageName } from './words.ts';

const BenefitDetailsQuery = graphql(`
  query BenefitDetails(
    $benefit: String!
    $purchasingAccountId: ID
    $users: Boolean!
    $customerId: ID
    $usersAfter: String
  ) {
    benefitDetails(benefit: $benefit, purchasingAccountId: $purchasingAccountId, customerId: $customerId) {
      benefit {
        code
        name
        usesEligibleDomains
      }
      administratorInstructions
      participantInstructions {
        language
        text
      }
      accessCode
      ...EligibleDomains_details
    }
    benefitUsers(benefit: $benefit, customerId: $customerId, first: 100, after: $usersAfter) @include(if: $users) {
      edges {
        node {
          id
          ...BenefitUsers_user
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

export const TRAINING_VOUCHERS = 'TRAINING_VOUCHERS';

/**
 * BEN-3..6: one benefit's details, loaded when its arrow is opened: the access code near the top, the
 * administrator's instructions, the instructions for participants (by language), then what the benefit
 * manages: eligible domains, users, training vouchers.
 */
export function BenefitDetails({
  code,
  managesUsers,
  purchasingAccountId,
  accounts,
}: {
  code: string;
  managesUsers: boolean;
  purchasingAccountId: string | null;
  accounts: { id: string; number: string; name: string }[];
}) {
  const { can } = useMe();
  const manage = can('MANAGE_BENEFITS');
  const customerId = useCustomerId();
  const languageId = useId();
  const [language, setLanguage] = useState<string | null>(null);
  const { data, error, refetch, fetchMore } = useQuery(BenefitDetailsQuery, {
    variables: { benefit: code, purchasingAccountId, users: managesUsers, customerId },
  });
  // The next 100 users are appended to those shown.
  const moreUsers = (usersAfter: string) =>
    fetchMore({
      variables: { usersAfter },
      updateQuery: (previous, { fetchMoreResult }) => ({
        ...fetchMoreResult,
        benefitUsers: fetchMoreResult.benefitUsers && {
          ...fetchMoreResult.benefitUsers,
          edges: [...(previous.benefitUsers?.edges ?? []), ...fetchMoreResult.benefitUsers.edges],
        },
      }),
    });
  if (error) return <ErrorState error={error} retry={() => void refetch()} />;
  if (!data) return <Loading what="the benefit's details" />;
  const d = data.benefitDetails;
  const instructions = d.participantInstructions;
  const chosen = instructions.find((i) => i.language === language) ?? instructions[0];
  const isVouchers = d.benefit.code === TRAINING_VOUCHERS;

  return (
    <div className="benefit-details">
      {d.benefit.usesEligibleDomains && (
        <p className="access-code">
          <span>Access Code</span>{' '}
          {d.accessCode ? (
            <strong>{d.accessCode}</strong>
          ) : (
            <span className="subtle-inline">appears after the first eligible domain name is added</span>
          )}
        </p>
      )}
      <h4>Instructions</h4>
      <p>{d.administratorInstructions}</p>
      {!isVouchers && chosen && (
        <>
          <h4>Instructions for participants</h4>
          {instructions.length > 1 && (
            <div className="field inline-field">
              <label htmlFor={languageId}>Select a language</label>
              <select id={languageId} value={chosen.language} onChange={(e) => setLanguage(e.target.value)}>
                {instructions.map((i) => (
                  <option key={i.language} value={i.language}>
                    {languageName(i.language)}
                  </option>
                ))}
              </select>
            </div>
          )}
          <blockquote className="instructions" lang={chosen.language}>
            {chosen.text}
          </blockquote>
        </>
      )}
      {d.benefit.usesEligibleDomains && <EligibleDomains benefit={code} details={d} manage={manage} />}
      {managesUsers && data.benefitUsers && (
        <BenefitUsers
          benefit={code}
          users={data.benefitUsers.edges.map((e) => e.node)}
          manage={manage}
          onMore={
            data.benefitUsers.pageInfo.hasNextPage
              ? () => void moreUsers(data.benefitUsers!.pageInfo.endCursor!)
              : undefined
          }
        />
      )}
      {isVouchers && (
        <TrainingVouchers
          purchasingAccountId={purchasingAccountId}
          accounts={accounts}
          languages={instructions.map((i) => i.language)}
          manage={manage}
        />
      )}
    </div>
  );
}
