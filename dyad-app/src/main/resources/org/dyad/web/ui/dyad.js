'use strict';
// A dyad: cooperation vs conflict per week or month (every period of the range, empty ones as zero) with the mean
// Goldstein score, and the agreements between the two; date filters; both tables download as CSV.
document.addEventListener('DOMContentLoaded', () => {
  const { el, clear, api, params, showError, articleLink, eventLink, csvLink, onChange, table } = Dyad;
  const main = document.getElementById('main');
  const p = params();
  const a = el('input', { id: 'f-a', name: 'a', size: 8 }); a.value = p.get('a') || 'AZE';
  const b = el('input', { id: 'f-b', name: 'b', size: 8 }); b.value = p.get('b') || 'IRN';
  const by = el('select', { id: 'f-by', name: 'by' }, el('option', { value: 'month', text: 'month' }), el('option', { value: 'week', text: 'week' }),
    el('option', { value: 'day', text: 'day' }));
  by.value = p.get('by') || 'month';
  const from = el('input', { id: 'f-from', name: 'from', type: 'date' }); from.value = p.get('from') || '';
  const to = el('input', { id: 'f-to', name: 'to', type: 'date' }); to.value = p.get('to') || '';
  main.appendChild(el('form', { class: 'filters', id: 'filters' }, el('label', {}, 'Actor A', a), el('label', {}, 'Actor B', b),
    el('label', {}, 'Per', by), el('label', {}, 'From', from), el('label', {}, 'To', to),
    el('button', { type: 'submit', id: 'apply', text: 'Show' })));
  main.querySelector('h1').textContent = 'Dyad ' + a.value + ' – ' + b.value;
  const chart = el('div', { class: 'chart', id: 'timeline' });
  const periods = el('div', { id: 'periods' });
  const agreements = el('div', { id: 'agreements' });
  main.appendChild(chart);
  main.appendChild(periods);
  main.appendChild(el('h2', { text: 'Agreements' }));
  main.appendChild(agreements);
  const q = { dyad: a.value.trim() + ':' + b.value.trim() };
  if (from.value) q.from = from.value;
  if (to.value) q.to = to.value;
  let c = null;
  function load() {
    api('/api/timeline?' + new URLSearchParams(Object.assign({ by: by.value }, q))).then(t => {
      c = c || echarts.init(chart);
      c.setOption({
        animation: false,
        title: { text: t.periods.length ? '' : 'no events between these two', left: 'center', top: 'middle' },
        tooltip: { trigger: 'axis' },
        legend: { data: ['cooperation', 'conflict', 'Goldstein mean'] },
        xAxis: { type: 'category', data: t.periods.map(r => r.period) },
        yAxis: [{ type: 'value', name: 'events', minInterval: 1 }, { type: 'value', name: 'Goldstein', min: -10, max: 10 }],
        series: [
          { name: 'cooperation', type: 'bar', stack: 'e', color: '#3a8f4b', data: t.periods.map(r => r.verbal_coop + r.material_coop) },
          { name: 'conflict', type: 'bar', stack: 'e', color: '#c0392b', data: t.periods.map(r => r.verbal_conflict + r.material_conflict) },
          { name: 'Goldstein mean', type: 'line', yAxisIndex: 1, color: '#1f3a5f', connectNulls: false, data: t.periods.map(r => r.goldstein_mean) }]
      }, true);
      chart.setAttribute('data-periods', String(t.periods.length));
      chart.setAttribute('data-empty-periods', String(t.periods.filter(r => r.events === 0).length));
      clear(periods);
      const details = el('details', { id: 'periods-table' }, el('summary', { text: t.periods.length + ' periods (table)' }),
        csvLink('/api/timeline', Object.assign({ by: by.value }, q), 'timeline.csv'),
        table([['period', 'period'], ['events', 'events'], ['a_to_b', 'A→B'], ['b_to_a', 'B→A'], ['verbal_coop', 'verbal coop'],
          ['material_coop', 'material coop'], ['verbal_conflict', 'verbal conflict'], ['material_conflict', 'material conflict'],
          ['goldstein_mean', 'Goldstein mean'], ['mentions', 'mentions']], t.periods));
      periods.appendChild(details);
    }).catch(e => { clear(periods); showError(periods, e); });
    api('/api/agreements?' + new URLSearchParams(q)).then(r => {
      clear(agreements);
      if (!r.agreements.length) { agreements.appendChild(el('p', { text: 'No agreements stored between these two.' })); return; }
      agreements.appendChild(el('p', {}, csvLink('/api/agreements', q, 'agreements.csv')));
      agreements.appendChild(table([['event_id', ''], ['date', 'date'], ['party1', 'party'], ['party2', 'party'], ['what', 'what'],
        ['articles', 'articles'], ['doc_id', 'article'], ['evidence', 'evidence']], r.agreements,
        (col, row) => col === 'doc_id' ? articleLink(row.doc_id) : col === 'event_id' ? eventLink(row.event_id)
          : col === 'date' && row.date === null ? 'undated' : undefined));
    }).catch(e => { clear(agreements); showError(agreements, e); });
  }
  load();
  onChange(load);
});
