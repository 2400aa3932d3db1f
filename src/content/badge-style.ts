/** The badge's styles, inside its shadow root: nothing leaks into or out of the page. */
export const BADGE_STYLE = `
:host { all: initial; }
* { box-sizing: border-box; }
.postlint-badge {
  position: fixed; z-index: 2147483646; display: inline-flex; align-items: center; gap: 3px;
  height: 22px; min-width: 22px; padding: 0 6px; border-radius: 11px; border: 1px solid transparent;
  font: 600 12px/1 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; cursor: pointer;
  color: #fff; background: #6b7280; box-shadow: 0 1px 3px rgb(0 0 0 / 0.25);
}
.postlint-badge[hidden] { display: none; }
.postlint-badge:focus-visible { outline: 2px solid #2563eb; outline-offset: 2px; }
.postlint-badge[data-severity="none"] { background: #fff; color: #15803d; border-color: #bbf7d0; opacity: 0.7; box-shadow: none; }
.postlint-badge[data-severity="none"]:hover, .postlint-badge[data-severity="none"]:focus-visible { opacity: 1; }
.postlint-badge[data-severity="info"] { background: #2563eb; }
.postlint-badge[data-severity="warning"] { background: #b45309; }
.postlint-badge[data-severity="error"] { background: #b91c1c; }
.visually-hidden { position: absolute; width: 1px; height: 1px; margin: -1px; padding: 0; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; border: 0; }
.postlint-popover {
  position: fixed; z-index: 2147483647; inset: auto; margin: 0; width: 340px; max-width: calc(100vw - 16px);
  max-height: min(60vh, 440px); overflow: auto; padding: 12px 14px; border: 1px solid #d1d5db; border-radius: 10px;
  background: #fff; color: #111827; box-shadow: 0 8px 24px rgb(0 0 0 / 0.18);
  font: 13px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; text-align: start;
}
.postlint-popover[hidden] { display: none; }
.postlint-popover:focus { outline: none; }
.head { display: flex; align-items: center; justify-content: space-between; gap: 8px; margin-bottom: 6px; }
h2 { margin: 0; font-size: 14px; font-weight: 700; }
.close { border: 0; background: none; font-size: 18px; line-height: 1; cursor: pointer; color: #4b5563; padding: 2px 6px; border-radius: 4px; }
ul { list-style: none; margin: 0; padding: 0; }
li { padding: 8px 0; border-top: 1px solid #e5e7eb; }
li:first-child { border-top: 0; }
p { margin: 2px 0; }
.title { display: flex; align-items: baseline; gap: 6px; }
.message { font-weight: 600; }
.severity { flex: none; padding: 0 5px; border-radius: 4px; font-size: 11px; text-transform: uppercase; color: #fff; background: #6b7280; }
li[data-severity="error"] .severity { background: #b91c1c; }
li[data-severity="warning"] .severity { background: #b45309; }
li[data-severity="info"] .severity { background: #2563eb; }
.flagged, .evidence, .why { color: #374151; }
.suggestion { color: #065f46; }
.actions { display: flex; flex-wrap: wrap; gap: 6px; margin-top: 6px; }
.actions button { font: inherit; font-size: 12px; padding: 3px 8px; border-radius: 6px; border: 1px solid #d1d5db; background: #f9fafb; color: #111827; cursor: pointer; }
.actions button:hover { background: #f3f4f6; }
.actions button:focus-visible, .close:focus-visible { outline: 2px solid #2563eb; outline-offset: 1px; }
.empty { color: #15803d; }
@media (prefers-color-scheme: dark) {
  .postlint-popover { background: #111827; color: #f9fafb; border-color: #374151; }
  li { border-color: #374151; }
  .flagged, .evidence, .why { color: #d1d5db; }
  .suggestion { color: #6ee7b7; }
  .actions button { background: #1f2937; color: #f9fafb; border-color: #4b5563; }
  .close { color: #d1d5db; }
}
`;
