'use strict';
// The network of actors: directed pairs by number of events, edges coloured by their mean Goldstein score.
document.addEventListener('DOMContentLoaded', () => {
  const { el, api, params, showError } = Dyad;
  const main = document.getElementById('main');
  const p = params();
  const actor = el('input', { id: 'f-actor', name: 'actor', size: 8 }); actor.value = p.get('actor') || '';
  const countries = el('input', { id: 'f-countries', name: 'countries', type: 'checkbox', value: 'true' });
  countries.checked = p.get('countries') === 'true';
  const top = el('input', { id: 'f-top', name: 'top', type: 'number', min: 1, max: 1000 }); top.value = p.get('top') || '60';
  main.appendChild(el('form', { class: 'filters', id: 'filters' }, el('label', {}, 'Actor', actor),
    el('label', {}, 'Countries only', countries), el('label', {}, 'Pairs', top), el('button', { type: 'submit', id: 'apply', text: 'Show' })));
  const graph = el('div', { class: 'graph', id: 'graph' });
  main.appendChild(graph);
  const q = new URLSearchParams({ top: top.value });
  if (actor.value.trim()) q.set('actor', actor.value.trim());
  if (countries.checked) q.set('countries', 'true');
  api('/api/network?' + q).then(r => {
    const weight = {};
    for (const e of r.edges) { weight[e.source] = (weight[e.source] || 0) + e.events; weight[e.target] = (weight[e.target] || 0) + e.events; }
    const nodes = Object.keys(weight).map(n => ({ name: n, value: weight[n], symbolSize: 8 + 4 * Math.sqrt(weight[n]) }));
    const links = r.edges.map(e => ({ source: e.source, target: e.target, value: e.events,
      lineStyle: { width: 1 + Math.log2(1 + e.events), color: e.goldstein_mean >= 0 ? '#3a8f4b' : '#c0392b' } }));
    graph.setAttribute('data-nodes', String(nodes.length));
    echarts.init(graph).setOption({ animation: false, tooltip: {},
      series: [{ type: 'graph', layout: 'force', roam: true, label: { show: true }, edgeSymbol: ['none', 'arrow'],
        force: { repulsion: 220, edgeLength: 90 }, data: nodes, links: links }] });
  }).catch(e => showError(main, e));
});
