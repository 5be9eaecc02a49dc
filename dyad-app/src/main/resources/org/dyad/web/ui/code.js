'use strict';
// Code a pasted text (POST /api/code): nothing is stored. A server bound beyond loopback needs its token.
document.addEventListener('DOMContentLoaded', () => {
  const { el, clear, api, showError, csvBlobLink, table } = Dyad;
  const main = document.getElementById('main');
  const text = el('textarea', { id: 'text', placeholder: 'Paste an article…' });
  const date = el('input', { id: 'date', type: 'date' });
  const token = el('input', { id: 'token', type: 'password', size: 20 });
  token.value = sessionStorage.getItem('dyad-token') || '';
  const out = el('div', { id: 'result' });
  const button = el('button', { type: 'submit', id: 'code', text: 'Code' });
  const form = el('form', { id: 'code-form' }, text, el('div', { class: 'filters' }, el('label', {}, 'Publication date', date),
    el('label', {}, 'Token (when the server asks)', token), button));
  form.addEventListener('submit', ev => {
    ev.preventDefault();
    clear(out);
    out.appendChild(el('p', { text: 'Coding…' }));
    sessionStorage.setItem('dyad-token', token.value);
    const body = { text: text.value };
    if (date.value) body.date = date.value;
    const headers = { 'Content-Type': 'application/json' };
    if (token.value) headers.Authorization = 'Bearer ' + token.value;
    api('/api/code', { method: 'POST', headers: headers, body: JSON.stringify(body) }).then(r => {
      clear(out);
      out.appendChild(el('p', { id: 'summary', text: r.events.length + ' events in ' + r.sentences + ' sentences' }));
      const modality = e => e.modality.negated ? 'negated' : e.modality.hypothetical ? 'hypothetical' : e.modality.historical ? 'historical' : 'asserted';
      out.appendChild(el('p', {}, csvBlobLink([['sentence', 'sentence'], ['date', 'date'], ['source', 'source', e => e.source.code],
        ['cameo', 'cameo'], ['cameo_name', 'cameo_name'], ['target', 'target', e => e.target ? e.target.code : ''],
        ['quad_class', 'quad_class'], ['modality', 'modality', modality], ['evidence', 'evidence', e => e.evidence.text],
        ['rule', 'rule']], r.events, 'coded-events.csv')));
      out.appendChild(table([['sentence', 'sent.'], ['source', 'source'], ['cameo', 'CAMEO'], ['cameo_name', 'what'], ['target', 'target'],
        ['quad_class', 'quad'], ['modality', 'modality'], ['evidence', 'evidence']], r.events, (c, e) => {
        if (c === 'source' || c === 'target') return e[c] ? e[c].code + ' (' + e[c].text + ')' : '';
        if (c === 'modality') return e.modality.negated ? 'negated' : e.modality.hypothetical ? 'hypothetical' : e.modality.historical ? 'historical' : 'asserted';
        if (c === 'evidence') return e.evidence ? e.evidence.text : '';
        return undefined;
      }));
    }).catch(e => { clear(out); showError(out, e); });
  });
  main.appendChild(form);
  main.appendChild(out);
});
