/**
 * Speed of the importers: a generated X archive zip with 10,000 tweets (shaped like X's own, with
 * entities, replies, retweets and 20 MB of media the importer must skip over) through `importFile`,
 * the pure part of "import a 10,000-post archive end to end in ≤ 3 s". Also the longest stretch the
 * import kept the event loop busy, which is what a person would feel as a frozen page.
 *
 *   npx tsx scripts/bench/import.ts          (or through `npm run bench`)
 */
import { availableParallelism, loadavg } from 'node:os';
import { strToU8, zipSync } from 'fflate';
import { importFile } from '../../src/importers/index';
import { seededRandom, syntheticText } from './corpus';

export interface ImportBenchResult {
  node: string;
  load: { average: number; cpus: number };
  tweets: number;
  zipBytes: number;
  tweetsJsBytes: number;
  importedPosts: number;
  importP50Ms: number;
  importMinMs: number;
  /** The longest gap between two turns of the event loop during an import, wall time (p50 over runs). */
  longestBlockMs: number;
  /** The same gap in CPU time used by the process: the import's own work (p50 over runs). */
  longestBlockCpuMs: number;
  goals: Array<{ goal: string; value: number; pass: boolean }>;
}

const RUNS = 5;
const DAY_NAMES = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

function createdAt(ms: number): string {
  const d = new Date(ms);
  const two = (n: number) => String(n).padStart(2, '0');
  return `${DAY_NAMES[d.getUTCDay()]} ${MONTHS[d.getUTCMonth()]} ${two(d.getUTCDate())} ${two(d.getUTCHours())}:${two(d.getUTCMinutes())}:${two(d.getUTCSeconds())} +0000 ${d.getUTCFullYear()}`;
}

/** X's tweets.js with `count` tweets, pretty-printed the way the archive is. */
export function generatedTweetsJs(count: number, seed = 7): string {
  const rnd = seededRandom(seed);
  const start = Date.parse('2021-01-01T00:00:00Z');
  const items = Array.from({ length: count }, (_, i) => {
    const id = String(1_350_000_000_000_000_000n + BigInt(i) * 7919n);
    const link = i % 3 === 0 ? `https://t.co/L${i.toString(36).padStart(8, '0')}` : null;
    const body = syntheticText(rnd, 60 + Math.floor(rnd() * 180)).replace(/&/g, '&amp;');
    const text = i % 20 === 0 ? `RT @someone: ${body}` : link ? `${body} ${link}` : body;
    const tweet = {
      edit_info: { initial: { editTweetIds: [id], editableUntil: '2021-01-01T00:00:00.000Z', editsRemaining: '5', isEditEligible: true } },
      retweeted: false,
      source: '<a href="https://mobile.twitter.com" rel="nofollow">Twitter Web App</a>',
      entities: {
        hashtags: [],
        symbols: [],
        user_mentions: [],
        urls: link ? [{ url: link, expanded_url: `https://example.com/post/${i}?utm_source=x&amp=1`, display_url: `example.com/post/${i}`, indices: ['0', '23'] }] : [],
      },
      display_text_range: ['0', String(text.length)],
      favorite_count: String(Math.floor(rnd() * 50)),
      ...(i % 4 === 1 ? { in_reply_to_status_id_str: String(1_300_000_000_000_000_000n + BigInt(i)), in_reply_to_user_id_str: '12', in_reply_to_screen_name: 'friend' } : {}),
      id_str: id,
      truncated: false,
      retweet_count: String(Math.floor(rnd() * 10)),
      id,
      created_at: createdAt(start + i * 3_600_000 * 3),
      favorited: false,
      full_text: text,
      lang: 'en',
    };
    return JSON.stringify({ tweet }, null, 2).replace(/":/g, '" :');
  });
  return `window.YTD.tweets.part0 = [ ${items.join(', ')} ]`;
}

/**
 * Runs one import while a 0 ms interval measures how long the event loop was kept busy: the wall
 * time between two turns, and the CPU time the process used in that gap (on a loaded machine the
 * wall time also counts the moments the OS ran someone else; CPU time counts only our work).
 */
async function timedImport(zip: Uint8Array): Promise<{ ms: number; longestBlockMs: number; longestBlockCpuMs: number; posts: number }> {
  let lastWall = performance.now();
  let lastCpu = process.cpuUsage();
  let longestWall = 0;
  let longestCpu = 0;
  const measureGap = () => {
    const wall = performance.now();
    const cpu = process.cpuUsage(lastCpu);
    longestWall = Math.max(longestWall, wall - lastWall);
    // Never more than the wall gap: helper threads (GC, compiler) may add CPU time in parallel.
    longestCpu = Math.max(longestCpu, Math.min(wall - lastWall, (cpu.user + cpu.system) / 1000));
    lastWall = wall;
    lastCpu = process.cpuUsage();
  };
  const ticker = setInterval(measureGap, 0);
  const started = performance.now();
  const report = await importFile('twitter-archive.zip', zip);
  const ms = performance.now() - started;
  measureGap();
  clearInterval(ticker);
  return { ms, longestBlockMs: longestWall, longestBlockCpuMs: longestCpu, posts: report.posts.length };
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

export async function runImportBench(tweets = 10_000): Promise<ImportBenchResult> {
  const tweetsJs = strToU8(generatedTweetsJs(tweets));
  const media = new Uint8Array(20 * 1024 * 1024).map((_, i) => (i * 2654435761) >>> 24);
  const zip = zipSync({
    'Your archive.html': strToU8('<!doctype html>'),
    'data/tweets.js': tweetsJs,
    'data/tweets_media/video.mp4': [media, { level: 0 }],
  });
  const runs = [];
  for (let i = 0; i < RUNS; i++) runs.push(await timedImport(zip));
  const importP50Ms = median(runs.map((r) => r.ms));
  const longestBlockMs = median(runs.map((r) => r.longestBlockMs));
  const longestBlockCpuMs = median(runs.map((r) => r.longestBlockCpuMs));
  return {
    node: process.versions.node,
    load: { average: loadavg()[0], cpus: availableParallelism() },
    tweets,
    zipBytes: zip.length,
    tweetsJsBytes: tweetsJs.length,
    importedPosts: runs[0].posts,
    importP50Ms,
    importMinMs: Math.min(...runs.map((r) => r.ms)),
    longestBlockMs,
    longestBlockCpuMs,
    goals: [
      // The 3 s goal is end to end with storage; the pure part is held to a third of it.
      { goal: `import a ${tweets.toLocaleString('en')}-tweet archive (pure part ≤ 1,000 ms of the 3 s budget)`, value: importP50Ms, pass: importP50Ms <= 1000 },
      { goal: 'longest event-loop block during the import ≤ 50 ms of CPU (no long task)', value: longestBlockCpuMs, pass: longestBlockCpuMs <= 50 },
    ],
  };
}

export function formatImportBench(r: ImportBenchResult): string {
  const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
  return [
    `Importer speed (Node ${r.node}, load ${r.load.average.toFixed(1)} on ${r.load.cpus} CPUs; wall-clock ms, ${RUNS} runs)`,
    `  X archive: ${r.tweets.toLocaleString('en')} tweets, tweets.js ${mb(r.tweetsJsBytes)}, zip ${mb(r.zipBytes)} (with 20 MB of media)`,
    `  importFile p50 ${r.importP50Ms.toFixed(0)} ms, min ${r.importMinMs.toFixed(0)} ms; ${r.importedPosts.toLocaleString('en')} posts (retweets skipped)`,
    `  longest event-loop block ${r.longestBlockCpuMs.toFixed(1)} ms of CPU (${r.longestBlockMs.toFixed(1)} ms wall)`,
    '',
    'Goals',
    ...r.goals.map((g) => `  ${g.pass ? 'pass' : 'FAIL'}  ${g.goal}: ${g.value.toFixed(g.value < 100 ? 1 : 0)} ms`),
  ].join('\n');
}

if (process.argv[1] && import.meta.url === new URL(`file://${process.argv[1]}`).href) {
  void runImportBench().then((r) => console.log(formatImportBench(r)));
}
