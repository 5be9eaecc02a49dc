'use strict';
// The network of actors: directed pairs by number of events, edges coloured by their mean Goldstein score. A node
// opens the actor's events, an edge the dyad page of its pair; the pairs are also a table (CSV download).
document.addEventListener('DOMContentLoaded', () => {
  const { el, clear, api, params, showError, csvLink, onChange, table } = Dyad;
  const main = document.getElementById('main');
  const p = params();
  const actor = el('input', { id: 'f-actor', name: 'actor', size: 8 }); actor.value = p.get('actor') || '';
  const countries = el('input', { id: 'f-countries', name: 'countries', type: 'checkbox', value: 'true' });
  countries.checked = p.get('countries') === 'true';
  const top = el('input', { id: 'f-top', name: 'top', type: 'number', min: 1, max: 1000 }); top.value = p.get('top') || '60';
  const from = el('input', { id: 'f-from', name: 'from', type: 'date' }); from.value = p.get('from') || '';
  const to = el('input', { id: 'f-to', name: 'to', type: 'date' }); to.value = p.get('to') || '';
  main.appendChild(el('form', { class: 'filters', id: 'filters' }, el('label', {}, 'Actor', actor),
    el('label', {}, 'Countries only', countries), el('label', {}, 'Pairs', top), el('label', {}, 'From', from),
    el('label', {}, 'To', to), el('button', { type: 'submit', id: 'apply', text: 'Show' })));
  main.appendChild(el('p', { class: 'hint', text: 'Click an actor for its events, a line for the dyad page of the pair.' }));
  const graph = el('div', { class: 'graph', id: 'graph' });
  const pairs = el('div', { id: 'pairs' });
  main.appendChild(graph);
  main.appendChild(pairs);
  const q = new URLSearchParams({ top: top.value });
  if (actor.value.trim()) q.set('actor', actor.value.trim());
  if (countries.checked) q.set('countries', 'true');
  if (from.value) q.set('from', from.value);
  if (to.value) q.set('to', to.value);
  const dated = new URLSearchParams();
  if (from.value) dated.set('from', from.value);
  if (to.value) dated.set('to', to.value);
  const actorEvents = code => '/index.html?' + new URLSearchParams(Object.assign({}, Object.fromEntries(dated),
    countries.checked && /^[A-Z]{3}$/.test(code) ? { country: code } : { actor: code }));
  const dyadPage = (s, t) => '/dyad.html?' + new URLSearchParams(Object.assign({ a: s, b: t }, Object.fromEntries(dated)));
  let chart = null;
  function load() {
    api('/api/network?' + q).then(r => {
      const weight = {};
      for (const e of r.edges) { weight[e.source] = (weight[e.source] || 0) + e.events; weight[e.target] = (weight[e.target] || 0) + e.events; }
      const nodes = Object.keys(weight).map(n => ({ name: n, value: weight[n], symbolSize: 8 + 4 * Math.sqrt(weight[n]) }));
      const links = r.edges.map(e => ({ source: e.source, target: e.target, value: e.events,
        lineStyle: { width: 1 + Math.log2(1 + e.events), color: e.goldstein_mean >= 0 ? '#3a8f4b' : '#c0392b' } }));
      graph.setAttribute('data-nodes', String(nodes.length));
      if (!chart) {
        chart = echarts.init(graph);
        chart.on('click', ev => {
          if (ev.dataType === 'node') window.location.href = actorEvents(ev.data.name);
          else if (ev.dataType === 'edge') window.location.href = dyadPage(ev.data.source, ev.data.target);
        });
      }
      chart.setOption({ animation: false, tooltip: {},
        series: [{ type: 'graph', layout: 'force', roam: true, label: { show: true }, edgeSymbol: ['none', 'arrow'],
          force: { repulsion: 220, edgeLength: 90, layoutAnimation: false }, data: nodes, links: links }] }, true);
      clear(pairs);
      pairs.appendChild(el('h2', { text: r.edges.length + ' pairs' }));
      pairs.appendChild(el('p', {}, csvLink('/api/network', q, 'network.csv')));
      pairs.appendChild(table([['source', 'source'], ['target', 'target'], ['events', 'events'], ['mentions', 'mentions'],
        ['verbal_coop', 'verbal coop'], ['material_coop', 'material coop'], ['verbal_conflict', 'verbal conflict'],
        ['material_conflict', 'material conflict'], ['goldstein_mean', 'Goldstein mean'], ['pair', '']], r.edges, (c, e) =>
        c === 'source' || c === 'target' ? el('a', { href: actorEvents(e[c]), text: e[c] })
          : c === 'pair' ? el('a', { href: dyadPage(e.source, e.target), text: 'dyad' }) : undefined));
    }).catch(e => showError(main, e));
  }
  load();
  onChange(load);
});
