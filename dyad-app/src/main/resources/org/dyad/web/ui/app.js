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
  function articleLink(id) { return link('article.html?id=' + encodeURIComponent(id), id); }
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
    const pages = [['index.html', 'Events'], ['dyad.html', 'Dyad'], ['network.html', 'Network'], ['code.html', 'Code this text'],
      ['/api/openapi.json', 'API']];
    const here = window.location.pathname.split('/').pop() || 'index.html';
    const n = el('nav', {}, el('strong', { text: 'Dyad' }),
      ...pages.map(([h, t]) => el('a', { href: h, class: h === here ? 'here' : null, text: t })));
    document.body.insertBefore(n, document.body.firstChild);
  }
  document.addEventListener('DOMContentLoaded', nav);
  return { el, clear, api, params, showError, link, articleLink, table, QUADS };
})();
