/**
 * The badge's styles, inside its shadow root: nothing leaks into or out of the page. The host's
 * `data-surface` (the page's background behind the editor, light or dark) picks the colours, so
 * the badge stands out at 3:1 or more on either.
 */
export const BADGE_STYLE = `
:host { all: initial; }
* { box-sizing: border-box; }
.postlint-badge {
  position: fixed; z-index: 2147483646; display: inline-flex; align-items: center; gap: 3px;
  height: 24px; min-width: 24px; padding: 0 7px 0 5px; border-radius: 12px; border: 0;
  font: 700 12px/1 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; cursor: pointer;
  color: #fff; background: #4b5563; box-shadow: 0 1px 3px rgb(0 0 0 / 0.3);
}
.postlint-badge[hidden] { display: none; }
.postlint-badge:focus-visible { outline: 2px solid #1d4ed8; outline-offset: 2px; }
.postlint-badge[data-severity="none"] { background: #15803d; }
.postlint-badge[data-severity="info"] { background: #1d4ed8; }
.postlint-badge[data-severity="warning"] { background: #b45309; }
.postlint-badge[data-severity="error"] { background: #b91c1c; }
:host([data-surface="dark"]) .postlint-badge { box-shadow: 0 0 0 2px #f9fafb; }
:host([data-surface="dark"]) .postlint-badge:focus-visible { outline-color: #93c5fd; outline-offset: 3px; }
.icon { width: 14px; height: 14px; flex: none; }
.icon .bubble { fill: currentColor; }
.icon .mark { fill: none; stroke: #1d4ed8; stroke-width: 1.8; stroke-linecap: round; stroke-linejoin: round; }
.postlint-badge .icon .mark { stroke: currentColor; }
.postlint-badge .icon .bubble { fill: none; stroke: currentColor; stroke-width: 1.4; }
:host([data-postlint-notice]) .postlint-badge { box-shadow: 0 0 0 2px #fff, 0 0 0 4px #b45309; }
.notice { margin: 6px 0; padding: 6px 8px; border-left: 3px solid #b45309; background: #fff7ed; color: #7c2d12; font-size: 13px; border-radius: 4px; }
:host([data-surface="dark"]) .notice { background: #3b2412; color: #fed7aa; }
.visually-hidden { position: absolute; width: 1px; height: 1px; margin: -1px; padding: 0; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; border: 0; }
.postlint-popover {
  position: fixed; z-index: 2147483647; inset: auto; margin: 0; width: 360px; max-width: calc(100vw - 16px); min-width: 0;
  display: flex; flex-direction: column; overflow: hidden; padding: 0; border: 1px solid #d1d5db; border-radius: 10px;
  background: #fff; color: #111827; box-shadow: 0 8px 24px rgb(0 0 0 / 0.18);
  font: 14px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; text-align: start;
}
.postlint-popover[hidden] { display: none; }
.postlint-popover:focus { outline: none; }
.head { flex: none; display: flex; align-items: center; gap: 8px; padding: 10px 8px 8px 12px; border-bottom: 1px solid #e5e7eb; }
.head .icon { width: 20px; height: 20px; color: #1d4ed8; }
.titles { flex: 1; min-width: 0; }
h2 { margin: 0; font-size: 15px; font-weight: 700; }
.sub { margin: 0; font-size: 13px; color: #374151; }
.close { flex: none; width: 32px; height: 32px; border: 0; background: none; font-size: 22px; line-height: 1; cursor: pointer; color: #374151; border-radius: 6px; }
.close:hover { background: #f3f4f6; }
.list { list-style: none; margin: 0; padding: 4px 12px 10px; overflow-y: auto; overscroll-behavior: contain; flex: 1 1 auto; min-height: 0; }
li { padding: 6px 0; border-top: 1px solid #e5e7eb; }
li:first-child { border-top: 0; }
p { margin: 3px 0; }
.summary { display: flex; align-items: baseline; gap: 6px; width: 100%; padding: 4px 2px; border: 0; background: none; color: inherit; font: inherit; text-align: start; cursor: pointer; border-radius: 6px; }
.summary::before { content: "\\25B8"; flex: none; color: #4b5563; }
.summary[aria-expanded="true"]::before { content: "\\25BE"; }
.summary:hover { background: #f3f4f6; }
.line { flex: 1; min-width: 0; overflow: hidden; text-overflow: ellipsis; white-space: nowrap; font-weight: 600; }
.summary[aria-expanded="true"] .line { white-space: normal; }
.severity { flex: none; padding: 1px 5px; border-radius: 4px; font-size: 11px; font-weight: 700; text-transform: uppercase; color: #fff; background: #4b5563; }
li[data-severity="error"] .severity { background: #b91c1c; }
li[data-severity="warning"] .severity { background: #b45309; }
li[data-severity="info"] .severity { background: #1d4ed8; }
.more { padding: 0 2px 4px 18px; }
.more[hidden] { display: none; }
.part + .part { margin-top: 8px; padding-top: 8px; border-top: 1px dashed #d1d5db; }
.part-name { font-weight: 700; }
.rule-id { font: 12px ui-monospace, monospace; color: #374151; }
.flagged, .evidence, .why, .details { color: #374151; }
.details { font-size: 13px; }
.suggestion { color: #065f46; }
.actions { display: flex; flex-wrap: wrap; gap: 6px; margin-top: 6px; }
.action { font: inherit; font-size: 13px; padding: 3px 8px; border-radius: 6px; border: 1px solid #9ca3af; background: #f9fafb; color: #111827; cursor: pointer; }
.action:hover { background: #f3f4f6; }
.trace { display: flex; flex-wrap: wrap; align-items: center; gap: 6px; font-size: 13px; color: #374151; }
.trace-text { flex: 1; min-width: 0; }
.empty { color: #166534; }
button:focus-visible { outline: 2px solid #1d4ed8; outline-offset: 1px; }
:host([data-surface="dark"]) .postlint-popover { background: #111827; color: #f9fafb; border-color: #4b5563; }
:host([data-surface="dark"]) .head, :host([data-surface="dark"]) li { border-color: #374151; }
:host([data-surface="dark"]) .sub, :host([data-surface="dark"]) .close, :host([data-surface="dark"]) .rule-id,
:host([data-surface="dark"]) .flagged, :host([data-surface="dark"]) .evidence, :host([data-surface="dark"]) .why,
:host([data-surface="dark"]) .details, :host([data-surface="dark"]) .trace, :host([data-surface="dark"]) .summary::before { color: #d1d5db; }
:host([data-surface="dark"]) .head .icon { color: #93c5fd; }
:host([data-surface="dark"]) .suggestion { color: #6ee7b7; }
:host([data-surface="dark"]) .empty { color: #86efac; }
:host([data-surface="dark"]) .summary:hover, :host([data-surface="dark"]) .close:hover { background: #1f2937; }
:host([data-surface="dark"]) .action { background: #1f2937; color: #f9fafb; border-color: #6b7280; }
:host([data-surface="dark"]) .part + .part { border-color: #4b5563; }
:host([data-surface="dark"]) button:focus-visible { outline-color: #93c5fd; }
`;
