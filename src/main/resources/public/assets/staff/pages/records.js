/*
 * For admins, coordinators and the data protection officer: the records of processing (GET /api/records-of-processing), what personal
 * data Stegvis holds, why, for how long and who sees it, for the association's DPIA. The texts come from the
 * server (the same source as docs/records-of-processing*.md); in Arabic they are shown in Swedish.
 */
(function (S) {
  'use strict';

  function allowed() {
    var me = S.state().me;
    return me && (me.role === 'ADMIN' || me.role === 'COORDINATOR' || me.role === 'DATA_PROTECTION_OFFICER');
  }

  function section(s) {
    var rows = Object.keys(s.fields).map(function (key) {
      var f = s.fields[key];
      return S.el('tr', {}, [S.el('th', { scope: 'row', text: f.label }), S.el('td', { text: f.text })]);
    });
    return S.el('section', { 'class': 'records-section', id: 'records-' + s.key }, [
      S.el('h2', { text: s.title }),
      S.el('table', { 'class': 'records' }, [S.el('tbody', {}, rows)])
    ]);
  }

  async function render(view) {
    var d = await S.load('/api/records-of-processing?lang=' + encodeURIComponent(S.state().lang));
    view.appendChild(S.heading(S.t('records.title')));
    var body = S.el('div', { lang: d.language, id: 'records' });
    if (d.language !== S.state().lang) {
      view.appendChild(S.el('p', { 'class': 'muted', text: S.t('records.in-swedish') }));
    }
    body.appendChild(S.el('p', { text: d.intro }));
    d.sections.forEach(function (s) { body.appendChild(section(s)); });
    body.appendChild(S.el('h2', { text: d.notPersonalTitle }));
    body.appendChild(S.el('p', { text: d.notPersonalIntro }));
    body.appendChild(S.el('table', { 'class': 'records' }, [S.el('tbody', {}, d.notPersonal.map(function (n) {
      return S.el('tr', {}, [S.el('th', { scope: 'row', text: n.table }), S.el('td', { text: n.reason })]);
    }))]));
    view.appendChild(body);
  }

  S.page('records', { path: /^#\/records$/, title: 'records.title', nav: 'records.nav', href: '#/records',
    when: allowed, render: render });
}(window.StegvisStaff));
