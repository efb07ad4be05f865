/*
 * A participant's violence screenings with the answers (GET /api/participants/{id}/screenings): for their
 * assigned coaches and the team lead; every read is audited and marks the screenings read. Neutral wording.
 */
(function (S) {
  'use strict';

  function screening(s) {
    var details = [];
    s.answers.forEach(function (a) {
      details.push(S.el('dt', { text: S.local(a.text) }));
      details.push(S.el('dd', { text: S.answerText(a.answer) }));
    });
    return S.el('li', { 'class': s.urgent ? 'urgent' : null }, [
      S.el('h2', { text: S.t('screening.sent', { date: S.formatDate(s.submittedAt) }) }),
      s.urgent ? S.el('p', { 'class': 'badge overdue', text: S.t('screening.contact-soon') }) : null,
      s.declined ? S.el('p', { text: S.t('screening.declined') }) : S.el('dl', {}, details)
    ]);
  }

  S.page('screening', {
    path: /^#\/screening\/([0-9a-fA-F-]{36})$/,
    title: 'screening.title.short',
    when: function () { var me = S.state().me; return me && (me.role === 'COACH' || me.role === 'TEAM_LEAD'); },
    render: async function (view, id) {
      var base = '/api/participants/' + encodeURIComponent(id);
      var loaded = await Promise.all([S.load(base), S.load(base + '/screenings')]);
      var p = loaded[0];
      view.appendChild(S.el('p', {}, [S.el('a', { href: '#/participant/' + encodeURIComponent(id),
        text: S.t('trend.back', { name: p.displayName }) })]));
      view.appendChild(S.heading(S.t('screening.title', { name: p.displayName })));
      view.appendChild(S.el('p', { 'class': 'muted', text: S.t('screening.intro') }));
      view.appendChild(loaded[1].length ? S.el('ul', { 'class': 'answers', id: 'screenings' }, loaded[1].map(screening))
        : S.el('p', { text: S.t('screening.none') }));
    }
  });
}(window.StegvisStaff));
