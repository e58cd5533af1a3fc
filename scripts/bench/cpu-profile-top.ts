import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { SourceMap } from 'node:module';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The top self-time frames of V8 CPU profiles (`node --cpu-prof`): function, file:line, self ms and
 * per cent of the process's samples. Frames in a bundle (`dist/main.js`) are mapped back to their
 * TypeScript source through the bundle's source map. With a `load-window.json` beside the profiles
 * (written by `bench:dashboard:processes` under BC_BENCH_CPU_PROF), only the samples taken during the
 * load are counted.
 *   tsx scripts/bench/cpu-profile-top.ts <dir or .cpuprofile…> [count=10]
 */
interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
}
interface Profile {
  nodes: ProfileNode[];
  startTime: number;
  endTime: number;
  samples: number[];
  timeDeltas: number[];
}

const root = fileURLToPath(new URL('../../', import.meta.url));
const args = process.argv.slice(2);
const count = /^\d+$/.test(args.at(-1) ?? '') ? Number(args.pop()) : 10;
const files = args.flatMap((a) =>
  a.endsWith('.cpuprofile')
    ? [a]
    : readdirSync(a)
        .filter((f) => f.endsWith('.cpuprofile'))
        .sort()
        .map((f) => join(a, f)),
);
if (!files.length) {
  console.error('usage: tsx scripts/bench/cpu-profile-top.ts <dir or .cpuprofile…> [count]');
  process.exit(2);
}

const maps = new Map<string, SourceMap | null>();
/** The source map of a frame's file: the copy saved beside the profiles (`<dir>/maps/…`) first. */
function sourceMapOf(url: string, profileDir: string): SourceMap | null {
  const key = `${profileDir}\0${url}`;
  if (!maps.has(key)) {
    const file = url.startsWith('file://') ? fileURLToPath(url) : url;
    const saved = join(profileDir, 'maps', `${relative(root, file)}.map`);
    const mapFile = existsSync(saved) ? saved : `${file}.map`;
    maps.set(key, existsSync(mapFile) ? new SourceMap(JSON.parse(readFileSync(mapFile, 'utf8'))) : null);
  }
  return maps.get(key)!;
}

/** `file:line` (1-based), through the source map where there is one; paths relative to the repository. */
function location(frame: ProfileNode['callFrame'], profileDir: string): string {
  if (!frame.url) return '';
  let file = frame.url.startsWith('file://') ? fileURLToPath(frame.url) : frame.url;
  let line = frame.lineNumber + 1;
  const map = sourceMapOf(frame.url, profileDir);
  const entry = map?.findEntry(frame.lineNumber, frame.columnNumber);
  if (entry && 'originalSource' in entry && entry.originalSource) {
    // Sources in a map are relative to the bundle (or module) the map belongs to.
    file = entry.originalSource.startsWith('file://')
      ? fileURLToPath(entry.originalSource)
      : resolve(dirname(file), entry.originalSource);
    line = entry.originalLine + 1;
  }
  if (file.startsWith('/')) file = relative(root, file);
  // node_modules/.pnpm/<pkg>@<version>/node_modules/<pkg>/… → <pkg>/…
  return `${file.replace(/^.*node_modules\/(?!\.pnpm)/, '')}:${line}`;
}

const dirs = new Set(files.map((f) => join(f, '..')));
const windows = new Map(
  [...dirs].flatMap((d) => {
    const w = join(d, 'load-window.json');
    return existsSync(w)
      ? [[d, JSON.parse(readFileSync(w, 'utf8')) as { startUs: number; endUs: number }]]
      : [];
  }),
);

for (const file of files) {
  const profile = JSON.parse(readFileSync(file, 'utf8')) as Profile;
  const window = windows.get(join(file, '..'));
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const self = new Map<string, { name: string; at: string; us: number }>();
  let t = profile.startTime;
  let total = 0;
  let idle = 0;
  for (let i = 0; i < profile.samples.length; i++) {
    t += profile.timeDeltas[i]!;
    // A sample's time is the delta to the next one (the last sample's own delta as an estimate).
    const us = profile.timeDeltas[i + 1] ?? profile.timeDeltas[i]!;
    if (window && (t < window.startUs || t > window.endUs)) continue;
    const node = byId.get(profile.samples[i]!)!;
    const frame = node.callFrame;
    total += us;
    if (frame.functionName === '(idle)') {
      idle += us;
      continue;
    }
    const at = location(frame, join(file, '..'));
    const name = frame.functionName || '(anonymous)';
    const key = `${name}\0${at}`;
    const entry = self.get(key) ?? { name, at, us: 0 };
    entry.us += us;
    self.set(key, entry);
  }
  const busy = total - idle;
  const ms = (us: number) => (us / 1000).toFixed(0);
  console.log(
    `\n${basename(file, '.cpuprofile')}: ${ms(total)} ms sampled${window ? ' during the load' : ''}, ${ms(busy)} ms busy (${((100 * busy) / total).toFixed(0)} %)`,
  );
  console.log('| function | file:line | self ms | % of busy |');
  console.log('| --- | --- | --- | --- |');
  for (const e of [...self.values()].sort((a, b) => b.us - a.us).slice(0, count))
    console.log(`| ${e.name} | ${e.at} | ${ms(e.us)} | ${((100 * e.us) / busy).toFixed(1)} |`);
}
