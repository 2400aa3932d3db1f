/**
 * History files: PostLint's own JSON export (read back exactly, for moving to another browser) and
 * a CSV for spreadsheets.
 */
import { parseHistory, type HistoryRecord } from '../../src/history/schema';

const FORMAT = 'postlint-history';

/** The JSON export: every record as stored, oldest first. */
export function historyJsonText(records: readonly HistoryRecord[], now = new Date()): string {
  return `${JSON.stringify({ format: FORMAT, version: 1, exportedAt: now.toISOString(), records: oldestFirst(records) }, null, 2)}\n`;
}

function oldestFirst(records: readonly HistoryRecord[]): HistoryRecord[] {
  return [...records].sort((a, b) => Date.parse(a.publishedAt) - Date.parse(b.publishedAt));
}

/**
 * The records of a PostLint history export, or null when `text` is not one (then it may be a
 * platform's export for the importers).
 */
export function readHistoryExport(text: string): HistoryRecord[] | null {
  if (!text.trimStart().startsWith('{') || !text.includes(FORMAT)) return null;
  try {
    const value = JSON.parse(text) as { format?: unknown; records?: unknown };
    return value?.format === FORMAT ? parseHistory(value.records).records : null;
  } catch {
    return null;
  }
}

const COLUMNS = ['id', 'publishedAt', 'platform', 'kind', 'source', 'text', 'warnings', 'heeded', 'composingMs', 'likes', 'reposts', 'comments'] as const;

function csvField(value: unknown): string {
  const text = value === undefined || value === null ? '' : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** The CSV export (RFC 4180, CRLF line ends, one record a row, oldest first). */
export function historyCsvText(records: readonly HistoryRecord[]): string {
  const rows = oldestFirst(records).map((r) =>
    [
      r.id,
      r.publishedAt,
      r.platform,
      r.kind,
      r.source,
      r.text,
      r.diagnostics.map((d) => `${d.ruleId}:${d.severity}`).join(' '),
      r.heeded,
      r.composingMs,
      r.engagement?.likes,
      r.engagement?.reposts,
      r.engagement?.comments,
    ]
      .map(csvField)
      .join(','),
  );
  return [COLUMNS.join(','), ...rows].join('\r\n') + '\r\n';
}

/** Starts a download of `text` as `fileName` (a Blob and an `<a download>`; nothing leaves the browser). */
export function downloadText(fileName: string, text: string, type: string, doc: Document = document): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = doc.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  doc.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
