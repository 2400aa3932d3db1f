/** The messages content scripts send to the background service worker. */
import type { PublishedPostInput } from './schema';
import type { TabState } from './tab-state';

/** A post went out: record it. The background validates `post` again before writing. */
export interface PublishMessage {
  type: 'postlint:publish';
  post: PublishedPostInput;
}

/** The tab's latest lint result and the content script's start-up time, for the popup and benchmarks. */
export interface TabStateMessage {
  type: 'postlint:tab-state';
  state: TabState;
}

export type PostLintMessage = PublishMessage | TabStateMessage;

/** What the background answers. */
export type PostLintResponse = { ok: true } | { ok: false; error: string };

/** True for objects that look like one of PostLint's messages (the contents are validated later). */
export function isPostLintMessage(message: unknown): message is PostLintMessage {
  if (message === null || typeof message !== 'object') return false;
  const type = (message as { type?: unknown }).type;
  return type === 'postlint:publish' || type === 'postlint:tab-state';
}
