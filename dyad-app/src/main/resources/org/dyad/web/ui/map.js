'use strict';
// Where the filtered events happened: every place with coordinates (from the offline GeoNames gazetteer) as a point
// on a world map drawn from the jar's own boundary file (world.geo.json, Natural Earth via world-atlas): nothing
// is fetched from elsewhere. A point opens the place's latest event; the places are also a table (CSV download).
document.addEventListener('DOMContentLoaded', () => {
  const { el, clear, api, params, showError, eventLink, csvLink, onChange, table } = Dyad;
  const main = document.getElementById('main');
  const FIELDS = [['from', 'From', 'date'], ['to', 'To', 'date'], ['actor', 'Actor code', 'text'], ['country', 'Country', 'text'],
    ['cameo', 'CAMEO code', 'text'], ['root', 'CAMEO root', 'text']];
  const p = params();
  const form = el('form', { class: 'filters', id: 'filters' });
  const q = new URLSearchParams();
  for (const [name, label, type] of FIELDS) {
    const input = el('input', { name: name, id: 'f-' + name, type: type, size: type === 'date' ? null : 8 });
    input.value = p.get(name) || '';
    if (input.value.trim()) q.set(name, input.value.trim());
    form.appendChild(el('label', {}, label, input));
  }
  form.appendChild(el('button', { type: 'submit', id: 'apply', text: 'Show' }));
  main.appendChild(form);
  const map = el('div', { class: 'map', id: 'map' });
  const places = el('div', { id: 'places' });
  main.appendChild(map);
  main.appendChild(places);
  let chart = null;
  let shown = [];
  function draw(rows) {
    shown = rows;
    const max = Math.max(1, ...rows.map(r => r.events));
    chart.setOption({ animation: false,
      tooltip: { trigger: 'item', formatter: it => it.seriesType === 'scatter'
        ? it.data.place + ' (' + it.data.country + '): ' + it.data.value[2] + ' events' : it.name },
      geo: { map: 'world', roam: true, itemStyle: { areaColor: '#e8edf2', borderColor: '#9aa8b6' },
        emphasis: { disabled: true } },
      series: [{ type: 'scatter', coordinateSystem: 'geo', symbolSize: d => 6 + 14 * Math.sqrt(d[2] / max),
        itemStyle: { color: '#c0392b', opacity: 0.8 },
        data: rows.map(r => ({ name: r.place, place: r.place, country: r.country, event: r.latest_event_id,
          value: [r.lon, r.lat, r.events] })) }] }, true);
    map.setAttribute('data-points', String(rows.length));
  }
  function load() {
    api('/api/places?' + q).then(r => {
      draw(r.places);
      clear(places);
      places.appendChild(el('h2', { text: r.places.length + ' places' }));
      places.appendChild(el('p', {}, csvLink('/api/places', q, 'places.csv')));
      places.appendChild(table([['place', 'place'], ['country', 'country'], ['lat', 'lat'], ['lon', 'lon'], ['events', 'events'],
        ['mentions', 'mentions'], ['latest_date', 'latest'], ['latest_event_id', '']], r.places,
        (c, row) => c === 'latest_event_id' ? eventLink(row.latest_event_id, 'latest event') : undefined));
    }).catch(e => { clear(places); showError(places, e); });
  }
  fetch('/world.geo.json').then(r => r.json()).then(world => {
    echarts.registerMap('world', world);
    chart = echarts.init(map);
    chart.on('click', ev => { if (ev.seriesType === 'scatter' && ev.data.event) window.location.href = '/event.html?id=' + ev.data.event; });
    load();
    onChange(load);
  }).catch(e => showError(main, e));
});
