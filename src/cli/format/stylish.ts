/**
 * Human output modelled on ESLint's `stylish`: a heading per input with problems, one aligned line
 * per diagnostic (`line:col  severity  message  rule-id`), then a summary line.
 */
import type { Diagnostic, Severity } from '../../lint/types';
import type { Report } from '../report';
import { positionFinder } from './position';
import { terminalSafe } from './terminal-safe';

type Paint = (text: string) => string;

/** ANSI styles, or identity functions when colour is off (pipes, files, NO_COLOR). */
function palette(color: boolean) {
  const style =
    (open: number, close: number): Paint =>
    (text) =>
      color ? `\u001b[${open}m${text}\u001b[${close}m` : text;
  return {
    underline: style(4, 24),
    dim: style(2, 22),
    bold: style(1, 22),
    red: style(31, 39),
    yellow: style(33, 39),
    blue: style(34, 39),
    green: style(32, 39),
  };
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** Renders a report; `color` only when stdout is a terminal and NO_COLOR is not set. */
export function formatStylish(report: Report, options: { color: boolean }): string {
  const c = palette(options.color);
  const severityPaint: Record<Severity, Paint> = { error: c.red, warning: c.yellow, info: c.blue };
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  let out = '';

  for (const outcome of report.outcomes) {
    if (!outcome.diagnostics?.length) continue;
    const rows = tableRows(outcome.text ?? '', outcome.diagnostics);
    for (const d of outcome.diagnostics) counts[d.severity]++;
    const width = (i: number) => Math.max(...rows.map((r) => r[i].length));
    const [wLine, wCol, wSeverity, wMessage] = [0, 1, 2, 3].map(width);
    out += `${c.underline(terminalSafe(outcome.heading))}\n`;
    for (const [line, col, severity, message, ruleId] of rows) {
      const position = c.dim(`${line.padStart(wLine)}:${col.padEnd(wCol)}`);
      const sev = severityPaint[severity as Severity](severity.padEnd(wSeverity));
      out += `  ${position}  ${sev}  ${message.padEnd(wMessage)}  ${c.dim(ruleId)}\n`;
    }
    out += '\n';
  }

  const total = counts.error + counts.warning + counts.info;
  const skipped = report.outcomes.filter((o) => o.error !== undefined).length;
  if (total === 0 && skipped === 0) return `${out}${c.bold(c.green('✔ no problems'))}\n`;
  const summaryPaint = counts.error || skipped ? c.red : counts.warning ? c.yellow : c.blue;
  let summary = `✖ ${plural(total, 'problem')} (${plural(counts.error, 'error')}, ${plural(counts.warning, 'warning')}, ${plural(counts.info, 'info')})`;
  if (skipped) summary += `, ${skipped} bad ${report.unit}${skipped === 1 ? '' : 's'} skipped`;
  return `${out}${c.bold(summaryPaint(summary))}\n`;
}

/**
 * A message on one line: each run of white space holding a line break becomes one space. Not a
 * pattern of optional spaces around a break: on a long run of spaces without one, that retries
 * from every space, which is quadratic.
 */
export function oneLine(message: string): string {
  return message.replace(/\s+/g, (space) => (space.includes('\n') ? ' ' : space));
}

/** `[line, column, severity, message, ruleId]`; whole-post diagnostics sit at 0:0. */
function tableRows(text: string, diagnostics: readonly Diagnostic[]): string[][] {
  const at = positionFinder(text);
  return diagnostics.map((d) => {
    const { line, column } = d.spans.length ? at(d.spans[0].start) : { line: 0, column: 0 };
    // One line per diagnostic, even if a message carries a line break.
    return [String(line), String(column), d.severity, terminalSafe(oneLine(d.message)), d.ruleId];
  });
}
