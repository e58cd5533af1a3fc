import { describe, expect, it } from 'vitest';
import { type CatalogKind, catalog, findBySku } from './catalog-data.ts';

const software = catalog.filter((p) => p.kind === 'SOFTWARE');
const onlineServices = catalog.filter((p) => p.kind === 'ONLINE_SERVICE');
const editions = software.flatMap((p) => p.versions.flatMap((v) => v.editions));
const plans = onlineServices.flatMap((p) => p.plans);
const files = editions.flatMap((e) => e.files);

describe('INV-1 catalog data', () => {
  it('INV-1 SKUs are unique across editions and plans, and UPPERCASE', () => {
    const skus = [...editions.map((e) => e.sku), ...plans.map((p) => p.sku)];
    const duplicates = skus.filter((sku, i) => skus.indexOf(sku) !== i);
    expect(duplicates).toEqual([]);
    for (const sku of skus) expect(sku).toMatch(/^[A-Z0-9]+(-[A-Z0-9]+)*$/);
  });

  it('INV-1 product ids are unique slugs', () => {
    const ids = catalog.map((p) => p.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
  });

  it('INV-1 the catalog is reasonably rich', () => {
    expect(software.length).toBeGreaterThanOrEqual(12);
    expect(onlineServices.length).toBeGreaterThanOrEqual(6);
    expect(new Set(catalog.map((p) => p.family)).size).toBeGreaterThanOrEqual(5);
  });

  it.each(software.map((p) => [p.name, p] as const))(
    'INV-1 software %s has versions, editions and files, and no plans',
    (_name, product) => {
      expect(product.plans).toEqual([]);
      expect(product.manageUrl).toBeNull();
      expect(product.versions.length).toBeGreaterThan(0);
      expect(product.categories.length).toBeGreaterThan(0);
      for (const version of product.versions) {
        expect(version.editions.length).toBeGreaterThan(0);
        for (const edition of version.editions) {
          expect(edition.files.length).toBeGreaterThan(0);
          // One download per language and operating system, never the same pair twice.
          const pairs = edition.files.map((f) => `${f.language}|${f.os}`);
          expect(new Set(pairs).size).toBe(pairs.length);
        }
      }
    },
  );

  it.each(onlineServices.map((p) => [p.name, p] as const))(
    'INV-1 online service %s has plans and no versions',
    (_name, product) => {
      expect(product.versions).toEqual([]);
      expect(product.plans.length).toBeGreaterThan(0);
      expect(product.manageUrl).toMatch(/^https:\/\//);
      for (const plan of product.plans) {
        expect(Number.isInteger(plan.maxQuantity)).toBe(true);
        expect(plan.maxQuantity).toBeGreaterThan(0);
      }
    },
  );

  it.each([
    ['WIN-SRV-DC', 'SOFTWARE', 'windows-server', '2022', 'Datacenter'],
    ['WIN-SRV-STD', 'SOFTWARE', 'windows-server', '2022', 'Standard'],
    ['SQL-ENT', 'SOFTWARE', 'sql-server', '2022', 'Enterprise'],
    ['M365-E3', 'ONLINE_SERVICE', 'microsoft-365', null, 'E3'],
    ['O365-E1', 'ONLINE_SERVICE', 'office-365', null, 'E1'],
    ['O365-E3', 'ONLINE_SERVICE', 'office-365', null, 'E3'],
    ['EXCHANGE-P1', 'ONLINE_SERVICE', 'exchange-online', null, 'P1'],
  ] as const)('INV-1 required SKU %s resolves to a %s (%s %s %s)', (sku, kind, productId, version, name) => {
    const found = findBySku(sku);
    expect(found).not.toBeNull();
    expect(found!.product.kind).toBe<CatalogKind>(kind);
    expect(found!.product.id).toBe(productId);
    if (kind === 'SOFTWARE') {
      expect(found!.version?.version).toBe(version);
      expect(found!.edition?.edition).toBe(name);
      expect(found!.edition?.sku).toBe(sku);
      expect(found!.plan).toBeUndefined();
    } else {
      expect(found!.plan?.code).toBe(name);
      expect(found!.plan?.sku).toBe(sku);
      expect(found!.version).toBeUndefined();
      expect(found!.edition).toBeUndefined();
    }
  });

  it('INV-1 findBySku ignores case and surrounding spaces, and answers null for an unknown SKU', () => {
    expect(findBySku(' win-srv-dc ')?.edition?.sku).toBe('WIN-SRV-DC');
    expect(findBySku('NO-SUCH-SKU')).toBeNull();
    expect(findBySku('')).toBeNull();
  });

  it('INV-1 every edition and plan is found by its own SKU', () => {
    for (const edition of editions) expect(findBySku(edition.sku)?.edition).toBe(edition);
    for (const plan of plans) expect(findBySku(plan.sku)?.plan).toBe(plan);
  });

  it('INV-1 file languages are BCP-47-like tags, with plausible names and sizes', () => {
    for (const file of files) {
      expect(file.language).toMatch(/^[a-z]{2,3}-[A-Z]{2}$/);
      expect(file.os).toMatch(/^(Windows|Linux) (x64|ARM64)$/);
      expect(file.fileName).toMatch(/^\S+\.(ISO|zip|tar\.gz)$/);
      expect(Number.isInteger(file.sizeBytes)).toBe(true);
      expect(file.sizeBytes).toBeGreaterThan(100 * 1024 * 1024);
      expect(file.sizeBytes).toBeLessThan(10 * 1024 * 1024 * 1024);
    }
    expect(new Set(files.map((f) => f.language))).toEqual(new Set(['en-US', 'de-DE', 'fr-FR', 'ja-JP']));
  });

  it('INV-1 SQL Server offers Linux downloads', () => {
    const sqlEnterprise = findBySku('SQL-ENT')!.edition!;
    expect(sqlEnterprise.files.some((f) => f.os === 'Linux x64')).toBe(true);
  });

  it('INV-1 at least one online service cannot be self-provisioned, and software never is', () => {
    const notSelfProvisionable = onlineServices.filter((p) => !p.selfProvisionable).map((p) => p.id);
    expect(notSelfProvisionable).toEqual(
      expect.arrayContaining(['microsoft-azure', 'visual-studio-subscriptions']),
    );
    expect(onlineServices.some((p) => p.selfProvisionable)).toBe(true);
    expect(software.every((p) => !p.selfProvisionable)).toBe(true);
  });
});
