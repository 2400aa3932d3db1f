/**
 * The record of a post at the instant it is published (the site empties the editor right after).
 * The text is read then; the diagnostics are the last lint result the background sent for exactly
 * that text, or, when the person published before that lint came back, asked for once more.
 */
import type { PublishedPostInput } from '../history/schema';
import type { Diagnostic, Kind, Platform } from '../lint/types';
import type { SiteAdapter } from '../sites/types';
import type { DraftSession } from './draft-session';

/** What a snapshot needs from a compose box. */
export interface SnapshotSource {
  readonly editor: HTMLElement;
  readonly kind: Kind;
  readonly session: DraftSession;
  /** The latest lint result the box received: its text and kind, and all diagnostics. */
  readonly result: { readonly text: string; readonly kind: Kind; readonly all: readonly Diagnostic[] };
}

/** A post captured at the publish click or key. */
export interface PostSnapshot {
  text: string;
  platform: Platform;
  kind: Kind;
  publishedAt: string;
  composingMs: number;
  /** The box's draft session as it was (the box starts over once the publish is confirmed). */
  session: DraftSession;
  /** All diagnostics of `text` (ignored ones too), or null when no result for this text came yet. */
  diagnostics: readonly Diagnostic[] | null;
}

/** Reads the draft now. Null when it is empty (nothing gets published). */
export function snapshotPost(box: SnapshotSource, adapter: SiteAdapter, now = Date.now()): PostSnapshot | null {
  const { text } = adapter.readText(box.editor);
  if (!text.trim()) return null;
  const current = box.result.text === text && box.result.kind === box.kind;
  return {
    text,
    platform: adapter.platform,
    kind: box.kind,
    publishedAt: new Date(now).toISOString(),
    composingMs: box.session.composingTimeMs,
    session: box.session.clone(),
    diagnostics: current ? box.result.all : null,
  };
}

/**
 * The history record of a confirmed publish. The diagnostics are those of the final text,
 * including rules ignored for this post: the history describes the post, the `heeded` flag says
 * what the person did about the warnings. `lint` is asked only when the snapshot has no result
 * (null from it: recorded without diagnostics).
 */
export async function publishedPost(snapshot: PostSnapshot, lint: (text: string, kind: Kind) => Promise<readonly Diagnostic[] | null>): Promise<PublishedPostInput> {
  const all = snapshot.diagnostics ?? (await lint(snapshot.text, snapshot.kind)) ?? [];
  const { session } = snapshot;
  session.noteLint(snapshot.text, all, session.visible(all));
  return {
    text: snapshot.text,
    platform: snapshot.platform,
    kind: snapshot.kind,
    publishedAt: snapshot.publishedAt,
    diagnostics: all.map(({ ruleId, severity }) => ({ ruleId, severity })),
    heeded: session.heeded(all),
    composingMs: snapshot.composingMs,
  };
}
