// The report's only script: a small vanilla program over the JSON embedded in the page. It never writes
// HTML from data (every string goes through textContent or an attribute setter), fetches nothing, and keeps
// the filter state in the URL's fragment so a filtered view can be bookmarked or shared. Kept as a string
// (the project compiles for Node, without DOM types); the browser test in test/report exercises it.
export const CLIENT_JS = String.raw`(function () {
  'use strict';
  var t0 = performance.now();
  performance.mark('report:start');
  /** One packed block of the page's data (page.ts packData: JSON, deflated, base64, in chunks), inflated by
   *  the browser's own DecompressionStream. */
  function unpack(cls) {
    var parts = [];
    document.querySelectorAll('script.' + cls).forEach(function (s) { parts.push(s.textContent); });
    var b64 = parts.join(''), bytes;
    if (typeof Uint8Array.fromBase64 === 'function') bytes = Uint8Array.fromBase64(b64);
    else {
      var bin = atob(b64);
      bytes = new Uint8Array(bin.length);
      for (var b = 0; b < bin.length; b++) bytes[b] = bin.charCodeAt(b);
    }
    var ds = new DecompressionStream('deflate-raw'), w = ds.writable.getWriter();
    w.write(bytes);
    w.close();
    return new Response(ds.readable).text().then(JSON.parse);
  }
  function failed(e) {
    var c = document.getElementById('count');
    if (c) c.textContent += ' (this browser could not read the table\u2019s data: ' + e.message + ')';
    console.error(e);
  }
  // the statements' fields come first, their text (quote and context) after: the first page is in the page
  // already, so the text is only needed to draw another page or to search, and is inflated after the rest
  unpack('report-data').then(function (D) {
    performance.mark('report:parsed');
    main(D);
  }).catch(failed);

function main(D) {
  var PAGE = 100;
  var KEYS = ['q', 'province', 'official', 'type', 'month', 'week', 'sort', 'dir', 'page'];
  // columns of D.st (see page.ts): article, speaker (index in D.sp, or -1), date, region (index in D.rg, or
  // -1), type, kind; WEEK, MONTH, PROV and REGION are added here. T[i]: statement i's quote, context before
  // and after, once the text block is read (see withText).
  var A = 0, SP = 1, DATE = 2, RG = 3, TYPE = 4, KIND = 5, WEEK = 6, MONTH = 7, PROV = 8, REGION = 9;
  var T = null, textP = null, waiting = [];
  var DAY = 86400000;
  var fold = function (s) { return (s || '').normalize('NFD').replace(/\p{M}+/gu, '').toLowerCase(); };
  // the calendar of periods.ts: a real ISO calendar day, weeks starting on Monday
  var dayOf = function (d) {
    var m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(d);
    if (!m) return null;
    var t = Date.UTC(+m[1], +m[2] - 1, +m[3]);
    return new Date(t).toISOString().slice(0, 10) === d ? t : null;
  };
  var weekCache = {};
  D.st.forEach(function (r) {
    var t = r[DATE] ? dayOf(r[DATE]) : null;
    var w = '';
    if (t !== null) {
      w = weekCache[r[DATE]];
      if (w === undefined) w = weekCache[r[DATE]] = new Date(t - ((new Date(t).getUTCDay() + 6) % 7) * DAY).toISOString().slice(0, 10);
    }
    var g = r[RG] >= 0 ? D.rg[r[RG]] : null;
    r.push(w, t !== null ? r[DATE].slice(0, 7) : '', g ? g[0] : '', g ? g[1] : '');
  });
  var keys = null; // search keys, built on the first search
  /** Runs fn once the statements' text is read (at once when it is). */
  function withText(fn) {
    if (T) return fn();
    waiting.push(fn);
    // the text's blocks follow this script in the page: they are read once the page is parsed
    textP = textP || new Promise(function (ok) {
      if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', ok, { once: true });
      else ok();
    }).then(function () { return unpack('report-text'); }).then(function (t) {
      T = t;
      performance.mark('report:text');
      document.documentElement.dataset.text = '1';
      waiting.splice(0).forEach(function (f) { f(); });
    }).catch(failed);
  }
  var $ = function (id) { return document.getElementById(id); };
  var state = {};

  function readHash() {
    var p = new URLSearchParams(location.hash.replace(/^#/, ''));
    state = {};
    KEYS.forEach(function (k) { var v = p.get(k); if (v) state[k] = v; });
  }
  function writeHash() {
    var p = new URLSearchParams();
    KEYS.forEach(function (k) { if (state[k]) p.set(k, state[k]); });
    var h = p.toString();
    history.replaceState(null, '', h ? '#' + h : location.pathname + location.search);
  }
  function speaker(r) { return r[SP] >= 0 ? D.sp[r[SP]] : null; }
  function searchKey(r, i) {
    var s = speaker(r);
    return fold([T[i][0], s ? s[1] : '', s ? s[2] : '', r[REGION], D.art[r[A]][0]].join(' \u0001 '));
  }
  function matches(r, q) {
    if (state.province && r[PROV] !== state.province) return false;
    if (state.official) { var s = speaker(r); if (!s || s[0] !== state.official) return false; }
    if (state.type && r[TYPE] !== state.type) return false;
    if (state.month && r[MONTH] !== state.month) return false;
    if (state.week && r[WEEK] !== state.week) return false;
    return true;
  }
  var SORTS = {
    date: function (r) { return r[DATE] || ''; },
    speaker: function (r) { var s = speaker(r); return s ? fold(s[1]) : ''; },
    region: function (r) { return fold(r[REGION]); },
    type: function (r) { return r[TYPE]; }
  };
  /** The sort column and direction (1 ascending, -1 descending) the state asks for. */
  function sortOf() {
    var sort = SORTS[state.sort] ? state.sort : 'date';
    return { sort: sort, dir: state.dir === 'asc' ? 1 : state.dir === 'desc' ? -1 : sort === 'date' ? -1 : 1 };
  }
  function view() {
    var q = fold((state.q || '').trim());
    if (q && !keys) keys = D.st.map(searchKey);
    var idx = [];
    for (var i = 0; i < D.st.length; i++) {
      var r = D.st[i];
      if (!matches(r)) continue;
      if (q && keys[i].indexOf(q) < 0) continue;
      idx.push(i);
    }
    var so = sortOf(), sort = so.sort, dir = so.dir;
    var key = SORTS[sort];
    var kv = idx.map(function (i) { return key(D.st[i]); });
    var order = idx.map(function (_, j) { return j; });
    order.sort(function (a, b) {
      var x = kv[a], y = kv[b];
      if (x !== y) { if (x === '') return 1; if (y === '') return -1; return (x < y ? -1 : 1) * dir; }
      return idx[a] - idx[b];
    });
    return { rows: order.map(function (j) { return idx[j]; }), sort: sort, dir: dir };
  }
  function el(tag, text, cls) {
    var e = document.createElement(tag);
    if (text != null) e.textContent = text;
    if (cls) e.className = cls;
    return e;
  }
  function row(i) {
    var r = D.st[i], s = speaker(r), art = D.art[r[A]], tx = T[i];
    var tr = el('tr');
    tr.dataset.row = String(i);
    tr.appendChild(el('td', r[DATE] || '', 'date'));
    var who = el('td', null, 'who');
    if (s) { who.appendChild(el('b', s[1])); if (s[2]) { who.appendChild(el('br')); who.appendChild(el('small', s[2])); } }
    else who.appendChild(el('i', 'unattributed'));
    tr.appendChild(who);
    var qt = el('td', null, 'quote');
    if (tx[1]) qt.appendChild(el('span', tx[1], 'ctx'));
    qt.appendChild(el('mark', tx[0]));
    if (tx[2]) qt.appendChild(el('span', tx[2], 'ctx'));
    tr.appendChild(qt);
    tr.appendChild(el('td', r[REGION] || '', 'region'));
    tr.appendChild(el('td', r[TYPE] + (r[KIND] === 'direct' ? '' : ' (reported)'), 'type'));
    var at = el('td', null, 'art');
    var label = art[0] || art[2];
    if (art[1]) { var a = el('a', label); a.setAttribute('href', art[1]); at.appendChild(a); } else at.appendChild(el('span', label));
    if (art[0]) { at.appendChild(el('br')); at.appendChild(el('small', art[2])); }
    tr.appendChild(at);
    return tr;
  }
  function render() { withText(draw); }
  function draw() {
    var v = view();
    var pages = Math.max(1, Math.ceil(v.rows.length / PAGE));
    var page = Math.min(Math.max(1, parseInt(state.page || '1', 10) || 1), pages);
    if (page > 1) state.page = String(page); else delete state.page;
    var body = $('rows');
    var frag = document.createDocumentFragment();
    v.rows.slice((page - 1) * PAGE, page * PAGE).forEach(function (i) { frag.appendChild(row(i)); });
    body.replaceChildren(frag);
    var count = $('count');
    count.dataset.count = String(v.rows.length);
    count.textContent = v.rows.length + (v.rows.length === 1 ? ' statement' : ' statements') + (v.rows.length === D.st.length ? '' : ' of ' + D.st.length);
    $('page').textContent = 'Page ' + page + ' of ' + pages;
    $('page').dataset.page = String(page);
    $('prev').disabled = page <= 1;
    $('next').disabled = page >= pages;
    document.querySelectorAll('th[data-sort]').forEach(function (th) {
      th.setAttribute('aria-sort', th.dataset.sort === v.sort ? (v.dir > 0 ? 'ascending' : 'descending') : 'none');
    });
    ['province', 'official', 'type', 'month', 'week'].forEach(function (k) { var s = $('f-' + k); if (s) s.value = state[k] || ''; });
    if ($('q').value !== (state.q || '')) $('q').value = state.q || '';
    writeHash();
  }
  function set(k, v) { if (v) state[k] = v; else delete state[k]; if (k !== 'page') delete state.page; render(); }
  function fill(id, pairs) {
    var s = $(id);
    pairs.forEach(function (p) { var o = el('option', p[1]); o.value = p[0]; s.appendChild(o); });
  }
  // filter choices, from the data
  var distinct = function (col) { var m = {}; D.st.forEach(function (r) { if (r[col]) m[r[col]] = (m[r[col]] || 0) + 1; }); return m; };
  var provs = distinct(PROV);
  fill('f-province', Object.keys(provs).sort().map(function (c) { return [c, (D.prov[c] || c) + ' (' + provs[c] + ')']; }));
  var offs = {};
  D.st.forEach(function (r) { var s = speaker(r); if (s && s[0]) { var o = offs[s[0]] || (offs[s[0]] = { n: 0, name: s[1] }); o.n++; } });
  fill('f-official', Object.keys(offs).sort(function (a, b) { return offs[b].n - offs[a].n || (a < b ? -1 : 1); }).map(function (id) { return [id, offs[id].name + ' (' + offs[id].n + ')']; }));
  var types = distinct(TYPE);
  fill('f-type', Object.keys(types).sort().map(function (t) { return [t, t + ' (' + types[t] + ')']; }));
  var months = distinct(MONTH);
  fill('f-month', Object.keys(months).sort().map(function (m) { return [m, m + ' (' + months[m] + ')']; }));
  var weeks = distinct(WEEK);
  fill('f-week', Object.keys(weeks).sort().map(function (w) { return [w, w + ' (' + weeks[w] + ')']; }));

  ['province', 'official', 'type', 'month', 'week'].forEach(function (k) {
    $('f-' + k).addEventListener('change', function (e) { set(k, e.target.value); });
  });
  var timer = 0;
  $('q').addEventListener('input', function (e) { clearTimeout(timer); var v = e.target.value; timer = setTimeout(function () { set('q', v); }, 120); });
  $('search').addEventListener('submit', function (e) { e.preventDefault(); clearTimeout(timer); set('q', $('q').value); });
  $('clear').addEventListener('click', function () { clearTimeout(timer); state = {}; render(); });
  $('prev').addEventListener('click', function () { state.page = String(parseInt($('page').dataset.page, 10) - 1); render(); });
  $('next').addEventListener('click', function () { state.page = String(parseInt($('page').dataset.page, 10) + 1); render(); });
  document.querySelectorAll('th[data-sort] button').forEach(function (b) {
    b.addEventListener('click', function () {
      var k = b.parentNode.dataset.sort, cur = sortOf();
      state.dir = cur.sort === k ? (cur.dir > 0 ? 'desc' : 'asc') : (k === 'date' ? 'desc' : 'asc');
      state.sort = k; delete state.page; render();
    });
  });
  // the timeline switch (both granularities are in the page; the script shows one)
  function granularity(g) {
    document.querySelectorAll('[data-granularity]').forEach(function (f) { f.hidden = f.dataset.granularity !== g; });
  }
  document.querySelectorAll('input[name=granularity]').forEach(function (r) {
    r.addEventListener('change', function () { granularity(r.value); });
    if (r.checked) granularity(r.value);
  });
  // chart and table links (#province=52, #month=2024-10, #official=o_…) replace the filters and show the table
  window.addEventListener('hashchange', function () { clearTimeout(timer); readHash(); render(); $('table').scrollIntoView(); });
  readHash();
  performance.mark('report:filled');
  // the page holds the first page of the default view; any other view (a bookmarked filter) is drawn now
  var ready = function () {
    performance.mark('report:ready');
    // how long the script took (read the data, fill the filters, draw the view): read by the bench
    document.documentElement.dataset.scriptMs = String(Math.round(performance.now() - t0));
    document.documentElement.dataset.ready = '1';
  };
  if (Object.keys(state).length) withText(function () { draw(); ready(); });
  else {
    ready();
    setTimeout(function () { withText(function () {}); }, 0);
  }
}
})();
`;
