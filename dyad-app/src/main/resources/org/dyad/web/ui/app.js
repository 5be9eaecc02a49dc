// Dyad web UI: shared helpers. Data is only ever put into the page with textContent (never innerHTML).
'use strict';
const Dyad = (() => {
  function el(tag, props, ...children) {
    const e = document.createElement(tag);
    for (const [k, v] of Object.entries(props || {})) {
      if (v === undefined || v === null) continue;
      if (k === 'class') e.className = v;
      else if (k === 'text') e.textContent = String(v);
      else if (k.startsWith('on')) e.addEventListener(k.substring(2), v);
      else e.setAttribute(k, String(v));
    }
    for (const c of children) {
      if (c === undefined || c === null) continue;
      e.appendChild(typeof c === 'string' || typeof c === 'number' ? document.createTextNode(String(c)) : c);
    }
    return e;
  }
  function clear(node) { while (node.firstChild) node.removeChild(node.firstChild); return node; }
  async function api(path, options) {
    const r = await fetch(path, options);
    const body = await r.json().catch(() => ({ error: 'not JSON (HTTP ' + r.status + ')' }));
    if (!r.ok) throw new Error(body.error || ('HTTP ' + r.status));
    return body;
  }
  function params() { return new URLSearchParams(window.location.search); }
  function showError(container, err) {
    container.appendChild(el('p', { class: 'error', role: 'alert', text: String(err.message || err) }));
  }
  function link(href, text) { return el('a', { href: href, text: text }); }
  function articleLink(id) { return link('/article.html?id=' + encodeURIComponent(id), id); }
  function eventLink(id, text) {
    return el('a', { href: '/event.html?id=' + encodeURIComponent(id), class: 'event-link', text: text || 'event' });
  }
  // A link that downloads the API's answer to path?query as CSV (the server writes it: every row, not one page).
  function csvLink(path, query, name) {
    const q = new URLSearchParams(query || {});
    q.delete('limit'); q.delete('offset');
    q.set('format', 'csv');
    return el('a', { href: path + '?' + q, class: 'csv', download: name || '', text: 'Download CSV' });
  }
  // A CSV file made in the page from rows already there (for results the server does not keep).
  function csvBlobLink(columns, rows, name) {
    const quote = v => { const s = v === null || v === undefined ? '' : String(v);
      return /[",\r\n]/.test(s) ? '"' + s.replace(/"/g, '""') + '"' : s; };
    const lines = [columns.map(c => quote(c[1])).join(',')].concat(rows.map(r => columns.map(c => quote(c[2] ? c[2](r) : r[c[0]])).join(',')));
    const url = URL.createObjectURL(new Blob([lines.join('\r\n') + '\r\n'], { type: 'text/csv' }));
    return el('a', { href: url, class: 'csv', download: name, text: 'Download CSV' });
  }
  // Live updates: /api/live is polled every 2 s; the status line shows what a watched folder brought in, and
  // each page's refresh runs when the store changed (no reload).
  const listeners = [];
  function onChange(refresh) { listeners.push(refresh); }
  let lastChanges = null;
  async function poll(status) {
    try {
      const live = await api('/api/live');
      clear(status);
      const parts = [];
      if (live.watching) parts.push('watching ' + live.folder);
      parts.push(live.articles_last_minute + ' articles coded in the last minute');
      status.appendChild(el('span', { id: 'live-count', 'data-last-minute': live.articles_last_minute,
        'data-changes': live.changes, text: parts.join(' · ') }));
      if (lastChanges !== null && live.changes !== lastChanges) listeners.forEach(f => f());
      lastChanges = live.changes;
    } catch (e) { /* the server went away: try again later */ }
    setTimeout(() => poll(status), 2000);
  }
  function table(columns, rows, cell) {
    const head = el('tr', {}, ...columns.map(c => el('th', { text: c[1] })));
    const body = el('tbody');
    for (const r of rows) {
      body.appendChild(el('tr', {}, ...columns.map(c => {
        const v = cell ? cell(c[0], r) : undefined;
        return el('td', {}, v !== undefined ? v : (r[c[0]] === null || r[c[0]] === undefined ? '' : String(r[c[0]])));
      })));
    }
    return el('table', { class: 'data' }, el('thead', {}, head), body);
  }
  const QUADS = { 1: 'verbal coop', 2: 'material coop', 3: 'verbal conflict', 4: 'material conflict' };
  function nav() {
    const pages = [['/index.html', 'Events'], ['/dyad.html', 'Dyad'], ['/network.html', 'Network'], ['/map.html', 'Map'],
      ['/code.html', 'Code this text'], ['/gaps.html', 'Gaps'],
      ['/api/docs', 'API']];
    let here = window.location.pathname;
    if (here === '/') here = '/index.html';
    const status = el('span', { class: 'live', id: 'live' });
    const n = el('nav', {}, el('strong', { text: 'Dyad' }),
      ...pages.map(([h, t]) => el('a', { href: h, class: h === here ? 'here' : null, text: t })), status);
    document.body.insertBefore(n, document.body.firstChild);
    poll(status);
  }
  document.addEventListener('DOMContentLoaded', nav);
  return { el, clear, api, params, showError, link, articleLink, eventLink, csvLink, csvBlobLink, onChange, table, QUADS };
})();
