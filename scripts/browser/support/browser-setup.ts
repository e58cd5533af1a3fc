import { existsSync } from 'node:fs';
import { ensurePortalBuilt } from '@bc/system/portal-files';
import { CHROMIUM } from './browser.ts';

/**
 * Global setup of the browser tier: Debian's Chromium must be there (no browser build can be downloaded
 * here, so playwright-core drives the system browser), and the portal is built when its dist is stale.
 * Fails the run, never skips.
 */
export default function setup(): void {
  if (!existsSync(CHROMIUM))
    throw new Error(
      `The browser tier needs Chromium at ${CHROMIUM}: run \`bash scripts/setup.sh\` (it installs Debian's chromium package)`,
    );
  ensurePortalBuilt((line) => console.log(`[browser tier] ${line}`));
}
