/**
 * `tsx scripts/options-screenshots.ts [OUT_DIR]`: screenshots of the options page (built extension
 * in .output/chrome-mv3, run `wxt build` first) at 400 and 1280 px, light and dark, with a small
 * seeded history, for looking at the page as a person would.
 */
import { mkdirSync, mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { launchBrowser } from '../tests/e2e/harness/browser';
import { WXT_OUTPUT } from '../tests/e2e/harness/paths';

declare const chrome: any;

const out = path.resolve(process.argv[2] ?? 'screenshots');
mkdirSync(out, { recursive: true });
const tmpDir = mkdtempSync(path.join(os.tmpdir(), 'postlint-shots-'));
const b = await launchBrowser({ extensionDir: path.resolve(WXT_OUTPUT), port: 9, tmpDir });
try {
  const now = Date.now();
  const history = Array.from({ length: 40 }, (_, i) => ({
    id: `shot-${i}`,
    text: i % 3 === 0 ? 'FLASH SALE 40% OFF everything today only, shop now at our store!' : `Note ${i + 1} from the bakery: the rye loaf is back on Saturday mornings, come early and say hello.`,
    platform: (['x', 'facebook', 'linkedin'] as const)[i % 3],
    kind: i % 4 === 3 ? 'reply' : 'post',
    publishedAt: new Date(now - i * 5 * 3600_000).toISOString(),
    diagnostics: i % 3 === 0 ? [{ ruleId: 'ad-tone', severity: 'warning' }, { ruleId: 'shouting', severity: 'info' }] : [],
    heeded: false,
    source: i > 30 ? 'import' : 'extension',
  }));
  await b.worker.evaluate(async (h) => {
    await chrome.storage.local.set({ history: h });
    await chrome.storage.sync.set({ 'settings.rules': { shouting: { enabled: false } }, 'settings.phrases': { custom: [{ list: 'ad', phrase: 'limited stock', weight: 2, note: 'our usual push' }], allowed: ['Free Spirit'] } });
  }, history);
  for (const width of [400, 1280]) {
    for (const colorScheme of ['light', 'dark'] as const) {
      const page = await b.ctx.newPage();
      await page.setViewportSize({ width, height: 900 });
      await page.emulateMedia({ colorScheme });
      await page.goto(`chrome-extension://${b.extensionId}/options.html`);
      await page.getByRole('heading', { name: 'Rules' }).waitFor();
      await page.screenshot({ path: path.join(out, `options-${width}-${colorScheme}.png`) });
      await page.goto(`chrome-extension://${b.extensionId}/options.html#phrases`);
      await page.waitForTimeout(300);
      await page.screenshot({ path: path.join(out, `options-${width}-${colorScheme}-phrases.png`) });
      await page.locator('#history').scrollIntoViewIfNeeded();
      await page.waitForTimeout(300);
      await page.screenshot({ path: path.join(out, `options-${width}-${colorScheme}-history.png`) });
      await page.close();
    }
  }
  console.log(`screenshots in ${out}`);
} finally {
  await b.ctx.close();
}
