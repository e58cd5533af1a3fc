import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { Supergraph } from '@apollo/federation-internals';
import { brokenLimits, EDGE_LIMITS, measureOperation, type OperationSize } from '@bc/gateway';
import { root, supergraphPath } from '../lib/supergraph.ts';

/**
 * GW-3: the size of every GraphQL operation the scenarios and benchmarks send (the portal's real
 * operations), measured with the gateway's own rules, next to the limits; lists any operation a
 * limit would refuse. Prints figures; run after adding operations:
 *   pnpm exec tsx scripts/bench/operation-sizes.ts
 */
// The seed and the shared flows moved to @bc/system (services/system/src/demo, flows).
const folders = [
  'scripts/scenarios',
  'scripts/scenarios/support',
  'scripts/bench',
  'services/system/src/demo',
  'services/system/src/flows',
];
// The edge scenarios send over-limit documents on purpose (and the real heaviest ones, measured here too).
const abusive = new Set(['edge.scenario.test.ts']);
const files = folders.flatMap((folder) =>
  readdirSync(join(root, folder))
    .filter((f) => f.endsWith('.ts') && !abusive.has(f))
    .map((f) => join(root, folder, f)),
);

// String and template literals, with where they start.
const LITERAL = /'((?:[^'\\\n]|\\.)*)'|"((?:[^"\\\n]|\\.)*)"|`((?:[^`\\]|\\.)*)`/g;
const literals = files.flatMap((file) => {
  const text = readFileSync(file, 'utf8');
  return [...text.matchAll(LITERAL)].map((m) => ({
    file: relative(root, file),
    line: text.slice(0, m.index).split('\n').length,
    value: m[1] ?? m[2] ?? m[3] ?? '',
  }));
});

// `const NAME = '…'` across the files, to fill `${NAME}` in templates (field lists shared by scenarios).
const constants = new Map<string, string>();
for (const file of files) {
  const text = readFileSync(file, 'utf8');
  for (const m of text.matchAll(/const ([A-Z_][A-Z0-9_]*) =\s*(?:'([^']*)'|`([^`]*)`)/g))
    constants.set(m[1]!, m[2] ?? m[3] ?? '');
}
const fill = (value: string) =>
  value.replace(/\$\{\s*([A-Za-z_][\w.]*)[^}]*\}/g, (_, name: string) => constants.get(name) ?? 'x');

const schema = Supergraph.build(readFileSync(supergraphPath, 'utf8')).apiSchema().toGraphQLJSSchema();
const measured: { where: string; size: OperationSize; source: string }[] = [];
const seen = new Set<string>();
let skipped = 0;
for (const literal of literals) {
  const source = fill(literal.value).trim();
  if (!/^(\{|query\b|mutation\b|subscription\b)/.test(source) || seen.has(source)) continue;
  seen.add(source);
  try {
    measured.push({
      where: `${literal.file}:${literal.line}`,
      size: measureOperation(schema, source),
      source,
    });
  } catch (e) {
    if (process.env.DEBUG) console.log('skipped', literal.file, literal.line, String(e).slice(0, 200));
    skipped++;
  }
}

const keys = ['depth', 'aliases', 'directives', 'tokens', 'cost'] as const;
console.log(
  `${measured.length} distinct operations in ${files.length} files (${skipped} not valid alone, skipped)`,
);
console.log('limit        heaviest   limit  where (the heaviest)');
for (const key of keys) {
  const top = measured.reduce((a, b) => (b.size[key] > a.size[key] ? b : a));
  console.log(
    `${key.padEnd(12)} ${String(Math.round(top.size[key])).padStart(8)} ${String(EDGE_LIMITS[key]).padStart(7)}  ${top.where}`,
  );
}
for (const key of ['cost', 'tokens', 'depth'] as const) {
  console.log(`\nthe five largest by ${key} (depth/aliases/directives/tokens/cost):`);
  for (const m of [...measured].sort((a, b) => b.size[key] - a.size[key]).slice(0, 5))
    console.log(
      `  ${keys.map((k) => Math.round(m.size[k])).join('/')}  ${m.where}  ${m.source.replace(/\s+/g, ' ').slice(0, 80)}`,
    );
}
const refused = measured.filter((m) => brokenLimits(m.size).length);
console.log(
  refused.length
    ? `\nREFUSED by the limits:\n${refused.map((m) => `  ${m.where} (${brokenLimits(m.size).join(', ')})`).join('\n')}`
    : '\nno real operation breaks a limit',
);
