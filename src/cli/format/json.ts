/** Machine-readable output: one JSON array, or one JSON value a line. */
import type { Report } from '../report';

/** `json`: the records as one array (diagnostics of a single draft, or results), on one line. */
export function formatJson(report: Report): string {
  return `${JSON.stringify(report.records)}\n`;
}

/** `jsonl`: one record a line, so results can be streamed, grepped and counted. */
export function formatJsonl(report: Report): string {
  return report.records.map((r) => `${JSON.stringify(r)}\n`).join('');
}
