/* SiteGen timeline: progressive enhancement over the server-rendered event list. No framework, no globals.
 *
 * Markup contract (templates/index.sbn renders it; the page is complete and readable without this script):
 *   #tl[data-tl]                 root. Interface strings come from its data-t-* attributes (never from this file):
 *     data-t-count="{n} van {total} gebeurtenissen"  live count while filtering ({n}, {total} are replaced)
 *     data-t-overview="…"          accessible name of the overview strip
 *     data-t-months="januari,…"    twelve month names (overview value text and year ticks)
 *     data-t-month-value="{month} {year}: {n}"  overview value text
 *   .tl-controls[hidden]         server-rendered controls, revealed by this script (useless without it):
 *     input#tl-q                   search over event sentences (its <label> is in the markup)
 *     details.tl-filters           holds the chips; opened on wide screens and when the URL sets a filter
 *     .tl-chip[data-facet=actor|source][data-value=slug][aria-pressed]  filter chips (buttons)
 *     #tl-count[role=status]       live count
 *     #tl-clear                    clears search and filters
 *     #tl-scale[aria-pressed]      toggles the to-scale view; #tl-zoom-in / #tl-zoom-out[hidden] change its scale
 *     #tl-overview                 empty container; the density strip is drawn here
 *   .tl-group                    a year or month <section>, hidden when none of its events match (no aria-label:
 *                                headings navigate; two dozen region landmarks would only be noise)
 *   li.tl-item > article.tl-event#e-…   one event; id is its permanent anchor (#e-2022-02-04-…)
 *     data-date="2022-02-04"       TIMEX date: YYYY, YYYY-MM, YYYY-MM-DD, YYYY-Www, YYYY-Qn, YYYY-SP|SU|FA|WI, YYY, YY
 *     data-actors="poetin xi"      actor slugs, space-separated;  data-sources="nos bnr"  source slugs
 *     .tl-text                     the event sentence (what search looks at)
 *     a.tl-permalink[href="#e-…"]  its permanent link
 * Filters: OR within a facet, AND across facets and search. URL: ?actor=a,b&source=c&q=text#e-…
 */
(function () {
  'use strict';
  var root = document.getElementById('tl');
  if (!root || !('IntersectionObserver' in window)) return;

  var $ = function (sel, el) { return (el || root).querySelector(sel); };
  var $$ = function (sel, el) { return Array.prototype.slice.call((el || root).querySelectorAll(sel)); };
  var t = function (key, vars) {
    var s = root.getAttribute('data-t-' + key) || '';
    for (var k in vars) s = s.split('{' + k + '}').join(String(vars[k]));
    return s;
  };
  var fold = function (s) { return s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase(); };
  var reduced = window.matchMedia('(prefers-reduced-motion: reduce)');
  var months = t('months').split(',');

  // Day number (days since 1970-01-01) of the start of a TIMEX date, or NaN.
  function dayOf(v) {
    var m, y, d = NaN;
    if ((m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/.exec(v)) && !/^\d{4}-[A-Z]/.test(v)) {
      d = Date.UTC(+m[1], m[2] ? m[2] - 1 : 0, m[3] ? +m[3] : 1);
    } else if ((m = /^(\d{4})-W(\d{2})/.exec(v))) {
      y = Date.UTC(+m[1], 0, 4);
      d = y - (((new Date(y).getUTCDay() + 6) % 7) * 864e5) + (m[2] - 1) * 7 * 864e5;
    } else if ((m = /^(\d{4})-Q(\d)/.exec(v))) {
      d = Date.UTC(+m[1], (m[2] - 1) * 3, 1);
    } else if ((m = /^(\d{4})-(SP|SU|FA|AU|WI)/.exec(v))) {
      d = Date.UTC(+m[1], { SP: 2, SU: 5, FA: 8, AU: 8, WI: 11 }[m[2]], 21);
    } else if ((m = /^(\d{2,3})$/.exec(v))) {
      d = Date.UTC(+m[1] * (m[1].length === 3 ? 10 : 100), 0, 1); // decade (199) or century (20)
    }
    return d / 864e5;
  }
  var monthOf = function (day) { var d = new Date(day * 864e5); return d.getUTCFullYear() * 12 + d.getUTCMonth(); };

  var events = $$('.tl-event').map(function (el) {
    var txt = $('.tl-text', el);
    var day = dayOf(el.getAttribute('data-date') || '');
    return {
      el: el, li: el.closest('.tl-item') || el, on: true, day: day, month: monthOf(day),
      actors: (el.getAttribute('data-actors') || '').split(/\s+/),
      sources: (el.getAttribute('data-sources') || '').split(/\s+/),
      text: fold(txt ? txt.textContent : el.textContent)
    };
  });
  // Each year and month group with its events, found by walking up from each event once.
  var byGroup = new Map();
  events.forEach(function (e) {
    for (var g = e.el.parentElement.closest('.tl-group'); g; g = g.parentElement.closest('.tl-group')) {
      if (!byGroup.has(g)) byGroup.set(g, { el: g, items: [] });
      byGroup.get(g).items.push(e);
    }
  });
  var groups = Array.from(byGroup.values());
  var controls = $('.tl-controls'), filters = $('.tl-filters');
  var input = $('#tl-q');
  var chips = $$('.tl-chip');
  var count = $('#tl-count'), clear = $('#tl-clear');
  if (!events.length || !controls || !input || !count || !clear) return;
  controls.hidden = false;
  events.forEach(function (e) { e.el.tabIndex = -1; });

  // ---- filtering and URL state ---------------------------------------------------------------------
  function state() {
    var s = { actor: [], source: [], q: input.value.trim() };
    chips.forEach(function (c) { if (c.getAttribute('aria-pressed') === 'true') s[c.dataset.facet].push(c.dataset.value); });
    return s;
  }
  function query(s) {
    var p = new URLSearchParams(location.search);
    ['actor', 'source', 'q'].forEach(function (k) {
      var v = k === 'q' ? s.q : s[k].join(',');
      if (v) p.set(k, v); else p.delete(k);
    });
    var q = p.toString();
    return location.pathname + (q ? '?' + q : '') + location.hash;
  }
  function any(list, set) {
    if (!set.length) return true;
    for (var i = 0; i < set.length; i++) if (list.indexOf(set[i]) >= 0) return true;
    return false;
  }
  function apply() {
    var s = state(), words = fold(s.q).split(/\s+/).filter(Boolean), n = 0;
    events.forEach(function (e) {
      var on = any(e.actors, s.actor) && any(e.sources, s.source) &&
        words.every(function (w) { return e.text.indexOf(w) >= 0; });
      if (on !== e.on) { e.on = on; e.li.classList.toggle('tl-off', !on); }
      if (on) n++;
    });
    groups.forEach(function (g) { g.el.classList.toggle('tl-off', !g.items.some(function (e) { return e.on; })); });
    count.textContent = t('count', { n: n, total: events.length });
    clear.disabled = !s.q && !s.actor.length && !s.source.length;
    drawDensity();
    if (scale) layoutScale();
  }
  function fromUrl() {
    var p = new URLSearchParams(location.search);
    var want = { actor: (p.get('actor') || '').split(','), source: (p.get('source') || '').split(',') };
    chips.forEach(function (c) { c.setAttribute('aria-pressed', String(want[c.dataset.facet].indexOf(c.dataset.value) >= 0)); });
    input.value = p.get('q') || '';
    if (filters && (want.actor[0] || want.source[0])) filters.open = true;
    apply();
  }
  function commit(push) {
    var url = query(state());
    if (url !== location.pathname + location.search + location.hash) history[push ? 'pushState' : 'replaceState'](null, '', url);
  }
  function clearAll(push) {
    chips.forEach(function (c) { c.setAttribute('aria-pressed', 'false'); });
    input.value = '';
    apply();
    commit(push);
  }
  chips.forEach(function (c) {
    c.addEventListener('click', function () {
      c.setAttribute('aria-pressed', String(c.getAttribute('aria-pressed') !== 'true'));
      apply();
      commit(true);
    });
  });
  input.addEventListener('input', function () { apply(); commit(false); });
  input.form && input.form.addEventListener('submit', function (ev) { ev.preventDefault(); commit(true); });
  clear.addEventListener('click', function () { clearAll(true); input.focus(); });
  window.addEventListener('popstate', function () { fromUrl(); target(false); });

  // ---- moving between events -----------------------------------------------------------------------
  function go(el, focus) {
    el.scrollIntoView({ block: 'center', behavior: reduced.matches ? 'auto' : 'smooth' });
    if (focus) el.focus({ preventScroll: true });
  }
  function target(scroll) {
    var prev = $('.tl-target');
    if (prev) prev.classList.remove('tl-target');
    var id = decodeURIComponent(location.hash.slice(1));
    var e = id && events.filter(function (x) { return x.el.id === id; })[0];
    if (!e) return;
    if (!e.on) clearAll(false); // a shared link must show its event, whatever filters were on
    e.el.classList.add('tl-target');
    if (scroll) go(e.el, true);
  }
  window.addEventListener('hashchange', function () { target(true); });

  var visible = new Set();
  var io = new IntersectionObserver(function (entries) {
    entries.forEach(function (en) { if (en.isIntersecting) visible.add(en.target); else visible.delete(en.target); });
    drawMarker();
  });
  events.forEach(function (e) { io.observe(e.el); });

  // From the focused event one step on; with none focused, the first event in view is where the reader is.
  function step(dir) {
    var on = events.filter(function (e) { return e.on; });
    if (!on.length) return;
    var a = document.activeElement, cur = a && a.closest && a.closest('.tl-event'), i;
    for (i = 0; i < on.length && on[i].el !== cur; i++);
    if (i < on.length) i += dir;
    else for (i = 0; i < on.length - 1 && !visible.has(on[i].el); i++);
    go(on[Math.max(0, Math.min(on.length - 1, i))].el, true);
  }
  document.addEventListener('keydown', function (ev) {
    if (ev.defaultPrevented || ev.ctrlKey || ev.metaKey || ev.altKey) return;
    var a = document.activeElement, typing = a && (a.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(a.tagName));
    if (ev.key === 'Escape') {
      var s = state();
      if (s.q || s.actor.length || s.source.length) { clearAll(true); ev.preventDefault(); }
      return;
    }
    if (typing) return;
    var inList = a && a.closest && a.closest('.tl-item');
    if (ev.key === '/') { ev.preventDefault(); input.focus(); input.select(); }
    else if (ev.key === 'j' || (inList && ev.key === 'ArrowDown')) { ev.preventDefault(); step(1); }
    else if (ev.key === 'k' || (inList && ev.key === 'ArrowUp')) { ev.preventDefault(); step(-1); }
  });

  // ---- overview strip: density per month, to scale, with a marker for what is in view ---------------
  var strip = $('#tl-overview');
  var days = events.map(function (e) { return e.day; }).filter(function (d) { return d === d; });
  var dated = days.length > 0;
  var first = dated ? monthOf(Math.min.apply(null, days)) : 0, span = dated ? monthOf(Math.max.apply(null, days)) - first + 1 : 1;
  var bars = [], marker, at = 0;
  var label = function (m) { return months[m % 12] + ' ' + Math.floor(m / 12); };
  function build() {
    if (!dated) { strip.hidden = true; $('#tl-scale').hidden = true; return; } // nothing to put on a time axis
    strip.setAttribute('role', 'slider');
    strip.tabIndex = 0;
    strip.setAttribute('aria-label', t('overview'));
    strip.setAttribute('aria-valuemin', '0');
    strip.setAttribute('aria-valuemax', String(span - 1));
    var track = document.createElement('div');
    track.className = 'tl-track';
    for (var m = 0; m < span; m++) {
      var b = document.createElement('span');
      b.className = 'tl-bar';
      b.style.setProperty('--w', (100 / span) + '%');
      track.appendChild(b);
      bars.push(b);
    }
    marker = document.createElement('span');
    marker.className = 'tl-marker';
    track.appendChild(marker);
    strip.appendChild(track);
    var ticks = document.createElement('div');
    ticks.className = 'tl-ticks';
    ticks.setAttribute('aria-hidden', 'true');
    // A tick per year, never closer than a tenth of the strip to the last one (the first, partial year gives way
    // to the next); ticks near the right end hang to the left of their line so they never stick out.
    for (var y = Math.floor(first / 12), last = -100; y * 12 < first + span; y++) {
      var x = Math.max(0, y * 12 - first) / span * 100;
      if (x - last < 10 || (x === 0 && (y + 1) * 12 - first < span && ((y + 1) * 12 - first) / span < 0.1)) continue;
      var tk = document.createElement('span');
      tk.textContent = y;
      tk.style.setProperty('--x', x + '%');
      if (x > 88) tk.className = 'tl-tick-end';
      ticks.appendChild(tk);
      last = x;
    }
    strip.appendChild(ticks);
  }
  function perMonth() {
    var c = new Array(span).fill(0);
    events.forEach(function (e) { if (e.on && e.day === e.day) c[e.month - first]++; });
    return c;
  }
  function drawDensity() {
    if (!dated) return;
    var c = perMonth(), max = Math.max.apply(null, c.concat(1));
    bars.forEach(function (b, i) { b.style.setProperty('--h', (c[i] ? 15 + 85 * c[i] / max : 0) + '%'); });
    setValue(at);
  }
  function setValue(m) {
    at = m;
    strip.setAttribute('aria-valuenow', String(m));
    strip.setAttribute('aria-valuetext', t('month-value', { month: months[(first + m) % 12], year: Math.floor((first + m) / 12), n: perMonth()[m] }));
  }
  var pending = false;
  function drawMarker() {
    if (pending || !dated) return;
    pending = true;
    requestAnimationFrame(function () {
      pending = false;
      var ms = events.filter(function (e) { return e.on && visible.has(e.el) && e.day === e.day; }).map(function (e) { return e.month - first; });
      marker.hidden = !ms.length;
      if (!ms.length) return;
      var lo = Math.min.apply(null, ms), hi = Math.max.apply(null, ms);
      marker.style.setProperty('--x', (lo / span * 100) + '%');
      marker.style.setProperty('--w', ((hi - lo + 1) / span * 100) + '%');
      if (document.activeElement !== strip) setValue(lo);
    });
  }
  // Jump to the first matching event in month m or later (earlier if there is none later).
  function jump(m, focus) {
    var on = events.filter(function (e) { return e.on && e.day === e.day; });
    var e = on.filter(function (x) { return x.month - first >= m; })[0] || on[on.length - 1];
    if (!e) return;
    setValue(e.month - first);
    go(e.el, focus);
  }
  function near(dir) {
    var c = perMonth();
    for (var m = at + dir; m >= 0 && m < span; m += dir) if (c[m]) return m;
    return at;
  }
  build();
  strip.addEventListener('click', function (ev) {
    var r = strip.getBoundingClientRect();
    jump(Math.max(0, Math.min(span - 1, Math.floor((ev.clientX - r.left) / r.width * span))), true);
  });
  strip.addEventListener('keydown', function (ev) {
    var k = ev.key, m = null;
    if (k === 'ArrowRight' || k === 'ArrowDown') m = near(1);
    else if (k === 'ArrowLeft' || k === 'ArrowUp') m = near(-1);
    else if (k === 'Home') m = near(1) < at ? at : 0;
    else if (k === 'End') m = span - 1;
    else if (k === 'PageDown') m = Math.min(span - 1, at + 12);
    else if (k === 'PageUp') m = Math.max(0, at - 12);
    else if (k === 'Enter' || k === ' ') { ev.preventDefault(); jump(at, true); return; }
    if (m === null) return;
    ev.preventDefault();
    ev.stopPropagation();
    jump(m, false);
  });

  // ---- to-scale view: the gap between events becomes space, zoom by buttons -------------------------
  var scale = false, zoom = 0, scaleBtn = $('#tl-scale'), zin = $('#tl-zoom-in'), zout = $('#tl-zoom-out');
  function layoutScale() {
    var prev = null, base = Math.max(0.05, 4000 / Math.max(1, days.length ? Math.max.apply(null, days) - Math.min.apply(null, days) : 1));
    var px = base * Math.pow(2, zoom);
    events.forEach(function (e) {
      if (!e.on || e.day !== e.day) return;
      e.li.style.setProperty('--gap', (prev === null || !scale ? 0 : Math.min(20000, (e.day - prev) * px)) + 'px');
      prev = e.day;
    });
    zin.hidden = zout.hidden = !scale;
    zin.disabled = zoom >= 4;
    zout.disabled = zoom <= -4;
  }
  scaleBtn.addEventListener('click', function () {
    scale = !scale;
    scaleBtn.setAttribute('aria-pressed', String(scale));
    root.classList.toggle('tl--scale', scale);
    layoutScale();
  });
  zin.addEventListener('click', function () { zoom++; layoutScale(); });
  zout.addEventListener('click', function () { zoom--; layoutScale(); });

  if (filters && window.matchMedia('(min-width: 40em)').matches) filters.open = true;
  fromUrl();
  layoutScale();
  target(true);
})();
