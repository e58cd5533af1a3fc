import { repeatsAWord } from '@bc/contracts';
import { describe, expect, it } from 'vitest';
import { catalog, findBySku } from './catalog-data.ts';
import { catalogDisplayName, itemDisplayName } from './display-name.ts';

/** Every SKU of the catalog and the name mail, reports and the API show for it. */
const expected: Record<string, string> = {
  'WIN-SRV-STD': 'Windows Server 2022 Standard',
  'WIN-SRV-DC': 'Windows Server 2022 Datacenter',
  'WIN-SRV-2019-STD': 'Windows Server 2019 Standard',
  'WIN-SRV-2019-DC': 'Windows Server 2019 Datacenter',
  'SQL-STD': 'SQL Server 2022 Standard',
  'SQL-ENT': 'SQL Server 2022 Enterprise',
  'SQL-2019-STD': 'SQL Server 2019 Standard',
  'SQL-2019-ENT': 'SQL Server 2019 Enterprise',
  'OFFICE-LTSC-PP-2024': 'Office LTSC 2024 Professional Plus',
  'OFFICE-LTSC-STD-2024': 'Office LTSC 2024 Standard',
  'OFFICE-LTSC-PP-2021': 'Office LTSC 2021 Professional Plus',
  'WIN11-ENT-24H2': 'Windows 11 Enterprise 24H2',
  'WIN11-ENT-LTSC-2024': 'Windows 11 Enterprise 24H2 LTSC 2024',
  'WIN11-ENT-23H2': 'Windows 11 Enterprise 23H2',
  'VS-PRO-2022': 'Visual Studio 2022 17.12 Professional',
  'VS-ENT-2022': 'Visual Studio 2022 17.12 Enterprise',
  'EXCH-SE-STD': 'Exchange Server Subscription Edition Standard',
  'EXCH-SE-ENT': 'Exchange Server Subscription Edition Enterprise',
  'EXCH-2019-STD': 'Exchange Server 2019 Standard',
  'SP-SE': 'SharePoint Server Subscription Edition',
  'SP-2019': 'SharePoint Server 2019',
  'SC-2022-STD': 'System Center 2022 Standard',
  'SC-2022-DC': 'System Center 2022 Datacenter',
  'PROJECT-PRO-2024': 'Project 2024 Professional',
  'PROJECT-STD-2024': 'Project 2024 Standard',
  'PROJECT-PRO-2021': 'Project 2021 Professional',
  'VISIO-PRO-2024': 'Visio 2024 Professional',
  'VISIO-STD-2024': 'Visio 2024 Standard',
  'D365-BC-ESS': 'Dynamics 365 Business Central on-premises 2024 release wave 2 (v25) Essentials',
  'D365-BC-PREM': 'Dynamics 365 Business Central on-premises 2024 release wave 2 (v25) Premium',
  'BIZTALK-2020-STD': 'BizTalk Server 2020 Standard',
  'BIZTALK-2020-ENT': 'BizTalk Server 2020 Enterprise',
  'M365-E3': 'Microsoft 365 E3',
  'M365-E5': 'Microsoft 365 E5',
  'M365-BP': 'Microsoft 365 Business Premium',
  'O365-E1': 'Office 365 E1',
  'O365-E3': 'Office 365 E3',
  'O365-E5': 'Office 365 E5',
  'EXCHANGE-P1': 'Exchange Online (Plan 1)',
  'EXCHANGE-P2': 'Exchange Online (Plan 2)',
  'D365-SALES-PRO': 'Dynamics 365 Sales Professional',
  'D365-SALES-ENT': 'Dynamics 365 Sales Enterprise',
  'PBI-PRO': 'Power BI Pro',
  'PBI-PPU': 'Power BI Premium Per User',
  'AZURE-PLAN': 'Microsoft Azure plan',
  'VS-SUB-PRO': 'Visual Studio Professional subscription',
  'VS-SUB-ENT': 'Visual Studio Enterprise subscription',
};

const skus = catalog.flatMap((p) => [
  ...p.versions.flatMap((v) => v.editions.map((e) => e.sku)),
  ...p.plans.map((plan) => plan.sku),
]);

describe('INV-1 display names over the whole catalog', () => {
  it('INV-1 the table names every SKU of the catalog, no more', () => {
    expect(Object.keys(expected).sort()).toEqual([...skus].sort());
  });

  it.each(skus)('INV-1 %s: product, version, edition once each, no word twice', (sku) => {
    const name = catalogDisplayName(findBySku(sku)!);
    expect(name).toBe(expected[sku]);
    expect(repeatsAWord(name)).toBe(false);
  });

  it('INV-1 no two SKUs share a display name', () => {
    const names = skus.map((sku) => catalogDisplayName(findBySku(sku)!));
    expect(new Set(names).size).toBe(names.length);
  });

  it('INV-1 a product name never names one edition among its siblings (the edition would read twice or contradict it)', () => {
    // "Office LTSC Professional Plus" with a "Standard" edition read "… Professional Plus 2024 Standard".
    const lower = (s: string) => s.toLowerCase();
    for (const product of catalog)
      for (const version of product.versions) {
        const inName = version.editions.filter((e) => lower(product.name).includes(lower(e.edition)));
        for (const named of inName)
          for (const sibling of version.editions)
            expect(lower(sibling.edition), `${product.name} ${version.version}`).toContain(
              lower(named.edition),
            );
      }
  });

  it('INV-2 items use the catalog name by SKU, and their stored names outside the catalog', () => {
    expect(
      itemDisplayName({
        sku: 'OFFICE-LTSC-STD-2024',
        product: 'Office LTSC Professional Plus',
        version: '2024',
        edition: 'Standard',
      }),
    ).toBe('Office LTSC 2024 Standard');
    expect(itemDisplayName({ sku: 'X-1', product: 'Legacy Tool', version: '', edition: 'Legacy Tool' })).toBe(
      'Legacy Tool',
    );
  });
});
