// In-page half of the Firefox locators (firefox/tab.ts): resolves a chain of steps to elements the
// way Playwright's CSS locators do for the selectors the shared checks use. Plain JavaScript for
// the same reason as probe.js: it runs in the page untranspiled. Installed as a preload script
// and, on pages a preload script does not reach, evaluated on first use.
//
// A step is { css, text? } (CSS matched in the scope and inside every open shadow root under
// it, then kept when its text matches) or { nth } (-1: the last).
(() => {
  if (window.__postlintLocate) return;

  const deepQuery = (scope, css, out) => {
    for (const el of scope.querySelectorAll(css)) out.push(el);
    const hosts = [scope, ...scope.querySelectorAll('*')].filter((el) => el.shadowRoot);
    for (const host of hosts) deepQuery(host.shadowRoot, css, out);
  };

  const textOf = (el) => (el.textContent || '').replace(/\s+/g, ' ').trim();
  const matchesText = (el, text) => {
    if (!text) return true;
    const t = textOf(el);
    if ('re' in text) return new RegExp(text.re, text.flags).test(t);
    return t.toLowerCase().includes(text.s.replace(/\s+/g, ' ').trim().toLowerCase());
  };

  const all = (steps) => {
    let set = [document];
    for (const step of steps) {
      if ('nth' in step) {
        const at = step.nth < 0 ? set.length + step.nth : step.nth;
        set = at >= 0 && at < set.length ? [set[at]] : [];
        continue;
      }
      const found = [];
      for (const scope of set) deepQuery(scope, step.css, found);
      set = [...new Set(found)].filter((el) => matchesText(el, step.text));
    }
    return set;
  };

  // As Playwright: a non-empty box and not visibility:hidden.
  const visible = (el) => {
    const r = el.getBoundingClientRect();
    return r.width > 0 && r.height > 0 && getComputedStyle(el).visibility !== 'hidden';
  };

  /** true when `state` holds; a string explains a strict-mode violation. */
  const check = (steps, state) => {
    const els = all(steps);
    if (els.length > 1 && state !== 'detached' && state !== 'hidden') return `strict mode violation: ${els.length} elements match`;
    const el = els[0];
    if (state === 'attached') return !!el;
    if (state === 'detached') return !el;
    if (state === 'hidden') return els.every((e) => !visible(e));
    return !!el && visible(el);
  };

  /** The one matching element, or the number of matches when that is not one. */
  const one = (steps) => {
    const els = all(steps);
    return els.length === 1 ? els[0] : els.length;
  };

  window.__postlintLocate = { all, check, one, visible, count: (steps) => all(steps).length };
})();
