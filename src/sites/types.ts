/**
 * The interface every site adapter implements. An adapter holds ALL of one site's knowledge
 * (selectors, text reading, box kinds, publish controls); the generic code in `src/content` holds
 * none, so a site redesign means editing one file.
 */
import type { Kind, Platform } from '../lint/types';

/** A run of draft text that lives in one DOM text node, for mapping lint offsets back to the DOM. */
export interface TextSegment {
  node: Text;
  /** Offset of the segment's first character inside `node.data`. */
  nodeOffset: number;
  /** Offset of the segment's first character in the draft text. */
  start: number;
  length: number;
}

/** The draft as read from an editor: its text and where each piece of it lives. */
export interface EditorText {
  text: string;
  /** Sorted by `start`; empty when the editor is a `<textarea>` (nothing to map). */
  segments: TextSegment[];
}

/** What PostLint needs to know about one site's compose boxes. */
export interface SiteAdapter {
  readonly platform: Platform;
  /** Candidate editables, matched by editor-framework markers, roles and aria; never hashed classes. */
  readonly editorSelector: string;
  /** Filters candidates the selector cannot exclude (direct messages, chat boxes). */
  acceptEditor(editor: HTMLElement, location: Location): boolean;
  /** The outermost element of the editor framework: the badge mounts beside it, never inside. */
  editorRoot(editor: HTMLElement): HTMLElement;
  /** Reads the draft; the same walk also maps offsets back to text nodes for highlighting. */
  readText(editor: HTMLElement): EditorText;
  /** Whether the box writes a post, a reply (X) or a comment (Facebook, LinkedIn). */
  kindOf(editor: HTMLElement, location: Location): Kind;
  /** The publish control `target` is or is inside of (enabled or not), or null. */
  publishControlAt(target: Element): HTMLElement | null;
  /** The publish controls inside `container`, for finding which composer a keyboard publish posts. */
  publishControlsIn(container: Element): HTMLElement[];
  /** Whether this keydown in a box of this kind publishes (Ctrl/Cmd+Enter; Enter in Facebook comments). */
  isPublishKey(event: KeyboardEvent, kind: Kind): boolean;
  /**
   * The publish control of the composer `editor` belongs to (enabled or not), for keeping PostLint's
   * badge and popover off it; null when none is on the page.
   */
  publishButton?(editor: HTMLElement): HTMLElement | null;
  /** An element the site shows once a post went out (X's toast); absent when the site has none. */
  readonly confirmationSelector?: string;
}
