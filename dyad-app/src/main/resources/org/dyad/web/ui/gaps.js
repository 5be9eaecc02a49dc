'use strict';
// Dictionary gaps: what the coder saw in the stored articles but could not code (names no actor dictionary entry
// covers, verbs between two coded actors that no trigger or pattern coded), most frequent first, with example
// sentences and ready lines of Dyad's dictionary format. The server codes the stored articles again on its own
// thread; the page polls while it runs and refreshes when the store changes. Every table downloads as CSV.
document.addEventListener('DOMContentLoaded', () => {
  const { el, clear, api, params, showError, articleLink, csvBlobLink, onChange, table } = Dyad;
  const main = document.getElementById('main');
  const p = params();
  const top = el('input', { id: 'f-top', name: 'top', type: 'number', min: 1, max: 1000 }); top.value = p.get('top') || '100';
  main.appendChild(el('form', { class: 'filters', id: 'filters' }, el('label', {}, 'Rows per list', top),
    el('button', { type: 'submit', id: 'apply', text: 'Show' })));
  main.appendChild(el('p', { class: 'hint', text: 'What the coder saw in the stored articles but could not code. '
    + 'Put the lines you keep into actors.tsv and verbs.tsv of a folder (under the header shown), replace every ??? '
    + 'by a code (a CAMEO event code for a verb: Dyad never guesses one), and code with --dictionaries FOLDER. '
    + 'The command line gives the same lists: dyad gaps --db FILE.' }));
  const state = el('p', { id: 'gaps-state' });
  const actors = el('div', { id: 'actors' });
  const verbs = el('div', { id: 'verbs' });
  main.appendChild(state);
  main.appendChild(actors);
  main.appendChild(verbs);
  const examples = r => el('ul', { class: 'examples' }, ...r.examples.map(x =>
    el('li', {}, articleLink(x.doc_id), ' ' + x.text)));
  const exampleText = r => r.examples.map(x => x.doc_id + ': ' + x.text).join(' | ');
  const lines = (id, header, rows) => el('details', {}, el('summary', { text: 'All ready lines' }),
    el('pre', { class: 'lines', id: id, text: [header].concat(rows).join('\n') }));
  let timer = null;
  function load() {
    if (timer) { clearTimeout(timer); timer = null; }
    api('/api/gaps?' + new URLSearchParams({ top: top.value || '100' })).then(g => {
      state.setAttribute('data-state', g.state);
      state.textContent = g.state === 'running'
        ? 'Coding the stored articles again: ' + g.coded + ' of ' + g.total + ' done' + (g.articles ? ' (the lists below are of the last run)' : '') + '…'
        : g.articles + ' articles (' + g.sentences + ' sentences) coded again' + (g.failed ? ', ' + g.failed + ' could not be' : '') + '.';
      clear(actors);
      actors.appendChild(el('h2', { text: 'Unknown actors: ' + g.actors.distinct + ' names in ' + g.actors.mentions + ' mentions' }));
      const actorCols = [['rank', '#'], ['mentions', 'mentions'], ['articles', 'articles'], ['name', 'name'], ['kind', 'kind'],
        ['code', 'code'], ['cues', 'cues'], ['examples', 'examples'], ['line', 'actors.tsv line']];
      const actorRows = g.actors.rows.map((r, i) => Object.assign({ rank: i + 1 }, r));
      actors.appendChild(el('p', {}, csvBlobLink(actorCols.map(c => [c[0], c[1], c[0] === 'cues' ? r => r.cues.join(', ')
        : c[0] === 'examples' ? exampleText : undefined]), actorRows, 'gaps-actors.csv')));
      actors.appendChild(table(actorCols, actorRows, (c, r) => c === 'examples' ? examples(r)
        : c === 'cues' ? r.cues.join(', ') : c === 'line' ? el('code', { class: 'line', text: r.line })
        : c === 'code' ? el('span', { class: r.placeholder ? 'placeholder' : null, text: r.code }) : undefined));
      actors.appendChild(lines('actors-lines', g.actors.header, g.actors.rows.map(r => r.line)));
      clear(verbs);
      verbs.appendChild(el('h2', { text: 'Uncoded verbs: ' + g.verbs.distinct + ' verbs in ' + g.verbs.mentions
        + ' clauses between two actors (' + g.verbs.known + ' in the verb dictionary, whose patterns did not fit)' }));
      const verbCols = [['rank', '#'], ['mentions', 'mentions'], ['articles', 'articles'], ['verb', 'verb'], ['forms', 'forms'],
        ['pairs', 'between'], ['known', 'dictionary'], ['examples', 'examples'], ['lines', 'verbs.tsv lines']];
      const verbRows = g.verbs.rows.map((r, i) => Object.assign({ rank: i + 1 }, r));
      verbs.appendChild(el('p', {}, csvBlobLink(verbCols.map(c => [c[0], c[1], c[0] === 'examples' ? exampleText
        : c[0] === 'lines' ? r => r.lines.join('\n') : ['forms', 'pairs'].includes(c[0]) ? r => r[c[0]].join(', ')
        : c[0] === 'known' ? r => r.known || 'new' : undefined]), verbRows, 'gaps-verbs.csv')));
      verbs.appendChild(table(verbCols, verbRows, (c, r) => c === 'examples' ? examples(r)
        : c === 'forms' || c === 'pairs' ? r[c].join(', ') : c === 'known' ? (r.known || 'new')
        : c === 'lines' ? el('code', { class: 'line', text: r.lines.join('\n') }) : undefined));
      verbs.appendChild(lines('verbs-lines', g.verbs.header, g.verbs.rows.flatMap(r => r.lines)));
      if (g.state === 'running') timer = setTimeout(load, 2000);
    }).catch(e => { clear(actors); showError(actors, e); });
  }
  load();
  onChange(load);
});
