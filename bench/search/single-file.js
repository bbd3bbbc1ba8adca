/* The alternative the chunked index was measured against: every event in one JSON file (the same records as
 * zoek/e/*.json, [id, page, date, text, sources and actors, month]), fetched whole on the first search and scanned.
 * Loaded by measure.js into a page of the built site; window.singleSearch(base, query) resolves to the matching
 * event numbers. Same words, folding and prefix matching as the site's own search. */
(function () {
  'use strict';
  var all = null;
  var fold = function (s) { return s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase(); };
  var words = function (s) { return fold(s).split(/[^\p{L}\p{N}]+/u).filter(Boolean); };
  window.singleSearch = function (base, query) {
    var load = all ? Promise.resolve(all) : fetch(base + 'zoek-alles.json').then(function (r) { return r.json(); }).then(function (d) {
      all = d.events.map(function (r) { return words([r[2], r[3], r[4]].join(' ')); });
      all.stop = d.stop;
      return all;
    });
    return load.then(function (rows) {
      var ws = words(query).filter(function (w) { return rows.stop.indexOf(w) < 0 && (w.length > 1 || /\d/.test(w)); });
      var out = [];
      rows.forEach(function (terms, n) {
        if (ws.every(function (w) { return terms.some(function (t) { return t.indexOf(w) === 0; }); })) out.push(n);
      });
      return out;
    });
  };
})();
