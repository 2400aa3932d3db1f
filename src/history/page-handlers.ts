/**
 * What the background does with the options page's history messages: import, delete, clear, clear
 * the set-aside records, compact. Refused from a site's page: only the extension's own pages change
 * the history.
 */
import type { MessageOrigin } from './background-handlers';
import type { HistoryCompactResponse, HistoryDeleteResponse, HistoryImportResponse, HistoryPageMessage } from './page-messages';
import type { HistoryWriter } from './writer';

export type HistoryPageResponse = HistoryImportResponse | HistoryDeleteResponse | HistoryCompactResponse;

/** Importing and deleting history is for the extension's own pages, never a content script on a site. */
const fromSitePage = (origin: MessageOrigin) => typeof origin.url === 'string' && /^https?:/i.test(origin.url);

/** Handles one history message from an extension page. */
export async function handleHistoryPageMessage(message: HistoryPageMessage, origin: MessageOrigin, writer: HistoryWriter): Promise<HistoryPageResponse> {
  if (fromSitePage(origin)) return { ok: false, error: 'history changes come from the options page only' };
  switch (message.type) {
    case 'postlint:history-import':
      if (!Array.isArray(message.posts)) return { ok: false, error: 'invalid import: posts must be a list' };
      return { ok: true, ...(await writer.importPosts(message.posts)) };
    case 'postlint:history-delete':
      if (!Array.isArray(message.ids) || !message.ids.every((id) => typeof id === 'string')) return { ok: false, error: 'invalid ids' };
      return { ok: true, deleted: await writer.deletePosts(message.ids) };
    case 'postlint:history-clear':
      return { ok: true, deleted: await writer.clearHistory() };
    case 'postlint:history-set-aside-clear':
      return { ok: true, deleted: await writer.clearSetAside() };
    case 'postlint:history-compact':
      return { ok: true, ...(await writer.compactHistory()) };
  }
}
