/* SiteGen timeline: progressive enhancement over the server-rendered event list. No framework, no globals.
 *
 * Markup contract (templates/index.sbn renders it; the page is complete and readable without this script):
 *   #tl                           root: data-base (the site's base URL), data-split="1" when the timeline spans
 *                                 several pages, data-axis (the time axis, when written into the page; else it is
 *                                 fetched from tijdlijn/as.json), class tl--key when the page opens on its key events
 *   script#tl-t                   the interface texts (JSON: tl_* keys of i18n/<lang>.yml without the prefix, months)
 *   .tl-bar                       the sticky bar: input#tl-q, button#tl-filters (opens #tl-panel), button#tl-key
 *                                 [aria-pressed], #tl-axis (drawn here), #tl-count[role=status], #tl-clear
 *   #tl-panel                     filter chips .tl-chip[data-facet=actor|source][data-value][aria-pressed] with
 *                                 .tl-n counts, checkbox #tl-keys (shortcuts on or off)
 *   .tl-group (.has-k)            a year or month group, hidden when none of its events shows
 *   li.tl-event#e-… (.k)          one event (.k: a key event); data-date (TIMEX), data-mod (s|m|e),
 *                                 data-actors, data-sources (slugs); .tl-text the sentence; a.tl-permalink
 *   #tl-elsewhere                 results from other pages of a split timeline (search index under zoek/)
 * State in the URL: ?q=text&actor=a,b&source=c&van=2019-03&tot=2019-06&kern=0|1#e-…
 * Filters: OR within a facet, AND across facets, search and period. The key events view the page opens on gives way
 * to a search or filter (they look through every event); pressed by the reader, it narrows them like any filter.
 */
(function () {
  'use strict';
  var root = document.getElementById('tl');
  if (!root) return;
  var $ = function (sel, el) { return (el || root).querySelector(sel); };
  var $$ = function (sel, el) { return Array.prototype.slice.call((el || root).querySelectorAll(sel)); };
  if (!('IntersectionObserver' in window) || !window.fetch || !window.URLSearchParams || !HTMLCanvasElement.prototype.getContext) {
    root.classList.add('tl--static'); // what the page shows without the script: every event, no dead controls
    root.classList.remove('tl--key');
    return;
  }
  var T = {};
  try { T = JSON.parse(($('#tl-t') || {}).textContent || '{}'); } catch (e) { /* texts fall back to their keys */ }
  var t = function (key, vars) {
    var s = T[key] || key;
    for (var k in vars) s = s.split('{' + k + '}').join(String(vars[k]));
    return s;
  };
  var fold = function (s) { return s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase(); };
  var words = function (s) { return fold(s).split(/[^\p{L}\p{N}]+/u).filter(Boolean); };
  var reduced = window.matchMedia('(prefers-reduced-motion: reduce)');
  var months = T.months || [], monthsShort = T.months_short || months;
  var base = root.getAttribute('data-base') || '/';
  var split = root.hasAttribute('data-split');
  var storage = { get: function (k) { try { return localStorage.getItem(k); } catch (e) { return null; } },
    set: function (k, v) { try { localStorage.setItem(k, v); } catch (e) { /* private mode */ } } };

  // ---- dates: day numbers (days since 1970-01-01) and month numbers (year * 12 + month - 1) --------------------
  var DAY = 864e5;
  function span(v) { // [first day, day after] of a TIMEX value, or null
    var m, y, s, e;
    if (!v) return null;
    if ((m = /^(\d{4})-(\d{2})-(\d{2})/.exec(v))) { s = Date.UTC(+m[1], m[2] - 1, +m[3]); e = s + DAY; }
    else if ((m = /^(\d{4})-W(\d{2})/.exec(v))) {
      y = Date.UTC(+m[1], 0, 4);
      s = y - ((new Date(y).getUTCDay() + 6) % 7) * DAY + (m[2] - 1) * 7 * DAY; e = s + 7 * DAY;
    } else if ((m = /^(\d{4})-(\d{2})$/.exec(v))) { s = Date.UTC(+m[1], m[2] - 1, 1); e = Date.UTC(+m[1], +m[2], 1); }
    else if ((m = /^(\d{4})-Q(\d)/.exec(v))) { s = Date.UTC(+m[1], (m[2] - 1) * 3, 1); e = Date.UTC(+m[1], m[2] * 3, 1); }
    else if ((m = /^(\d{4})-(SP|SU|FA|AU|WI)/.exec(v))) {
      var q = { SP: 2, SU: 5, FA: 8, AU: 8, WI: 11 }[m[2]];
      s = Date.UTC(+m[1], q, 1); e = Date.UTC(+m[1], q + 3, 1);
    } else if ((m = /^(\d{4})$/.exec(v))) { s = Date.UTC(+m[1], 0, 1); e = Date.UTC(+m[1] + 1, 0, 1); }
    else if ((m = /^(\d{3})$/.exec(v))) { s = Date.UTC(m[1] * 10, 0, 1); e = Date.UTC(m[1] * 10 + 10, 0, 1); }
    else if ((m = /^(\d{2})$/.exec(v))) { s = Date.UTC(m[1] * 100, 0, 1); e = Date.UTC(m[1] * 100 + 100, 0, 1); }
    else return null;
    return [s / DAY, e / DAY];
  }
  var monthOf = function (day) { var d = new Date(day * DAY); return d.getUTCFullYear() * 12 + d.getUTCMonth(); };
  var monthLabel = function (m, short) { return (short ? monthsShort : months)[m % 12] + ' ' + Math.floor(m / 12); };
  var monthKey = function (m) { var mm = m % 12 + 1; return Math.floor(m / 12) + '-' + (mm < 10 ? '0' : '') + mm; };
  var parseMonth = function (s) { var m = /^(\d{4})-(\d{2})$/.exec(s || ''); return m ? m[1] * 12 + (m[2] - 1) : null; };

  // ---- the events on this page ---------------------------------------------------------------------------------
  var events = $$('.tl-event').map(function (el) {
    var sp = span(el.getAttribute('data-date'));
    el.tabIndex = -1;
    return {
      el: el, id: el.id, on: true, key: el.classList.contains('k'),
      from: sp ? monthOf(sp[0]) : null, to: sp ? monthOf(sp[1] - 1) : null,
      actors: (el.getAttribute('data-actors') || '').split(' ').filter(Boolean),
      sources: (el.getAttribute('data-sources') || '').split(' ').filter(Boolean),
      text: fold(el.textContent)
    };
  });
  var byId = {};
  events.forEach(function (e) { byId[e.id] = e; });
  var groups = [];
  $$('.tl-group').forEach(function (g) {
    groups.push({ el: g, items: events.filter(function (e) { return g.contains(e.el); }) });
  });
  var jumps = $$('.tl-jump a').map(function (a) { return { a: a, g: document.getElementById(a.getAttribute('href').slice(1)) }; });

  var input = $('#tl-q'), count = $('#tl-count'), clear = $('#tl-clear'), keyBtn = $('#tl-key');
  var filtersBtn = $('#tl-filters'), panel = $('#tl-panel'), nf = $('#tl-nf'), keysBox = $('#tl-keys');
  var chips = $$('.tl-chip');
  var keyDefault = root.classList.contains('tl--key');
  var initialCount = count.textContent; // what the page says it shows, as written by the build
  var pageCount = initialCount;
  var note = document.createElement('p');
  note.className = 'tl-print-note';
  root.insertBefore(note, root.firstChild);

  // ---- state, filtering, URL -------------------------------------------------------------------------------------
  // keyAuto: the key view is the page's default, not the reader's choice, so a search or filter sets it aside.
  var st = { q: '', actor: [], source: [], from: null, to: null, key: keyDefault, keyAuto: true };
  var anyFilter = function () { return !!(st.q || st.actor.length || st.source.length || st.from !== null); };
  var keyOn = function () { return st.key && !(st.keyAuto && anyFilter()); };
  function has(list, wanted) {
    if (!wanted.length) return true;
    for (var i = 0; i < wanted.length; i++) if (list.indexOf(wanted[i]) >= 0) return true;
    return false;
  }
  var qWords = [];
  function matches(e, skip) {
    if (skip !== 'actor' && !has(e.actors, st.actor)) return false;
    if (skip !== 'source' && !has(e.sources, st.source)) return false;
    if (st.from !== null && (e.from === null || e.to < st.from || e.from > st.to)) return false;
    for (var i = 0; i < qWords.length; i++) if (e.text.indexOf(qWords[i]) < 0) return false;
    return true;
  }
  function apply() {
    var n = 0, key = keyOn();
    qWords = words(st.q);
    root.classList.toggle('tl--key', key);
    events.forEach(function (e) {
      var on = matches(e);
      if (on !== e.on) { e.on = on; e.el.classList.toggle('tl-off', !on); }
      if (on && (!key || e.key)) n++;
    });
    groups.forEach(function (g) { g.el.classList.toggle('tl-off', !g.items.some(function (e) { return e.on && (!key || e.key); })); });
    jumps.forEach(function (j) { if (j.g) j.a.parentNode.hidden = j.g.classList.contains('tl-off'); });
    chips.forEach(function (c) { // how many events this chip would show, with every other filter as it is
      var facet = c.getAttribute('data-facet'), v = c.getAttribute('data-value'), k = 0;
      events.forEach(function (e) { if ((facet === 'actor' ? e.actors : e.sources).indexOf(v) >= 0 && (!key || e.key) && matches(e, facet)) k++; });
      var span = $('.tl-n', c);
      if (span) span.textContent = k;
    });
    var total = events.length;
    count.textContent = anyFilter()
      ? (n ? t('count', { n: n, total: total }) : t((st.q ? 'none_q' : 'none') + (split ? '' : '_all'), { q: st.q }))
      : key === keyDefault ? initialCount : key ? t('count_key', { n: n, total: total }) : t('count_all', { total: total });
    count.classList.toggle('tl-none', anyFilter() && !n);
    pageCount = count.textContent;
    clear.hidden = !anyFilter();
    if (keyBtn) keyBtn.setAttribute('aria-pressed', String(key)); // what the list shows, not what was last chosen
    if (nf) nf.textContent = st.actor.length + st.source.length ? ' (' + (st.actor.length + st.source.length) + ')' : '';
    printNote();
    axisDraw();
    elsewhere();
  }
  function printNote() {
    var parts = [];
    if (st.q) parts.push(t('filter_q', { q: st.q }));
    chips.forEach(function (c) {
      if (c.getAttribute('aria-pressed') === 'true')
        parts.push(t('filter_' + c.getAttribute('data-facet'), { name: c.firstChild.textContent.trim() }));
    });
    if (st.from !== null) parts.push(t('range', { from: monthLabel(st.from), to: monthLabel(st.to) }));
    if (keyOn()) parts.push(t('filter_key'));
    note.textContent = parts.length ? t('print_filter', { filter: parts.join(', ') }) : t('print_all');
  }
  function readUrl() {
    var p = new URLSearchParams(location.search);
    st.q = p.get('q') || '';
    st.actor = (p.get('actor') || '').split(',').filter(Boolean);
    st.source = (p.get('source') || '').split(',').filter(Boolean);
    st.from = parseMonth(p.get('van'));
    st.to = parseMonth(p.get('tot'));
    if (st.from === null || st.to === null) st.from = st.to = null;
    st.keyAuto = !p.has('kern');
    st.key = st.keyAuto ? keyDefault : p.get('kern') === '1';
    input.value = st.q;
    chips.forEach(function (c) {
      c.setAttribute('aria-pressed', String(st[c.getAttribute('data-facet')].indexOf(c.getAttribute('data-value')) >= 0));
    });
  }
  function writeUrl(push) {
    var p = new URLSearchParams(location.search);
    var set = function (k, v) { if (v) p.set(k, v); else p.delete(k); };
    set('q', st.q);
    set('actor', st.actor.join(','));
    set('source', st.source.join(','));
    set('van', st.from === null ? '' : monthKey(st.from));
    set('tot', st.to === null ? '' : monthKey(st.to));
    set('kern', st.keyAuto || (st.key === keyDefault && !anyFilter()) ? '' : st.key ? '1' : '0');
    var q = p.toString(), url = location.pathname + (q ? '?' + q : '') + location.hash;
    if (url !== location.pathname + location.search + location.hash) history[push ? 'pushState' : 'replaceState'](null, '', url);
  }
  function clearAll(push) {
    st.q = ''; st.actor = []; st.source = []; st.from = st.to = null;
    input.value = '';
    chips.forEach(function (c) { c.setAttribute('aria-pressed', 'false'); });
    apply();
    writeUrl(push);
  }
  chips.forEach(function (c) {
    c.addEventListener('click', function () {
      var on = c.getAttribute('aria-pressed') !== 'true', list = st[c.getAttribute('data-facet')], v = c.getAttribute('data-value');
      c.setAttribute('aria-pressed', String(on));
      if (on) list.push(v); else list.splice(list.indexOf(v), 1);
      apply();
      writeUrl(true);
    });
  });
  input.addEventListener('input', function () {
    st.q = input.value.trim();
    apply();
    writeUrl(false);
  });
  input.form && input.form.addEventListener('submit', function (ev) { ev.preventDefault(); writeUrl(true); });
  clear.addEventListener('click', function () { clearAll(true); input.focus(); });
  if (keyBtn) keyBtn.addEventListener('click', function () { st.key = !keyOn(); st.keyAuto = false; apply(); writeUrl(true); });
  window.addEventListener('popstate', function () { readUrl(); apply(); target(false); });

  // ---- the panel of filters and options ----------------------------------------------------------------------------
  function openPanel(open) {
    panel.hidden = !open;
    filtersBtn.setAttribute('aria-expanded', String(open));
  }
  if (filtersBtn && panel) filtersBtn.addEventListener('click', function () { openPanel(panel.hidden); });
  var shortcuts = storage.get('tl-keys') !== '0';
  if (keysBox) {
    keysBox.checked = shortcuts;
    keysBox.addEventListener('change', function () { shortcuts = keysBox.checked; storage.set('tl-keys', shortcuts ? '1' : '0'); });
  }

  // ---- moving between events, deep links ---------------------------------------------------------------------------
  function go(el, focus) {
    el.scrollIntoView({ block: 'center', behavior: reduced.matches ? 'auto' : 'smooth' });
    if (focus) el.focus({ preventScroll: true });
  }
  var shown = function (e) { return e.on && (!keyOn() || e.key); };
  function target(scroll) {
    $$('.tl-target').forEach(function (x) { x.classList.remove('tl-target'); });
    var id = decodeURIComponent(location.hash.slice(1));
    if (!id) return;
    var e = byId[id];
    if (e) {
      if (!e.on) clearAll(false); // a shared link must show its event, whatever filters were on
      if (!shown(e)) { st.key = false; st.keyAuto = false; apply(); writeUrl(false); }
      e.el.classList.add('tl-target');
      if (scroll) go(e.el, true);
    } else if (!document.getElementById(id) && /^[ea]-/.test(id)) {
      relocate(id);
    }
  }
  // An event that is not on this page: its page is listed under tijdlijn/ids/ by the date in its id.
  function relocate(id) {
    if (!split) { count.textContent = t('not_found', { id: id }); return; }
    var m = /^e-(\d{4})(-\d{2})?/.exec(id);
    var key = m ? m[1] + (m[2] || '') : id.charAt(0) === 'e' ? 'e' : 'a';
    fetch(base + 'tijdlijn/ids/' + key + '.json').then(function (r) { return r.ok ? r.json() : {}; }).then(function (map) {
      var path = map[id];
      if (path && base + path !== location.pathname) {
        count.textContent = t('moving');
        location.replace(base + path + '#' + encodeURIComponent(id));
      } else count.textContent = t('not_found', { id: id });
    }).catch(function () { count.textContent = t('not_found', { id: id }); });
  }
  window.addEventListener('hashchange', function () { target(true); });

  var visible = new Set();
  var io = new IntersectionObserver(function (entries) {
    entries.forEach(function (en) { if (en.isIntersecting) visible.add(en.target); else visible.delete(en.target); });
    axisDraw();
  });
  events.forEach(function (e) { io.observe(e.el); });

  // From the focused event one step on; with none focused, the first event in view is where the reader is.
  function step(dir) {
    var on = events.filter(shown);
    if (!on.length) return;
    var a = document.activeElement, cur = a && a.closest && a.closest('.tl-event'), i;
    for (i = 0; i < on.length && on[i].el !== cur; i++);
    if (i < on.length) i += dir;
    else for (i = 0; i < on.length - 1 && !visible.has(on[i].el); i++);
    go(on[Math.max(0, Math.min(on.length - 1, i))].el, true);
  }
  document.addEventListener('keydown', function (ev) {
    if (ev.defaultPrevented || ev.ctrlKey || ev.metaKey || ev.altKey) return;
    var a = document.activeElement, editing = a && (a.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(a.tagName));
    if (ev.key === 'Escape') {
      if (!panel.hidden && panel.contains(a)) { openPanel(false); filtersBtn.focus(); ev.preventDefault(); return; }
      if (anyFilter()) { clearAll(true); ev.preventDefault(); }
      return;
    }
    if (editing && a.type !== 'checkbox') return;
    var inList = a && a.closest && a.closest('.tl-event');
    // Single-key shortcuts only when the reader has not switched them off (WCAG 2.1.4); arrows only inside the list.
    if (shortcuts && ev.key === '/') { ev.preventDefault(); input.focus(); input.select(); }
    else if ((shortcuts && ev.key === 'j') || (inList && ev.key === 'ArrowDown')) { ev.preventDefault(); step(1); }
    else if ((shortcuts && ev.key === 'k') || (inList && ev.key === 'ArrowUp')) { ev.preventDefault(); step(-1); }
  });

  // ---- the time axis: density per month of the whole timeline, labelled, with a brush ---------------------------
  var axisEl = $('#tl-axis') || document.createElement('div');
  var ax = null; // { first, counts[], pages: [[month, path]] }
  var canvas, tip, cursor = 0, anchor = null, bins = [], geo = null, drawing = false;
  function parseAxis(s) {
    var parts = (s || '').split(';');
    if (parts.length < 2) return null;
    var counts = [];
    parts[1].split(',').forEach(function (c) {
      if (c.charAt(0) === '_') for (var i = +c.slice(1); i > 0; i--) counts.push(0);
      else counts.push(+c);
    });
    return { first: +parts[0], counts: counts, pages: [] };
  }
  // Events in months from..to; a vaguely dated event is spread over its period, so a month may hold a part of one.
  function countIn(from, to) {
    var n = 0;
    for (var m = Math.max(from, ax.first); m <= Math.min(to, ax.first + ax.counts.length - 1); m++) n += ax.counts[m - ax.first];
    return n;
  }
  var shown1 = function (n) { return n > 0 && n < 1 ? t('part') : Math.round(n); };
  // Bins as wide as the strip allows (a month, a quarter, a year, or several years), long empty stretches shrunk to a gap.
  function layout() {
    var w = axisEl.clientWidth, n = ax.counts.length, size = 1;
    [1, 3, 6, 12, 24, 60, 120].some(function (s) { size = s; return Math.ceil(n / s) * 4 <= w; });
    var start = ax.first - (size >= 12 ? ax.first % 12 : ax.first % size);
    var raw = [];
    for (var m = start; m < ax.first + n; m += size) raw.push({ from: m, to: m + size - 1, n: countIn(m, m + size - 1) });
    var minGap = Math.max(3, Math.round(raw.length / 12));
    var out = [], i = 0;
    while (i < raw.length) {
      var j = i;
      while (j < raw.length && raw[j].n === 0) j++;
      if (j - i >= minGap && i > 0 && j < raw.length) { out.push({ from: raw[i].from, to: raw[j - 1].to, n: 0, gap: true }); i = j; }
      else { out.push(raw[i]); i++; }
    }
    var gaps = out.filter(function (b) { return b.gap; }).length, gapW = 14;
    var bw = (w - gaps * gapW) / Math.max(1, out.length - gaps), x = 0;
    out.forEach(function (b) { b.x = x; b.w = b.gap ? gapW : bw; x += b.w; });
    return { w: w, size: size, bins: out };
  }
  function binAt(x) {
    for (var i = 0; i < bins.length; i++) if (x < bins[i].x + bins[i].w) return bins[i];
    return bins[bins.length - 1];
  }
  function binOf(m) {
    for (var i = 0; i < bins.length; i++) if (m <= bins[i].to) return bins[i];
    return bins[bins.length - 1];
  }
  function color(name) { return getComputedStyle(axisEl).getPropertyValue(name).trim() || '#0a5a8c'; }
  function axisDraw() {
    if (!ax || drawing) return;
    drawing = true;
    requestAnimationFrame(function () {
      drawing = false;
      var forced = window.matchMedia('(forced-colors: active)').matches;
      if (!geo || geo.w !== axisEl.clientWidth) { geo = layout(); bins = geo.bins; label(); }
      var h = axisEl.clientHeight, dpr = window.devicePixelRatio || 1, barH = h - 16;
      canvas.width = Math.round(geo.w * dpr);
      canvas.height = Math.round(h * dpr);
      var g = canvas.getContext('2d');
      g.setTransform(dpr, 0, 0, dpr, 0, 0);
      g.clearRect(0, 0, geo.w, h);
      var bar = forced ? 'CanvasText' : color('--axis-bar'), muted = forced ? 'CanvasText' : color('--axis-muted');
      var mark = forced ? 'Highlight' : color('--axis-mark'), line = forced ? 'CanvasText' : color('--axis-line');
      var max = 1;
      bins.forEach(function (b) { if (b.n > max) max = b.n; });
      g.fillStyle = line;
      g.fillRect(0, barH, geo.w, 1);
      if (st.from !== null) { // the chosen period, shaded
        var a = binOf(st.from), z = binOf(st.to);
        g.globalAlpha = 0.25;
        g.fillStyle = mark;
        g.fillRect(a.x, 0, z.x + z.w - a.x, barH);
        g.globalAlpha = 1;
      }
      bins.forEach(function (b) {
        if (b.gap) { // a stretch without events: a break mark instead of empty space
          g.strokeStyle = muted;
          g.beginPath(); // a break: two slanted strokes across the base line
          g.moveTo(b.x + 2, barH + 3); g.lineTo(b.x + 7, barH - 7);
          g.moveTo(b.x + 7, barH + 3); g.lineTo(b.x + 12, barH - 7);
          g.stroke();
          return;
        }
        if (!b.n) return;
        var bh = Math.max(2, Math.round(Math.sqrt(b.n / max) * (barH - 4))); // square root: a month of 3 next to one of 300 still shows
        g.fillStyle = st.from !== null && (b.to < st.from || b.from > st.to) ? muted : bar;
        g.fillRect(b.x + (b.w > 3 ? 0.5 : 0), barH - bh, Math.max(1, b.w - (b.w > 3 ? 1 : 0)), bh);
      });
      // Where the reader is: the months of the events in view.
      var ms = events.filter(function (e) { return visible.has(e.el) && shown(e) && e.from !== null; });
      if (ms.length) {
        var lo = binOf(Math.min.apply(null, ms.map(function (e) { return e.from; })));
        var hi = binOf(Math.max.apply(null, ms.map(function (e) { return e.from; })));
        g.strokeStyle = forced ? 'Highlight' : color('--axis-here');
        g.lineWidth = 2;
        g.strokeRect(lo.x + 1, 1, Math.max(4, hi.x + hi.w - lo.x - 2), barH - 2);
        g.lineWidth = 1;
      }
      // Year ticks (their labels are elements, placed when the layout changes).
      g.fillStyle = muted;
      ticks.forEach(function (tk) { g.fillRect(tk.x, barH, 1, 4); });
      if (document.activeElement === axisEl) { // the keyboard cursor
        var c = binOf(cursor);
        g.strokeStyle = forced ? 'Highlight' : color('--axis-here');
        g.setLineDash([3, 2]);
        g.strokeRect(c.x + 0.5, 0.5, Math.max(3, c.w - 1), barH - 1);
        g.setLineDash([]);
      }
    });
  }
  // Year labels where there is room (at least a label's width apart); both ends of a gap are labelled.
  var ticks = [], tickBox;
  function label() {
    ticks = [];
    tickBox.textContent = '';
    var last = -1e9, lastYear = null;
    bins.forEach(function (b, i) {
      var y = Math.floor(b.from / 12), afterGap = bins[i - 1] && bins[i - 1].gap;
      if (b.gap || (y === lastYear && !afterGap)) { lastYear = Math.floor(b.to / 12); return; }
      lastYear = Math.floor(b.to / 12);
      if (b.from % 12 !== 0 && i > 0 && !afterGap) return;
      if (b.x - last < 40 || b.x + 30 > geo.w) return;
      var span = document.createElement('span');
      span.textContent = y;
      span.style.left = b.x + 'px';
      tickBox.appendChild(span);
      ticks.push({ x: b.x, year: y });
      last = b.x;
    });
  }
  function describe(from, to) {
    return from === to ? t('month_value', { month: months[from % 12], year: Math.floor(from / 12), n: shown1(countIn(from, to)) })
      : t('range_value', { from: monthLabel(from), to: monthLabel(to), n: shown1(countIn(from, to)) });
  }
  function showTip(b, x) {
    tip.textContent = b.gap ? t('gap', { from: monthLabel(b.from, true), to: monthLabel(b.to, true) })
      : b.from === b.to ? describe(b.from, b.to) : t('range_value', { from: monthLabel(b.from, true), to: monthLabel(b.to, true), n: shown1(b.n) });
    tip.hidden = false;
    var w = tip.offsetWidth;
    tip.style.left = Math.max(0, Math.min(geo.w - w, x - w / 2)) + 'px';
  }
  function setCursor(m) {
    cursor = Math.max(ax.first, Math.min(ax.first + ax.counts.length - 1, m));
    axisEl.setAttribute('aria-valuenow', String(cursor - ax.first));
    axisEl.setAttribute('aria-valuetext', st.from !== null && anchor !== null ? describe(st.from, st.to) : describe(cursor, cursor));
  }
  function setRange(a, b) {
    if (a === null) { st.from = st.to = null; }
    else { st.from = Math.min(a, b); st.to = Math.max(a, b); }
    apply();
    writeUrl(false);
  }
  // Go to month m: here when this page holds it, else on the page that does.
  function jumpTo(m, focus) {
    setCursor(m);
    var on = events.filter(function (e) { return shown(e) && e.from !== null; });
    var here = on.filter(function (e) { return e.from >= m; })[0];
    var page = null;
    if (split && ax.pages.length) {
      for (var i = 0; i < ax.pages.length && ax.pages[i][0] <= m; i++) page = ax.pages[i][1];
      if (page && base + page !== location.pathname && !(here && here.from <= m + 1)) {
        location.href = base + page + '#t-' + monthKey(m);
        return;
      }
    }
    var e = here || on[on.length - 1];
    if (e) go(e.el, focus);
  }
  function nextWithEvents(m, dir) {
    for (var k = m + dir; k >= ax.first && k < ax.first + ax.counts.length; k += dir) if (ax.counts[k - ax.first] > 0) return k;
    return m;
  }
  function axisInit(data) {
    ax = data;
    if (!ax || !ax.counts.length) { axisEl.hidden = true; return; }
    canvas = document.createElement('canvas');
    canvas.setAttribute('aria-hidden', 'true');
    tip = document.createElement('div');
    tip.className = 'tl-tip';
    tip.hidden = true;
    tip.setAttribute('aria-hidden', 'true'); // the slider's value text says the same to screen readers
    tickBox = document.createElement('div');
    tickBox.className = 'tl-ticks';
    tickBox.setAttribute('aria-hidden', 'true');
    axisEl.appendChild(canvas);
    axisEl.appendChild(tickBox);
    axisEl.appendChild(tip);
    axisEl.setAttribute('role', 'slider');
    axisEl.tabIndex = 0;
    axisEl.setAttribute('aria-label', t('axis'));
    if ($('#tl-axis-help')) axisEl.setAttribute('aria-describedby', 'tl-axis-help');
    axisEl.setAttribute('aria-valuemin', '0');
    axisEl.setAttribute('aria-valuemax', String(ax.counts.length - 1));
    var firstShown = events.filter(function (e) { return e.from !== null; })[0];
    setCursor(firstShown ? firstShown.from : ax.first);
    var down = null, brushed = false;
    axisEl.addEventListener('pointerdown', function (ev) {
      if (ev.button !== 0) return;
      down = binAt(ev.offsetX);
      brushed = false;
      axisEl.setPointerCapture(ev.pointerId);
    });
    axisEl.addEventListener('pointermove', function (ev) {
      var b = binAt(Math.max(0, Math.min(geo.w - 1, ev.offsetX)));
      showTip(b, ev.offsetX);
      if (down && b !== down) {
        brushed = true;
        anchor = down.from;
        setRange(Math.min(down.from, b.from), Math.max(down.to, b.to));
      }
    });
    axisEl.addEventListener('pointerup', function (ev) {
      if (down && !brushed) {
        var b = binAt(ev.offsetX);
        jumpTo(b.gap ? nextWithEvents(b.to, 1) : b.from, false);
      }
      down = null;
    });
    axisEl.addEventListener('pointerleave', function () { if (!down) tip.hidden = true; });
    axisEl.addEventListener('focus', function () { var b = binOf(cursor); showTip(b, b.x + b.w / 2); axisDraw(); });
    axisEl.addEventListener('blur', function () { tip.hidden = true; axisDraw(); });
    axisEl.addEventListener('keydown', function (ev) {
      var k = ev.key, m = null, max = ax.first + ax.counts.length - 1;
      if (k === 'Escape') {
        if (!tip.hidden) tip.hidden = true;
        if (st.from !== null) { anchor = null; setRange(null); }
        ev.preventDefault(); ev.stopPropagation();
        return;
      }
      if (k === 'Enter' || k === ' ') { ev.preventDefault(); jumpTo(cursor, true); return; }
      if (k === 'ArrowRight' || k === 'ArrowUp') m = nextWithEvents(cursor, 1);
      else if (k === 'ArrowLeft' || k === 'ArrowDown') m = nextWithEvents(cursor, -1);
      else if (k === 'PageUp') m = Math.min(max, cursor + 12);
      else if (k === 'PageDown') m = Math.max(ax.first, cursor - 12);
      else if (k === 'Home') m = ax.first;
      else if (k === 'End') m = max;
      if (m === null) return;
      ev.preventDefault();
      ev.stopPropagation();
      if (ev.shiftKey) {
        if (anchor === null) anchor = cursor;
        cursor = m;
        setRange(anchor, m);
      } else anchor = null;
      setCursor(m);
      var b = binOf(m);
      showTip(b, b.x + b.w / 2);
      axisDraw();
    });
    window.addEventListener('resize', axisDraw);
    axisDraw();
  }

  // ---- other pages of a split timeline: the search index (zoek/) ------------------------------------------------
  var more = $('#tl-more'), away = $('#tl-elsewhere'), awayList = away && $('ol', away), awayStatus = away && $('#tl-elsewhere-status');
  var index = null, cache = {}, shownAway = 0, found = [], asked = 0;
  var json = function (path) {
    if (!cache[path]) cache[path] = fetch(base + path).then(function (r) { if (!r.ok) throw new Error(path); return r.json(); });
    return cache[path];
  };
  var gaps = function (s) { var n = 0; return s ? s.split(',').map(function (d) { n += parseInt(d, 36); return n; }) : []; };
  var chunkOf = function (w) {
    var k = Array.from(w).slice(0, 2).join('');
    return /^[a-z0-9]+$/.test(k) ? k : 'x' + Array.from(k).map(function (c) { return c.codePointAt(0).toString(16); }).join('-');
  };
  function intersect(a, b) {
    var out = [], i = 0, j = 0;
    while (i < a.length && j < b.length) { if (a[i] < b[j]) i++; else if (a[i] > b[j]) j++; else { out.push(a[i]); i++; j++; } }
    return out;
  }
  function union(lists) {
    var seen = new Set();
    lists.forEach(function (l) { l.forEach(function (n) { seen.add(n); }); });
    return Array.from(seen).sort(function (a, b) { return a - b; });
  }
  // The numbers of the site's events that match the query words (each word as a prefix) and the chosen actors and sources.
  function lookup() {
    return json('zoek/meta.json').then(function (meta) {
      index = meta;
      var ws = words(st.q).filter(function (w) { return meta.stop.indexOf(w) < 0 && (w.length > 1 || /\d/.test(w)); });
      var sets = ws.map(function (w) {
        var c = chunkOf(w);
        if (meta.chunks.indexOf(c) < 0) return Promise.resolve([]);
        return json('zoek/t/' + c + '.json').then(function (terms) {
          return union(Object.keys(terms).filter(function (term) { return term.indexOf(w) === 0; }).map(function (term) { return gaps(terms[term]); }));
        });
      });
      ['actor', 'source'].forEach(function (f) {
        if (st[f].length) sets.push(Promise.all(st[f].map(function (v) {
          return json('zoek/' + f.charAt(0) + '/' + v + '.json').then(gaps, function () { return []; });
        })).then(union));
      });
      return Promise.all(sets).then(function (lists) { return lists.reduce(intersect); });
    });
  }
  function record(n) {
    return json('zoek/e/' + Math.floor(n / index.f) + '.json').then(function (rows) { return rows[n % index.f]; });
  }
  function elsewhere() {
    if (!split || !away) return;
    var ask = ++asked;
    var q = st.q || st.actor.length || st.source.length;
    if (!q) {
      found = [];
      awayList.textContent = '';
      more.hidden = true;
      rangeLinks();
      return;
    }
    away.hidden = false;
    awayStatus.textContent = t('elsewhere_loading');
    clearTimeout(elsewhere.timer);
    elsewhere.timer = setTimeout(function () {
      lookup().then(function (numbers) {
        if (ask !== asked) return;
        var here = location.pathname;
        // Records of other pages only; the period, when chosen, narrows them once their records are read.
        found = numbers;
        shownAway = 0;
        awayList.textContent = '';
        return page(here, ask);
      }).catch(function () { if (ask === asked) awayStatus.textContent = t('elsewhere_failed'); });
    }, st.q ? 200 : 0);
  }
  // Shows the next results from other pages, twenty at a time; the records of a round are fetched side by side.
  function page(here, ask) {
    var batch = [];
    var keep = function (r) {
      return r && base + index.pages[r[1]] !== here && !byId[r[0]] && (st.from === null || (r[5] >= st.from && r[5] <= st.to));
    };
    var round = function () {
      if (!found.length || batch.length >= 20) return Promise.resolve();
      var take = found.splice(0, 40);
      return Promise.all(take.map(record)).then(function (rows) {
        if (ask !== asked) return;
        for (var i = 0; i < rows.length; i++) {
          if (batch.length >= 20) { found = take.slice(i).concat(found); break; }
          if (keep(rows[i])) batch.push(rows[i]);
        }
        return round();
      });
    };
    return round().then(function () {
      if (ask !== asked) return;
      batch.forEach(function (r) {
        var li = document.createElement('li'), when = document.createElement('p'), h = document.createElement('h3'),
          a = document.createElement('a'), meta = document.createElement('p');
        li.className = 'tl-result';
        when.className = 'when';
        when.textContent = r[2];
        h.className = 'what';
        a.href = base + index.pages[r[1]] + '#' + r[0];
        a.textContent = r[3];
        h.appendChild(a);
        meta.className = 'meta';
        meta.textContent = r[4];
        li.appendChild(when); li.appendChild(h); li.appendChild(meta);
        awayList.appendChild(li);
      });
      shownAway += batch.length;
      more.hidden = !found.length;
      awayStatus.textContent = shownAway || found.length ? t('elsewhere_count', { n: shownAway + (found.length ? '+' : '') }) : t('elsewhere_none');
      count.textContent = pageCount + ' · ' + awayStatus.textContent;
      if (!shownAway && !found.length && !st.q && !st.actor.length && !st.source.length) away.hidden = true;
    });
  }
  if (more) more.addEventListener('click', function () { page(location.pathname, asked); });
  // With only a period chosen, the pages that hold the rest of it.
  function rangeLinks() {
    if (st.from === null || !ax || !ax.pages.length) { away.hidden = true; return; }
    var links = [];
    ax.pages.forEach(function (p, i) {
      var next = ax.pages[i + 1] ? ax.pages[i + 1][0] - 1 : Infinity;
      if (p[0] <= st.to && next >= st.from && base + p[1] !== location.pathname) links.push(p);
    });
    away.hidden = !links.length;
    awayStatus.textContent = t('elsewhere_range');
    awayList.textContent = '';
    links.slice(0, 24).forEach(function (p) {
      var li = document.createElement('li'), a = document.createElement('a');
      li.className = 'tl-result';
      a.href = base + p[1];
      a.textContent = monthLabel(p[0]);
      li.appendChild(a);
      awayList.appendChild(li);
    });
  }

  // ---- start --------------------------------------------------------------------------------------------------------
  // Whatever the page scrolls to (a link focused with Tab or Shift+Tab, a #event) stays clear of the sticky bar (WCAG 2.4.11).
  var bar = $('#tl-bar');
  var barRoom = function () { document.documentElement.style.scrollPaddingTop = (bar.offsetHeight + 8) + 'px'; };
  if (bar) { barRoom(); if (window.ResizeObserver) new ResizeObserver(barRoom).observe(bar); }
  // A navigation row that scrolls sideways (phones) shows its current period.
  Array.prototype.forEach.call(document.querySelectorAll('.years [aria-current]'), function (a) {
    var ol = a.closest('ol');
    if (ol && ol.scrollWidth > ol.clientWidth) ol.scrollLeft = a.offsetLeft - ol.offsetLeft - (ol.clientWidth - a.offsetWidth) / 2;
  });
  readUrl();
  var inline = root.getAttribute('data-axis');
  if (inline) axisInit(parseAxis(inline));
  else if (split) json('tijdlijn/as.json').then(function (d) {
    var a = parseAxis(d.axis);
    if (a) a.pages = d.pages || [];
    axisInit(a);
  }).catch(function () { axisEl.hidden = true; });
  else axisEl.hidden = true;
  apply();
  target(true);
})();
