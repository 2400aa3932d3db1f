/** The site adapters, one per platform. */
export type { SiteAdapter, EditorText, TextSegment } from './types';
export { xAdapter } from './x';
export { facebookAdapter } from './facebook';
export { linkedinAdapter } from './linkedin';
