/** The --help text. Kept next to the code so a new flag and its documentation change together. */
import { RULES } from '../lint/registry';

const USAGE = `postlint: lint a social-media post before you publish it (everything runs locally)

Usage
  postlint [options] "TEXT"                lint the text
  postlint [options] FILE                  lint the text in FILE
  postlint [options] < FILE                lint standard input
  postlint --jsonl [options] [FILE]        batch: one JSON draft a line, from FILE or stdin
  postlint calendar [options] [PLAN.csv]   lint a planned schedule, from PLAN.csv or stdin
  postlint import FILE...                  turn platforms' data exports into --history lines

Text or file?
  An argument that names an existing file is read as a FILE; anything else is the text itself.
  One word that looks like a path (it has a "/" or ends in an extension such as .txt) but does not
  exist is an error rather than a one-word post, so a typo in a file name is not linted as text.
  --text "..." always lints the words as given; "-" reads standard input; with no argument,
  standard input is read when something is piped in. A file's (or stdin's) byte-order mark and
  final line break are not part of the post.

Options
  -p, --platform x|facebook|linkedin   the site the post is for (default: x)
  -k, --kind post|reply|comment        what it is (default: post)
  -t, --text TEXT                      lint TEXT even if it looks like a file name or an option
      --history FILE                   your published posts, one JSON object a line:
                                         {"text": "...", "platform": "x", "publishedAt": "2026-11-20T09:00:00Z"}
                                       ("kind" optional). Used by the frequency, duplicate and ratio
                                       rules. A malformed line is reported on stderr (FILE:LINE and
                                       the field) and skipped; the other lines are used.
      --now TIME                       the time to lint at (default: the current time)
  -c, --config FILE                    settings JSON, as exported from the options page. Invalid
                                       settings exit 2 with one message per wrong field.
  -f, --format stylish|json|jsonl      output format (default: stylish; jsonl with --jsonl)
      --jsonl                          batch mode (below)
  -h, --help                           show this help
  -v, --version                        show the version
  --                                   everything after it is the text or FILE ("-20% today")

  TIME is ISO 8601: 2026-12-01, 2026-12-01T09:30, 2026-12-01 09:30:00+01:00. A time without an
  offset is read as UTC, so results do not depend on the machine's time zone.

Output
  stylish  for each input with problems, its name, then one line per problem:
             line:col  severity  message  rule-id
           (line and column of the first flagged word, 1-based, in UTF-16 units like editors;
           0:0 when the problem concerns the whole post), then a summary:
             ✖ 3 problems (1 error, 2 warnings, 0 infos)
           Coloured only when stdout is a terminal and NO_COLOR is not set.
  json     one draft: an array of diagnostics
             {"ruleId", "severity", "message", "spans": [{"start", "end"}], "evidence"?, "suggestion"?}
           (spans are UTF-16 offsets into the text); --jsonl and calendar: an array of results.
  jsonl    one JSON value a line: each diagnostic (one draft) or each result (--jsonl, calendar).

Batch mode (--jsonl)
  Reads one draft a line:
    {"text": "...", "platform": "linkedin", "kind": "comment", "publishedAt": TIME, "now": TIME, "history": [...]}
  Only "text" is required; "platform" and "kind" default to --platform and --kind. A line is
  linted at its "now", else its "publishedAt" (when it goes out), else --now. A "history" array
  ({text, platform, publishedAt} items) replaces --history for that line. Lines are independent:
  earlier lines are not history for later ones (use calendar for a schedule).
  Prints one result a line, in input order:
    {"index": 0, "diagnostics": [...]}
  where index is the 0-based line number in the input (blank lines are skipped, so index + 1 is
  the line an editor shows). A bad line (invalid JSON, unknown platform, missing text, ...) prints
    {"index": 6, "error": "line 7: platform: Invalid option: ..."}
  and a message on stderr; the other lines still run.

Calendar (postlint calendar PLAN.csv)
  A CSV file whose header row names the columns date, platform and text (any order, any case;
  an optional kind column; other columns are ignored). Each planned post is linted at its date,
  against --history plus the plan's earlier posts (by date; posts at the same time in file order).
  Results are listed in file order, headed PLAN.csv:ROW (DATE, PLATFORM), ROW being the line the
  row starts on (the header is line 1); json prints [{"row", "date", "platform", "diagnostics"}].
  A bad row (unparseable date, unknown platform, empty text) is reported with its row number,
  printed as {"row", "error"} in json and jsonl, and skipped (it is not history for later rows).
  --now and --platform do not apply (each row has its own); --kind is the default for rows
  without a kind. Platform and kind cells may be in any case ("LinkedIn").

Import (postlint import FILE...)
  Reads each FILE, recognised by its content:
    X         the archive .zip from "Download an archive of your data" (data/tweets.js and its
              tweets-part1.js ... files inside), or a tweets.js taken out of it
    LinkedIn  Shares.csv from "Get a copy of your data" (also inside LinkedIn's zip)
    Facebook  your_posts_1.json from "Download your information", JSON format (also zipped)
  and prints one history line per post on stdout, the format --history reads, with the post's
  stable id (importing a file again gives the same ids) and, for X, its likes and reposts:
    {"text", "platform", "kind", "publishedAt", "id", "engagement"?}
  X replies are kind "reply"; t.co links are expanded and &amp; decoded so the text is what you
  wrote. Retweets, media-only tweets, LinkedIn reshares without commentary and Facebook photos or
  check-ins without text are skipped; stderr names each skipped entry and why, then a summary:
    Shares.csv line 5: reshare with no text of its own — skipped
    Shares.csv: 120 posts, 3 skipped
  A file that is unreadable, damaged or no known export is reported on stderr (exit 2); the other
  files are still imported.

Exit codes
  0  no error-severity problems (warnings and infos are fine)
  1  at least one error-severity problem
  2  bad usage, an unreadable file, invalid settings or input; with --jsonl and calendar also when
     any line or row was bad (the others are still linted and printed)

Examples
  postlint "FLASH SALE 40% OFF today only, shop now!!!"
  postlint --platform linkedin --kind comment reply.txt
  pbpaste | postlint --platform facebook
  postlint --history posts.jsonl --now 2026-12-01T09:00:00Z draft.txt
  postlint --config settings.json --format json --text "Free shipping this week"
  postlint --jsonl drafts.jsonl > results.jsonl
  postlint calendar plan.csv --history posts.jsonl
  postlint import twitter-archive.zip Shares.csv > posts.jsonl
`;

/** The full help text, ending with the rules and their default severities. */
export function helpText(): string {
  const width = Math.max(...RULES.map((r) => r.id.length));
  const rules = RULES.map((r) => `  ${r.id.padEnd(width)}  ${r.defaultSeverity.padEnd(7)}  ${r.description}`).join('\n');
  return `${USAGE}\nRules (id, default severity; configure them with --config)\n${rules}\n`;
}
