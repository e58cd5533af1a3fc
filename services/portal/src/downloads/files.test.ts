import { describe, expect, it } from 'vitest';
import {
  categoriesOf,
  fileKey,
  formatSize,
  inCategories,
  languageName,
  orderFiles,
  parseFileKey,
} from './files.ts';

describe('WEB-6 downloads: files and categories', () => {
  it('WEB-6 WEB-12 languages and sizes read in the browser locale', () => {
    expect(languageName('de-DE', 'en-US')).toBe('German (Germany)');
    expect(languageName('de-DE', 'de-DE')).toBe('Deutsch (Deutschland)');
    expect(languageName('not a tag', 'en-US')).toBe('not a tag');
    expect(formatSize(4.7 * 1024 ** 3, 'en-US')).toBe('4.7 GB');
    expect(formatSize(512 * 1024 ** 2, 'de-DE')).toMatch(/^512\sMB$/);
    expect(formatSize(1.25 * 1024 ** 3, 'de-DE')).toMatch(/^1,3\sGB$/);
  });

  it('WEB-6 a file choice keeps language and operating system, whatever characters they hold', () => {
    const file = { language: 'en-US', os: 'Windows x64, "ARM"|64' };
    expect(parseFileKey(fileKey(file))).toEqual(file);
  });

  it('WEB-6 the Files list starts with the browser language, then by language name and system', () => {
    const files = [
      { language: 'fr-FR', os: 'Windows x64', sizeBytes: 1 },
      { language: 'en-US', os: 'Windows x86', sizeBytes: 1 },
      { language: 'de-DE', os: 'Windows x64', sizeBytes: 1 },
      { language: 'en-US', os: 'Windows x64', sizeBytes: 1 },
    ];
    expect(orderFiles(files, 'de-AT', 'en-US').map((f) => `${f.language} ${f.os}`)).toEqual([
      'de-DE Windows x64',
      'en-US Windows x64',
      'en-US Windows x86',
      'fr-FR Windows x64',
    ]);
  });

  it('WEB-6 checked categories narrow the list to products in any of them; none checked shows all', () => {
    const products = [
      { name: 'Windows Server', categories: ['Servers', 'Operating Systems'] },
      { name: 'Visio', categories: ['Applications', 'Diagramming'] },
      { name: 'Windows 11', categories: ['Operating Systems', 'Desktop'] },
    ];
    expect(categoriesOf(products)).toEqual([
      'Applications',
      'Desktop',
      'Diagramming',
      'Operating Systems',
      'Servers',
    ]);
    const names = (checked: string[]) =>
      products.filter((p) => inCategories(p, new Set(checked))).map((p) => p.name);
    expect(names([])).toEqual(['Windows Server', 'Visio', 'Windows 11']);
    expect(names(['Servers'])).toEqual(['Windows Server']);
    expect(names(['Servers', 'Desktop'])).toEqual(['Windows Server', 'Windows 11']);
  });
});
