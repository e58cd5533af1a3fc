import { describe, expect, it } from 'vitest';
import { productDisplayName, repeatsAWord } from './display-name.ts';

describe('INV-1 product display names', () => {
  it.each([
    // [product, version, edition, display name]
    ['Windows Server', '2022', 'Datacenter', 'Windows Server 2022 Datacenter'],
    ['Exchange Online', null, 'Exchange Online (Plan 1)', 'Exchange Online (Plan 1)'],
    ['SharePoint Server', '2019', 'Server', 'SharePoint Server 2019'],
    [
      'SharePoint Server',
      'Subscription Edition',
      'Subscription Edition',
      'SharePoint Server Subscription Edition',
    ],
    ['Microsoft Azure', null, 'Azure plan', 'Microsoft Azure plan'],
    [
      'Visual Studio subscriptions',
      null,
      'Visual Studio Professional subscription',
      'Visual Studio Professional subscription',
    ],
    ['Windows 11 Enterprise', '23H2', 'Enterprise', 'Windows 11 Enterprise 23H2'],
    // An item outside the catalog carries its order line's name as product and edition.
    ['Custom Tool', '', 'Custom Tool', 'Custom Tool'],
    ['  Visio ', ' 2024 ', ' Standard  ', 'Visio 2024 Standard'],
    ['Project', undefined, undefined, 'Project'],
  ])('INV-1 %s + %s + %s reads "%s"', (product, version, edition, expected) => {
    const name = productDisplayName({ product, version, edition });
    expect(name).toBe(expected);
    expect(repeatsAWord(name)).toBe(false);
  });

  it('INV-1 words compare without case, surrounding punctuation or a plural s', () => {
    expect(productDisplayName({ product: 'Power BI', edition: 'power bi Pro' })).toBe('power bi Pro');
    expect(productDisplayName({ product: 'Foo Service', edition: '(Services) Plus' })).toBe(
      'Foo Service Plus',
    );
    expect(repeatsAWord('Exchange Online Exchange Online (Plan 1)')).toBe(true);
    expect(repeatsAWord('Office LTSC 2024 Standard')).toBe(false);
  });
});
