'use strict';
// Events table with filters, facet counts and paging; the filters live in the page's query string. Each row opens
// its event; the table downloads as CSV for the current filters; new events appear without reload.
document.addEventListener('DOMContentLoaded', () => {
  const { el, clear, api, params, showError, articleLink, eventLink, csvLink, onChange, table, QUADS } = Dyad;
  const main = document.getElementById('main');
  const FIELDS = [['from', 'From', 'date'], ['to', 'To', 'date'], ['actor', 'Actor code', 'text'], ['country', 'Country', 'text'],
    ['cameo', 'CAMEO code', 'text'], ['root', 'CAMEO root', 'text'], ['quad', 'QuadClass', 'quad'], ['plover', 'PLOVER type', 'text'],
    ['q', 'Text', 'text']];
  const p = params();
  const inputs = {};
  const form = el('form', { class: 'filters', id: 'filters' });
  for (const [name, label, type] of FIELDS) {
    let input;
    if (type === 'quad') {
      input = el('select', { name: name, id: 'f-' + name }, el('option', { value: '', text: 'any' }),
        ...[1, 2, 3, 4].map(q => el('option', { value: q, text: q + ' ' + QUADS[q] })));
    } else {
      input = el('input', { name: name, id: 'f-' + name, type: type, size: type === 'date' ? null : 10 });
    }
    input.value = p.get(name) || '';
    inputs[name] = input;
    form.appendChild(el('label', {}, label, input));
  }
  form.appendChild(el('button', { type: 'submit', id: 'apply', text: 'Apply' }));
  form.appendChild(el('a', { href: 'index.html', text: 'Clear' }));
  main.appendChild(form);
  const facets = el('div', { class: 'facets', id: 'facets' });
  const results = el('div', { id: 'results' });
  main.appendChild(el('div', { class: 'layout' }, facets, results));

  const offset = Number(p.get('offset') || 0);
  const limit = 50;
  function query(extra) {
    const q = new URLSearchParams();
    for (const [name] of FIELDS) if (inputs[name].value.trim()) q.set(name, inputs[name].value.trim());
    for (const [k, v] of Object.entries(extra || {})) q.set(k, v);
    return q;
  }
  function load() {
    const q = query({ limit: limit, offset: offset });
    return api('/api/events?' + q).then(page => {
      clear(results);
      clear(facets);
      results.appendChild(el('p', { id: 'total', text: page.total + ' events' }));
      const pager = el('div', { class: 'pager' });
      if (offset > 0) pager.appendChild(el('a', { href: '?' + query({ offset: Math.max(0, offset - limit) }), text: '« newer' }));
      pager.appendChild(el('span', { text: page.total ? (offset + 1) + '–' + (offset + page.events.length) : '' }));
      if (offset + limit < page.total) pager.appendChild(el('a', { href: '?' + query({ offset: offset + limit }), text: 'older »' }));
      pager.appendChild(csvLink('/api/events', query(), 'events.csv'));
      results.appendChild(pager);
      results.appendChild(table([['event_id', ''], ['date', 'date'], ['source', 'source'], ['cameo', 'CAMEO'], ['cameo_name', 'what'],
        ['target', 'target'], ['quad_class', 'quad'], ['goldstein', 'Goldstein'], ['mentions', 'mentions'],
        ['articles', 'articles'], ['doc_id', 'article'], ['evidence', 'evidence']], page.events,
        (c, r) => c === 'doc_id' ? articleLink(r.doc_id) : c === 'event_id' ? eventLink(r.event_id)
          : c === 'date' && r.date === null ? 'undated' : undefined));
      const names = { quad_class: 'QuadClass', cameo_root: 'CAMEO root', plover_type: 'PLOVER', source_country: 'source country',
        target_country: 'target country' };
      const filterOf = { quad_class: 'quad', cameo_root: 'root', plover_type: 'plover', source_country: 'country', target_country: 'country' };
      for (const [facet, values] of Object.entries(page.facets)) {
        facets.appendChild(el('h3', { text: names[facet] || facet }));
        for (const v of values) {
          if (v.value === null || v.value === '') continue;
          const label = facet === 'quad_class' ? v.value + ' ' + QUADS[v.value] : String(v.value);
          facets.appendChild(el('a', { class: 'facet', 'data-facet': facet, href: '?' + query({ [filterOf[facet]]: v.value }),
            text: label + ' (' + v.count + ')' }));
        }
      }
    }).catch(e => { clear(results); showError(results, e); });
  }
  load();
  onChange(load);
});
