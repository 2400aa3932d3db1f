// In-page helpers for the browser tests, injected into the page's main world with
// page.addInitScript({ path }). Plain JavaScript on purpose: it is never transpiled, so nothing
// (tsx's keepNames helpers, say) can leak into code that runs in the page.
//
// It only reads: it never changes the page or the extension's nodes.
(() => {
  if (window.__postlintProbe) return;

  const SEVERITY = { none: 0, info: 1, warning: 2, error: 3 };
  const EDITOR_ROOTS = '.DraftEditor-root, [data-lexical-editor], .ql-container, [contenteditable="true"], [contenteditable=""]';
  const seen = new WeakMap(); // badge host -> { seq, at }: when its seq last changed
  let latency = null; // the armed keystroke-latency measurement (see arm / result)

  const rec = (badge) => {
    const seq = badge.getAttribute('data-postlint-seq');
    const r = seen.get(badge);
    if (!r || r.seq !== seq) seen.set(badge, { seq, at: performance.now() });
  };

  new MutationObserver((records) => {
    for (const m of records) {
      if (m.type === 'attributes' && m.target.localName === 'postlint-badge') {
        rec(m.target);
        if (latency && latency.t0 !== null && latency.value === null && m.target === latency.badge) {
          latency.value = performance.now() - latency.t0;
          latency.resolve?.(latency.value);
        }
      }
    }
  }).observe(document, { subtree: true, attributes: true, attributeFilter: ['data-postlint-seq'] });

  window.addEventListener(
    'keydown',
    () => {
      if (latency && latency.t0 === null) latency.t0 = performance.now();
    },
    true,
  );

  /** Top-level editables: contenteditable elements not inside another one. */
  const editables = () =>
    [...document.querySelectorAll('[contenteditable="true"], [contenteditable=""]')].filter(
      (e) => !e.parentElement || !e.parentElement.closest('[contenteditable="true"], [contenteditable=""]'),
    );

  const chain = (node) => {
    const out = [];
    for (let n = node; n; n = n.parentNode || n.host) out.push(n);
    return out.reverse();
  };
  const commonDepth = (a, b) => {
    const A = chain(a);
    const B = chain(b);
    let i = 0;
    while (i < A.length && i < B.length && A[i] === B[i]) i++;
    return i;
  };
  const boxOf = (badge) => {
    const button = badge.shadowRoot && badge.shadowRoot.querySelector('button.postlint-badge');
    const r = (button || badge).getBoundingClientRect();
    return r.width || r.height ? r : badge.getBoundingClientRect();
  };
  const distance = (a, b) => {
    const dx = Math.max(0, a.left - b.right, b.left - a.right);
    const dy = Math.max(0, a.top - b.bottom, b.top - a.bottom);
    return Math.hypot(dx, dy);
  };
  const badges = () => [...document.querySelectorAll('postlint-badge')];

  /** The editor a badge belongs to: the one it shares the deepest ancestor with, then the nearest. */
  const ownerOf = (badge, eds) => {
    let best = null;
    let bestDepth = -1;
    let bestDist = Infinity;
    const bb = boxOf(badge);
    for (const ed of eds) {
      const d = commonDepth(badge, ed);
      const dist = distance(bb, ed.getBoundingClientRect());
      if (d > bestDepth || (d === bestDepth && dist < bestDist)) {
        best = ed;
        bestDepth = d;
        bestDist = dist;
      }
    }
    return best;
  };

  const visible = (badge) => {
    if (!badge.isConnected) return false;
    const button = badge.shadowRoot && badge.shadowRoot.querySelector('button.postlint-badge');
    const target = button || badge;
    const r = target.getBoundingClientRect();
    if (r.width === 0 && r.height === 0) return false;
    for (let n = target; n; n = n.parentNode || n.host) {
      if (n.nodeType !== 1) continue;
      const cs = getComputedStyle(n);
      if (cs.display === 'none' || cs.visibility === 'hidden' || cs.opacity === '0') return false;
    }
    return true;
  };

  const state = (badge) => {
    rec(badge);
    const a = (n) => badge.getAttribute(n);
    const root = badge.shadowRoot;
    const rules = (a('data-postlint-rules') || '').split(/\s+/).filter(Boolean);
    return {
      index: badges().indexOf(badge),
      count: Number(a('data-postlint-count')),
      severity: a('data-postlint-severity'),
      platform: a('data-postlint-platform'),
      kind: a('data-postlint-kind'),
      seq: Number(a('data-postlint-seq')),
      rules,
      visible: visible(badge),
      openShadow: !!root,
      hasButton: !!(root && root.querySelector('button.postlint-badge')),
      status: root && root.querySelector('[role="status"]') ? root.querySelector('[role="status"]').textContent.trim() : null,
      statusLive: root && root.querySelector('[role="status"]') ? root.querySelector('[role="status"]').getAttribute('aria-live') : null,
      sinceSeqChangeMs: performance.now() - seen.get(badge).at,
    };
  };

  const probe = {
    editables,

    /** The badge(s) of the editable `ed`, matched against every editor on the page. */
    badgesFor(ed) {
      const eds = editables();
      if (!eds.includes(ed)) eds.push(ed);
      return badges().filter((b) => ownerOf(b, eds) === ed);
    },

    /** The state of ed's badge, or null when it has none. `duplicates`: more than one badge. */
    badgeState(ed) {
      const mine = probe.badgesFor(ed);
      if (!mine.length) return null;
      const s = state(mine[0]);
      s.duplicates = mine.length - 1;
      return s;
    },

    /** Every badge on the page, for error messages. */
    allBadges() {
      return badges().map(state);
    },

    /** Returns ed's badge state when it meets `cond`, else null (for waitForFunction). */
    check(ed, cond) {
      const s = probe.badgeState(ed);
      const shown = !!(s && s.visible);
      if (cond.present === false) return shown ? null : { absent: true, state: s };
      if (!s) return cond.allowAbsent ? { absent: true } : null;
      if (cond.visible !== false && !s.visible) return null;
      if (cond.platform && s.platform !== cond.platform) return null;
      if (cond.kind && s.kind !== cond.kind) return null;
      if (cond.rulesInclude && !cond.rulesInclude.every((r) => s.rules.includes(r))) return null;
      if (cond.rulesExclude && cond.rulesExclude.some((r) => s.rules.includes(r))) return null;
      if (cond.minSeverity && !((SEVERITY[s.severity] ?? -1) >= SEVERITY[cond.minSeverity])) return null;
      if (cond.seqAbove !== undefined && !(s.seq > cond.seqAbove)) return null;
      if (cond.settledMs !== undefined && s.sinceSeqChangeMs < cond.settledMs) return null;
      return s;
    },

    /** Where the caret is, relative to the editable's text. */
    caret(ed) {
      const sel = getSelection();
      const all = document.createRange();
      all.selectNodeContents(ed);
      const total = all.toString();
      if (!sel || sel.rangeCount === 0) return { collapsed: false, inside: false, before: null, total, active: document.activeElement === ed };
      const inside = ed.contains(sel.focusNode);
      let before = null;
      if (inside) {
        const r = document.createRange();
        r.selectNodeContents(ed);
        r.setEnd(sel.focusNode, sel.focusOffset);
        before = r.toString();
      }
      return { collapsed: sel.isCollapsed, inside, before, total, active: document.activeElement === ed };
    },

    /** The editor library's own text (the fixture's hook), and the DOM's innerText. */
    text(ed) {
      return { model: window.__fixture ? window.__fixture.getText(ed) : null, dom: ed.innerText };
    },

    /** Nodes of the extension inside any editor root (must stay empty). */
    intrusions() {
      const out = [];
      for (const root of document.querySelectorAll(EDITOR_ROOTS)) {
        const where = `${root.localName}${root.className && typeof root.className === 'string' ? '.' + root.className.trim().split(/\s+/).join('.') : ''}`;
        if (root.shadowRoot) out.push(`${where} has a shadow root attached`);
        for (const n of root.querySelectorAll('*')) {
          const cls = typeof n.className === 'string' ? n.className : '';
          if (
            n.localName.startsWith('postlint') ||
            [...n.attributes].some((at) => at.name.startsWith('data-postlint')) ||
            /postlint/i.test(cls) ||
            /postlint/i.test(n.id)
          )
            out.push(`${where} contains <${n.localName}${n.id ? ' id=' + n.id : ''}${cls ? ' class=' + cls : ''}>`);
        }
      }
      return out;
    },

    /** Boxes (plain objects) for the layout checks: badge, popover parts, last line, caret. */
    layout(ed) {
      const plain = (r) => (r ? { left: r.left, top: r.top, right: r.right, bottom: r.bottom, width: r.width, height: r.height } : null);
      const mine = probe.badgesFor(ed)[0];
      const root = mine && mine.shadowRoot;
      const q = (sel) => (root ? root.querySelector(sel) : null);
      let lastLine = null;
      const walker = document.createTreeWalker(ed, NodeFilter.SHOW_TEXT);
      let last = null;
      for (let n = walker.nextNode(); n; n = walker.nextNode()) if (n.data.trim()) last = n;
      if (last) {
        const r = document.createRange();
        r.selectNodeContents(last);
        const rects = r.getClientRects();
        lastLine = plain(rects[rects.length - 1]);
      }
      let caret = null;
      const sel = getSelection();
      if (sel && sel.rangeCount && ed.contains(sel.focusNode)) {
        const rects = sel.getRangeAt(0).getClientRects();
        caret = plain(rects[rects.length - 1] || null);
      }
      const dialog = q('[role="dialog"]');
      return {
        badge: plain(q('button.postlint-badge') && q('button.postlint-badge').getBoundingClientRect()),
        dialogOpen: !!dialog && !dialog.hidden,
        dialog: plain(dialog && dialog.getBoundingClientRect()),
        close: plain(q('button.close') && q('button.close').getBoundingClientRect()),
        firstItem: plain(q('.list > li:first-child .summary, .list > li:first-child') && q('.list > li:first-child .summary, .list > li:first-child').getBoundingClientRect()),
        lastLine,
        caret,
        viewport: { width: innerWidth, height: innerHeight },
      };
    },

    /** Whether the topmost element at the centre of `el` is `el` or inside it (a click would reach it). */
    hitsCentre(el) {
      const r = el.getBoundingClientRect();
      const hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
      return { hit: hit ? hit.localName + (hit.className && typeof hit.className === 'string' ? '.' + hit.className.split(' ')[0] : '') : null, ok: !!hit && (hit === el || el.contains(hit)) };
    },

    /** Where focus is: in the editor, in which part of a badge's popover, or elsewhere. */
    focus(ed) {
      const active = document.activeElement;
      if (!active) return { where: 'none' };
      if (active === ed || ed.contains(active)) return { where: 'editor' };
      if (active.localName === 'postlint-badge' && active.shadowRoot) {
        const inner = active.shadowRoot.activeElement;
        const dialog = active.shadowRoot.querySelector('[role="dialog"]');
        return { where: inner && dialog.contains(inner) ? 'popover' : 'badge', label: inner ? (inner.textContent || '').trim().slice(0, 40) : null };
      }
      return { where: 'page', tag: active.localName };
    },

    /** Keystroke latency (bench): arm, press a key, then await result(). */
    arm(badge) {
      latency = { badge, t0: null, value: null, resolve: null };
    },
    result(timeoutMs) {
      const l = latency;
      if (!l) return Promise.resolve(null);
      if (l.value !== null) return Promise.resolve(l.value);
      return new Promise((resolve) => {
        const timer = setTimeout(() => resolve(null), timeoutMs);
        l.resolve = (v) => {
          clearTimeout(timer);
          resolve(v);
        };
      });
    },
  };

  Object.defineProperty(window, '__postlintProbe', { value: probe, configurable: false, enumerable: false });
})();
