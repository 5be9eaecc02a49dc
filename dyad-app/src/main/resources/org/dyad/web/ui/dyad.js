'use strict';
// A dyad: cooperation vs conflict per week or month with the mean Goldstein score, and the agreements between the two.
document.addEventListener('DOMContentLoaded', () => {
  const { el, api, params, showError, articleLink, table } = Dyad;
  const main = document.getElementById('main');
  const p = params();
  const a = el('input', { id: 'f-a', name: 'a', size: 8 }); a.value = p.get('a') || 'AZE';
  const b = el('input', { id: 'f-b', name: 'b', size: 8 }); b.value = p.get('b') || 'IRN';
  const by = el('select', { id: 'f-by', name: 'by' }, el('option', { value: 'month', text: 'month' }), el('option', { value: 'week', text: 'week' }));
  by.value = p.get('by') || 'month';
  main.appendChild(el('form', { class: 'filters', id: 'filters' }, el('label', {}, 'Actor A', a), el('label', {}, 'Actor B', b),
    el('label', {}, 'Per', by), el('button', { type: 'submit', id: 'apply', text: 'Show' })));
  main.querySelector('h1').textContent = 'Dyad ' + a.value + ' – ' + b.value;
  const chart = el('div', { class: 'chart', id: 'timeline' });
  const agreements = el('div', { id: 'agreements' });
  main.appendChild(chart);
  main.appendChild(el('h2', { text: 'Agreements' }));
  main.appendChild(agreements);
  const dyad = encodeURIComponent(a.value.trim() + ':' + b.value.trim());
  api('/api/timeline?dyad=' + dyad + '&by=' + by.value).then(t => {
    const c = echarts.init(chart);
    const periods = t.periods.map(r => r.period);
    c.setOption({
      animation: false,
      title: { text: t.periods.length ? '' : 'no events between these two', left: 'center', top: 'middle' },
      tooltip: { trigger: 'axis' },
      legend: { data: ['cooperation', 'conflict', 'Goldstein mean'] },
      xAxis: { type: 'category', data: periods },
      yAxis: [{ type: 'value', name: 'events' }, { type: 'value', name: 'Goldstein', min: -10, max: 10 }],
      series: [
        { name: 'cooperation', type: 'bar', stack: 'e', color: '#3a8f4b', data: t.periods.map(r => r.verbal_coop + r.material_coop) },
        { name: 'conflict', type: 'bar', stack: 'e', color: '#c0392b', data: t.periods.map(r => r.verbal_conflict + r.material_conflict) },
        { name: 'Goldstein mean', type: 'line', yAxisIndex: 1, color: '#1f3a5f', data: t.periods.map(r => r.goldstein_mean) }]
    });
    chart.setAttribute('data-periods', String(t.periods.length));
  }).catch(e => showError(main, e));
  api('/api/agreements?dyad=' + dyad).then(r => {
    agreements.appendChild(r.agreements.length ? table([['date', 'date'], ['party1', 'party'], ['party2', 'party'], ['what', 'what'],
      ['articles', 'articles'], ['doc_id', 'article'], ['evidence', 'evidence']], r.agreements,
      (c, row) => c === 'doc_id' ? articleLink(row.doc_id) : c === 'date' && row.date === null ? 'undated' : undefined) : el('p', { text: 'No agreements stored between these two.' }));
  }).catch(e => showError(agreements, e));
});
