/* My participants: who has answered what (GET /api/teams/{teamId}/due-overview). */
(function (S) {
  'use strict';

  /** The status of one item as a badge: answered with its date (none for anonymous ones), overdue, due, upcoming. */
  function badge(item) {
    var status = item.status.toLowerCase();
    var text;
    if (item.status === 'ANSWERED') {
      text = item.answeredOn ? S.t('status.answered-on', { date: S.formatDate(item.answeredOn) })
        : S.t('status.answered-anonymous');
    } else {
      text = S.t('status.' + status);
    }
    return S.el('span', { 'class': 'badge ' + status, text: text });
  }

  function itemRow(item) {
    return S.el('li', {}, [
      S.el('span', {}, [
        S.el('span', { text: S.local(item.title) || item.instrumentCode }),
        item.status === 'ANSWERED' ? null : S.el('span', { 'class': 'muted',
          text: ' · ' + S.t('due.date', { date: S.formatDate(item.dueDate) }) })
      ]),
      badge(item)
    ]);
  }

  function person(row) {
    var count = function (status) { return row.items.filter(function (i) { return i.status === status; }).length; };
    // Upcoming items (the next quarterly ORS and later) are counted, not listed: the list is about now.
    var shown = row.items.filter(function (i) { return i.status !== 'UPCOMING'; });
    return S.el('li', { 'class': 'person' }, [
      S.el('h2', {}, [S.el('a', { href: '#/participant/' + encodeURIComponent(row.participantId), text: row.displayName })]),
      S.el('p', { 'class': 'summary', text: S.t('stage.' + row.stage) + ' · ' + S.t('overview.summary', {
        answered: count('ANSWERED'), overdue: count('OVERDUE'), due: count('DUE'), upcoming: count('UPCOMING') }) }),
      shown.length ? S.el('ul', { 'class': 'items', 'aria-label': S.t('overview.items', { name: row.displayName }) },
        shown.map(itemRow)) : S.el('p', { 'class': 'muted', text: S.t('overview.nothing') })
    ]);
  }

  async function render(view) {
    var me = S.state().me;
    view.appendChild(S.heading(S.t(S.isTeamLead() ? 'overview.title.lead' : 'overview.title')));
    if (me.role !== 'COACH' && me.role !== 'TEAM_LEAD') {
      view.appendChild(S.el('p', { text: S.t('overview.not-for-role') }));
      return;
    }
    var picker = S.teamPicker(function () { S.go('#/participants'); });
    if (picker) { view.appendChild(picker); }
    var teamId = S.state().teamId;
    if (!teamId) {
      view.appendChild(S.el('p', { text: S.t('overview.no-team') }));
      return;
    }
    var rows = await S.load('/api/teams/' + encodeURIComponent(teamId) + '/due-overview');
    view.appendChild(S.el('p', { 'class': 'muted', text: S.t('overview.intro', { name: me.displayName }) }));
    if (!rows.length) {
      view.appendChild(S.el('p', { text: S.t('overview.empty') }));
      return;
    }
    view.appendChild(S.el('ul', { 'class': 'people' }, rows.map(person)));
  }

  S.page('participants', {
    path: /^#\/participants$/,
    title: 'overview.nav',
    nav: 'overview.nav',
    href: '#/participants',
    home: true,
    when: function () { var me = S.state().me; return me && (me.role === 'COACH' || me.role === 'TEAM_LEAD'); },
    render: render
  });
}(window.StegvisStaff));
