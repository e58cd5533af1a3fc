import { type FragmentType, getFragmentData, graphql } from '../__generated__';
import { formatNumber, humanize } from '../ui/format.ts';
import { Empty } from '../ui/states.tsx';

const BenefitsSummaryGroup = graphql(`
  fragment BenefitsSummary_group on BenefitGroup {
    productGroup
    benefits {
      entitled
      used
      available
      benefit {
        code
        name
        unit
      }
    }
  }
`);

/** WEB-3: the benefits summary: what each product group entitles, and what is still available. */
export function BenefitsSummary({ groups }: { groups: FragmentType<typeof BenefitsSummaryGroup>[] }) {
  const list = groups.map((g) => getFragmentData(BenefitsSummaryGroup, g));
  return (
    <section className="panel" aria-labelledby="benefits-heading">
      <div className="panel-heading">
        <h2 id="benefits-heading">Software Assurance and Services Benefits</h2>
      </div>
      {list.length === 0 ? (
        <Empty>
          No Software Assurance benefits for this account. Benefits come with licenses that include Software
          Assurance.
        </Empty>
      ) : (
        list.map((group) => (
          <div key={group.productGroup} className="benefit-group">
            <h3>{group.productGroup}</h3>
            <ul className="benefit-list">
              {group.benefits.map(({ benefit, entitled, available }) => (
                <li key={benefit.code}>
                  <span>{benefit.name}</span>
                  <span className="subtle">
                    {entitled == null
                      ? 'Included'
                      : `${formatNumber(available ?? 0)} of ${formatNumber(entitled)} ${humanize(benefit.unit).toLowerCase()} available`}
                  </span>
                </li>
              ))}
            </ul>
          </div>
        ))
      )}
    </section>
  );
}
