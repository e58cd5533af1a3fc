import { type KeyboardEvent, useRef } from 'react';
import { useSearchParams } from 'react-router';
import { BenefitsTab } from '../benefits/BenefitsTab.tsx';
import { useMe } from '../shell/me-context.tsx';
import { Empty } from '../ui/states.tsx';
import { LicensesTab } from './LicensesTab.tsx';

const TABS = [
  { key: 'licenses', label: 'Licenses and Services' },
  { key: 'benefits', label: 'Software Assurance and Services Benefits' },
] as const;
type TabKey = (typeof TABS)[number]['key'];

/**
 * WEB-4: the Licenses, Services and Benefits page (Inventory → Manage my inventory), two tabs. The tab
 * is in the address (`?tab=benefits`), so a link, a reload and the back button keep it.
 */
export function InventoryPage() {
  const { can, organizationKind } = useMe();
  const [params, setParams] = useSearchParams();
  const current: TabKey = params.get('tab') === 'benefits' ? 'benefits' : 'licenses';
  const tabs = useRef<(HTMLButtonElement | null)[]>([]);

  const choose = (key: TabKey) => setParams(key === 'licenses' ? {} : { tab: key }, { replace: true });
  // The tabs pattern: arrow keys move between tabs, Home/End to the first/last.
  const onKeyDown = (event: KeyboardEvent, index: number) => {
    const moves: Record<string, number> = {
      ArrowRight: index + 1,
      ArrowLeft: index - 1,
      Home: 0,
      End: TABS.length - 1,
    };
    const to = moves[event.key];
    if (to === undefined) return;
    event.preventDefault();
    const next = (to + TABS.length) % TABS.length;
    choose(TABS[next]!.key);
    tabs.current[next]?.focus();
  };

  if (!can('VIEW_LICENSES') || organizationKind !== 'CUSTOMER')
    return (
      <>
        <h1>Licenses, Services and Benefits</h1>
        <Empty>
          Your role does not include viewing licenses. See My profile for your roles and permissions.
        </Empty>
      </>
    );
  return (
    <>
      <h1>Licenses, Services and Benefits</h1>
      <div className="tabs" role="tablist" aria-label="Inventory">
        {TABS.map((tab, index) => (
          <button
            key={tab.key}
            ref={(el) => {
              tabs.current[index] = el;
            }}
            type="button"
            role="tab"
            id={`tab-${tab.key}`}
            aria-selected={current === tab.key}
            aria-controls={`panel-${tab.key}`}
            tabIndex={current === tab.key ? 0 : -1}
            className="tab"
            onClick={() => choose(tab.key)}
            onKeyDown={(event) => onKeyDown(event, index)}
          >
            {tab.label}
          </button>
        ))}
      </div>
      <div role="tabpanel" id={`panel-${current}`} aria-labelledby={`tab-${current}`} className="tab-panel">
        {current === 'licenses' ? <LicensesTab /> : <BenefitsTab />}
      </div>
    </>
  );
}

/** The route loads the page lazily (App.tsx), which needs a default export. */
export default InventoryPage;
