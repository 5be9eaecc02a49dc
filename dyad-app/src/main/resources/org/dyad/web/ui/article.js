'use strict';
// One article: its text with evidence, triggers and actors highlighted (built from spans with textContent), and its events.
document.addEventListener('DOMContentLoaded', () => {
  const { el, api, params, showError, eventLink, csvLink, table, QUADS } = Dyad;
  const main = document.getElementById('main');
  const id = params().get('id');
  if (!id) { showError(main, new Error('no article id (article.html?id=...)')); return; }
  api('/api/articles/' + encodeURIComponent(id)).then(a => {
    main.querySelector('h1').textContent = a.title || a.id;
    main.appendChild(el('p', { id: 'meta', text: [a.id, a.published || 'undated', a.outlet, a.byline].filter(x => x).join(' · ') }));
    main.appendChild(el('p', { class: 'legend' }, el('span', { class: 'src', text: 'source actor' }),
      el('span', { class: 'tgt', text: 'target actor' }), el('span', { class: 'trig', text: 'trigger' }),
      el('span', { class: 'ev', text: 'evidence' })));
    const spans = [];
    for (const m of a.mentions) {
      if (m.evidence_start !== null) spans.push([m.evidence_start, m.evidence_end, 'ev']);
      if (m.source_start !== null) spans.push([m.source_start, m.source_end, 'src']);
      if (m.target_start !== null) spans.push([m.target_start, m.target_end, 'tgt']);
      if (m.trigger_start !== null) spans.push([m.trigger_start, m.trigger_end, 'trig']);
    }
    const text = a.text;
    const cuts = new Set([0, text.length]);
    for (const [s, e] of spans) { cuts.add(Math.max(0, Math.min(s, text.length))); cuts.add(Math.max(0, Math.min(e, text.length))); }
    const points = [...cuts].sort((x, y) => x - y);
    const body = el('div', { class: 'article-text', id: 'article-text' });
    for (let i = 0; i + 1 < points.length; i++) {
      const s = points[i], e = points[i + 1];
      const kinds = new Set(spans.filter(sp => sp[0] <= s && sp[1] >= e).map(sp => sp[2]));
      const cls = ['trig', 'src', 'tgt', 'ev'].filter(k => kinds.has(k));
      body.appendChild(cls.length ? el('span', { class: cls.join(' '), text: text.substring(s, e) })
        : document.createTextNode(text.substring(s, e)));
    }
    const side = el('div', { class: 'side' }, el('h2', { text: a.mentions.length + ' event mentions' }),
      el('p', {}, csvLink('/api/articles/' + encodeURIComponent(id), {}, 'article-mentions.csv')),
      table([['event_id', ''], ['sentence', 'sent.'], ['source_code', 'source'], ['cameo', 'CAMEO'], ['cameo_name', 'what'], ['target_code', 'target'],
        ['quad_class', 'quad'], ['trigger', 'trigger'], ['modality', 'modality']], a.mentions, (c, m) => {
        if (c === 'modality') return m.negated ? 'negated' : m.hypothetical ? 'hypothetical' : m.historical ? 'historical' : 'asserted';
        if (c === 'quad_class') return QUADS[m.quad_class] || '';
        if (c === 'event_id') return m.event_id ? eventLink(m.event_id) : 'not an event';
        return undefined;
      }));
    main.appendChild(el('div', { class: 'layout' }, body, side));
  }).catch(e => showError(main, e));
});
