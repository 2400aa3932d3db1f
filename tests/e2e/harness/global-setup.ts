/**
 * vitest globalSetup for the browser tests: builds the extension (for the browser of this run,
 * see driver.ts currentBrowser) and the fixture pages once per run and hands the paths and
 * certificate to every test file (each starts its own browser).
 */
import type { TestProject } from 'vitest/node';
import { assertChromium } from './browser';
import { disposeE2E, prepareE2E, type E2EEnv } from './build';
import { currentBrowser } from './driver';
import { assertFirefox } from './firefox/browser';

declare module 'vitest' {
  export interface ProvidedContext {
    postlintE2E: E2EEnv;
  }
}

export default async function setup(project: TestProject): Promise<() => void> {
  const browser = currentBrowser();
  if (browser === 'firefox') assertFirefox();
  else assertChromium();
  const env = await prepareE2E({ browser });
  const given = process.env.POSTLINT_E2E_EXTENSION_DIR;
  console.log(
    given
      ? `[e2e ${browser}] testing the unpacked extension ${given} (POSTLINT_E2E_EXTENSION_DIR), NOT a fresh build; fixtures ${Math.round(env.timings.fixturesBuildMs)} ms`
      : `[e2e ${browser}] wxt build ${Math.round(env.timings.extensionBuildMs)} ms, fixtures ${Math.round(env.timings.fixturesBuildMs)} ms (${env.extensionDir})`,
  );
  project.provide('postlintE2E', env);
  return () => disposeE2E(env);
}
