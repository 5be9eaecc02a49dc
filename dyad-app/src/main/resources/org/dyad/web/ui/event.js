'use strict';
// One event: what happened, its actors, the rule that fired, its confidence (when the coder gives one), and every
// mention with its evidence sentence and article.
document.addEventListener('DOMContentLoaded', () => {
  const { el, api, params, showError, articleLink, csvLink, table, QUADS } = Dyad;
  const main = document.getElementById('main');
  const id = params().get('id');
  if (!id) { showError(main, new Error('no event id (event.html?id=...)')); return; }
  api('/api/events/' + encodeURIComponent(id)).then(e => {
    const first = e.mentions.find(m => m.mention_id === e.first_mention_id && m.article_id === e.first_article_id) || e.mentions[0] || {};
    main.querySelector('h1').textContent = e.date + ': ' + e.source_code + ' ' + e.cameo + ' ' + e.cameo_name
      + (e.target_code ? ' ' + e.target_code : '');
    const facts = [['Date', e.date + (e.date_precision && e.date_precision !== 'day' ? ' (' + e.date_precision + ')' : '')],
      ['CAMEO', e.cameo + ' ' + e.cameo_name + ' (root ' + e.cameo_root + ')'], ['QuadClass', e.quad_class + ' ' + QUADS[e.quad_class]],
      ['Goldstein', e.goldstein], ['PLOVER', [e.plover_type, e.plover_mode].filter(x => x).join(' / ') || '—'],
      ['Place', e.location_text ? e.location_text + ' (' + (e.location_country || '?') + ')'
        + (e.location_lat !== null && e.location_lat !== undefined ? ' ' + e.location_lat + ', ' + e.location_lon : '') : '—'],
      ['Mentions', e.num_mentions + ' in ' + e.num_articles + ' articles from ' + e.num_sources + ' sources'],
      ['Rule', first.rule || '']];
    if (e.confidence !== undefined && e.confidence !== null) facts.push(['Confidence', e.confidence]);
    main.appendChild(el('dl', { class: 'facts', id: 'facts' }, ...facts.flatMap(([k, v]) => [el('dt', { text: k }),
      el('dd', { 'data-fact': k.toLowerCase(), text: v === null || v === undefined ? '' : String(v) })])));
    main.appendChild(el('h2', { text: 'Actors' }));
    const actor = (role, code, country, m) => m ? [role, code || '', country || '', (m[role + '_sectors'] || []).join(' '),
      m[role + '_text'] || '', m[role + '_name'] || ''] : [role, '', '', '', '', ''];
    main.appendChild(table([[0, 'role'], [1, 'code'], [2, 'country'], [3, 'sectors'], [4, 'words'], [5, 'name']],
      [actor('source', e.source_code, e.source_country, first),
        ...(e.target_code ? [actor('target', e.target_code, e.target_country, first)] : [])]));
    main.lastChild.id = 'actors';
    main.appendChild(el('h2', { text: e.mentions.length + ' mentions' }));
    main.appendChild(el('p', {}, csvLink('/api/events/' + encodeURIComponent(id), {}, 'event-' + id + '-mentions.csv')));
    main.appendChild(table([['published', 'published'], ['outlet', 'outlet'], ['article_id', 'article'], ['sentence', 'sent.'],
      ['cameo', 'CAMEO'], ['trigger', 'trigger'], ['evidence_text', 'evidence sentence'], ['rule', 'rule']], e.mentions,
      (c, m) => c === 'article_id' ? articleLink(m.article_id) : undefined));
    main.lastChild.id = 'mentions';
  }).catch(err => showError(main, err));
});
