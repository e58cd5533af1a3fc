import { readFileSync } from 'node:fs';
import { services } from '@bc/system';
import { descriptionGaps } from './lib/descriptions.ts';

/**
 * `pnpm check:descriptions`: lists each type, field, argument and enum value of the services' SDLs
 * without a description, or whose description names a requirement ID (scripts/lib/descriptions.ts).
 * Exits 1 while any is left; `--summary` prints only the counts.
 */
const gaps = descriptionGaps(
  services.map((s) => ({ service: s.name, sdl: readFileSync(s.sdlPath, 'utf8') })),
);
if (!process.argv.includes('--summary'))
  for (const gap of gaps)
    console.log(
      `${gap.problem === 'missing' ? 'no description' : 'requirement id'}\t${gap.coordinate}\t${gap.services.join(', ')}`,
    );
const count = (problem: string) => gaps.filter((g) => g.problem === problem).length;
const byService = new Map<string, number>();
for (const gap of gaps) for (const s of gap.services) byService.set(s, (byService.get(s) ?? 0) + 1);
console.log(
  `${count('missing')} without a description, ${count('requirement id')} naming a requirement ID; by SDL: ${[...byService].map(([s, n]) => `${s} ${n}`).join(', ')}`,
);
if (gaps.length) process.exit(1);
