/*
 * Alerts: unread violence screenings first, urgent ones on top (GET /api/screening/alerts), then the open
 * FIT alerts (GET /api/fit/alerts for a coach's own participants, GET /api/teams/{id}/fit/alerts for a team
 * lead), each acknowledged with a short note (POST /api/fit/alerts/{id}/acknowledgement). Also the banner
 * every other page view of a coach or team lead starts with while urgent screenings are unread.
 */
(function (S) {
  'use strict';

  function staff() {
    var me = S.state().me;
    return me && (me.role === 'COACH' || me.role === 'TEAM_LEAD');
  }

  function screeningLink(participantId, name) {
    return S.el('a', { href: '#/screening/' + encodeURIComponent(participantId), text: S.t('screening.open', { name: name }) });
  }

  /** One link per participant, in the order the server gave (urgent first). */
  function perParticipant(alerts) {
    var seen = {};
    return alerts.filter(function (a) {
      if (seen[a.participantId]) { return false; }
      seen[a.participantId] = true;
      return true;
    });
  }

  function screenings(alerts) {
    var nodes = [S.el('h2', { text: S.t('alerts.screening.title') })];
    if (!alerts.length) {
      nodes.push(S.el('p', { 'class': 'muted', text: S.t('alerts.screening.none') }));
      return nodes;
    }
    nodes.push(S.el('ul', { 'class': 'items', id: 'screening-alerts' }, alerts.map(function (a) {
      return S.el('li', { 'class': a.urgent ? 'urgent' : null }, [
        S.el('span', {}, [screeningLink(a.participantId, a.participantName),
          S.el('span', { 'class': 'muted', text: ' · ' + S.t('alerts.screening.sent', { date: S.formatDate(a.submittedAt) }) })]),
        S.el('span', { 'class': 'badge ' + (a.urgent ? 'overdue' : 'upcoming'),
          text: S.t(a.urgent ? 'alerts.screening.urgent' : 'alerts.screening.unread') })
      ]);
    })));
    return nodes;
  }

  function fitAlert(alert) {
    var id = 'note-' + alert.id;
    var error = S.el('p', { 'class': 'notice', role: 'alert', hidden: true });
    var note = S.el('input', { type: 'text', id: id, maxlength: '500', autocomplete: 'off' });
    var item = S.el('li', { 'class': 'fit-alert' });
    var form = S.el('form', { 'class': 'acknowledge', novalidate: true, onsubmit: async function (e) {
      e.preventDefault();
      error.hidden = true;
      if (!note.value.trim()) {
        error.textContent = S.t('alerts.fit.note.missing');
        error.hidden = false;
        note.focus();
        return;
      }
      var reply = await S.api('POST', '/api/fit/alerts/' + encodeURIComponent(alert.id) + '/acknowledgement',
        { note: note.value.trim() });
      if (reply.status === 204) {
        var list = item.parentNode;
        list.removeChild(item);
        if (!list.children.length) { list.parentNode.replaceChild(S.el('p', { 'class': 'muted', text: S.t('alerts.fit.none') }), list); }
        S.announce('alerts.fit.done', { name: alert.participantName });
        var h1 = document.querySelector('#view h1');
        if (h1) { h1.focus(); }
      } else {
        error.textContent = S.t(reply.status === 404 ? 'alerts.fit.gone' : 'error.general');
        error.hidden = false;
      }
    } }, [
      S.el('label', { 'for': id, text: S.t('alerts.fit.note') }), note, error,
      S.el('button', { type: 'submit', 'class': 'button', text: S.t('alerts.fit.acknowledge') })
    ]);
    [S.el('h3', {}, [S.el('a', { href: '#/participant/' + encodeURIComponent(alert.participantId) + '/trend',
      text: alert.participantName })]),
    S.el('p', { 'class': 'summary', text: S.t('fit.alert.' + alert.kind) + ' · ' + S.formatDate(alert.raisedAt) }),
    form].forEach(function (n) { item.appendChild(n); });
    return item;
  }

  async function render(view) {
    view.appendChild(S.heading(S.t('alerts.title')));
    var picker = S.isTeamLead() ? S.teamPicker(function () { S.go('#/alerts'); }) : null;
    if (picker) { view.appendChild(picker); }
    var teamId = S.state().teamId;
    var fitPath = S.isTeamLead() ? (teamId ? '/api/teams/' + encodeURIComponent(teamId) + '/fit/alerts' : null) : '/api/fit/alerts';
    var loaded = await Promise.all([S.load('/api/screening/alerts'), fitPath ? S.load(fitPath) : Promise.resolve([])]);
    screenings(loaded[0]).forEach(function (n) { view.appendChild(n); });
    view.appendChild(S.el('h2', { text: S.t(S.isTeamLead() ? 'alerts.fit.title.lead' : 'alerts.fit.title') }));
    view.appendChild(loaded[1].length ? S.el('ul', { 'class': 'answers', id: 'fit-alerts' }, loaded[1].map(fitAlert))
      : S.el('p', { 'class': 'muted', text: S.t('alerts.fit.none') }));
  }

  S.page('alerts', {
    path: /^#\/alerts$/,
    title: 'alerts.title',
    nav: 'alerts.nav',
    href: '#/alerts',
    when: staff,
    render: render
  });

  /** Unread urgent screenings come first on every other page view (issue 6): a banner above the heading. */
  S.decorate(async function (view, page, stillShown) {
    if (!staff() || page.name === 'alerts') { return; }
    var urgent = (await S.load('/api/screening/alerts')).filter(function (a) { return a.urgent; });
    if (!urgent.length || !stillShown()) { return; }
    var people = perParticipant(urgent);
    var banner = S.el('div', { 'class': 'urgent-banner', id: 'urgent-banner', role: 'alert' }, [
      S.el('p', { text: S.t('banner.urgent', { count: people.length }) }),
      S.el('ul', {}, people.map(function (a) { return S.el('li', {}, [screeningLink(a.participantId, a.participantName)]); }))
    ]);
    view.insertBefore(banner, view.firstChild);
  });
}(window.StegvisStaff));
