/*
 * Meetings (FIT, issue 5): the coach records an individual or group session (POST /api/teams/{teamId}/fit/sessions),
 * shows its six-character code to the participant(s), lists the team's recent sessions and, for a group session,
 * the SRS group summary (GET /api/fit/sessions/{id}/group-summary: average and spread only from the team's minimum).
 */
(function (S) {
  'use strict';

  function staff() {
    var me = S.state().me;
    return me && (me.role === 'COACH' || me.role === 'TEAM_LEAD');
  }

  /** Today in Stockholm as YYYY-MM-DD (the date the session is held on by default). */
  function today() {
    return new Intl.DateTimeFormat('sv-SE', { year: 'numeric', month: '2-digit', day: '2-digit', timeZone: 'Europe/Stockholm' })
      .format(new Date());
  }

  function number(value) {
    var locale = S.state().lang === 'ar' ? 'ar-u-nu-latn' : (S.state().lang === 'en' ? 'en-GB' : 'sv-SE');
    return new Intl.NumberFormat(locale, { maximumFractionDigits: 1, minimumFractionDigits: 1 }).format(value);
  }

  /** The code as the coach shows it: big, Latin, left-to-right also in Arabic. */
  function code(value, id) {
    return S.el('p', { 'class': 'session-code', id: id || null, lang: 'en', dir: 'ltr', translate: 'no', text: value });
  }

  function problemText(reply) {
    var body = reply.body || {};
    if (body.errors && body.errors.length) {
      return body.errors.map(function (e) { return e.message; }).join(' ');
    }
    return body.detail || S.t('error.general');
  }

  function recordForm(teamId, rows) {
    var error = S.el('p', { 'class': 'notice', role: 'alert', id: 'session-error', hidden: true });
    var kinds = ['INDIVIDUAL', 'GROUP'].map(function (kind, i) {
      return S.el('div', { 'class': 'choice' }, [
        S.el('input', { type: 'radio', name: 'kind', id: 'kind-' + kind, value: kind, checked: i === 0 }),
        S.el('label', { 'for': 'kind-' + kind, text: S.t('sessions.kind.' + kind) })
      ]);
    });
    var people = rows.map(function (row) {
      var id = 'attendee-' + row.participantId;
      return S.el('div', { 'class': 'choice' }, [
        S.el('input', { type: 'checkbox', name: 'attendee', id: id, value: row.participantId }),
        S.el('label', { 'for': id, text: row.displayName })
      ]);
    });
    var date = S.el('input', { type: 'date', id: 'held-on', value: today(), required: true });
    var title = S.el('input', { type: 'text', id: 'session-title', maxlength: '200', autocomplete: 'off' });
    var form = S.el('form', { 'class': 'record-session', novalidate: true, onsubmit: async function (e) {
      e.preventDefault();
      error.hidden = true;
      var kind = form.querySelector('input[name=kind]:checked').value;
      var ids = Array.prototype.map.call(form.querySelectorAll('input[name=attendee]:checked'), function (c) { return c.value; });
      var wrong = !ids.length ? 'sessions.pick.none' : (kind === 'INDIVIDUAL' && ids.length > 1 ? 'sessions.pick.one' : null);
      if (!date.value) { wrong = 'sessions.date.missing'; }
      if (wrong) {
        error.textContent = S.t(wrong);
        error.hidden = false;
        return;
      }
      var body = { kind: kind, heldOn: date.value, participantIds: ids };
      if (title.value.trim()) { body.title = title.value.trim(); }
      var reply = await S.api('POST', '/api/teams/' + encodeURIComponent(teamId) + '/fit/sessions', body);
      if (reply.status === 201 && reply.body) {
        S.announce('sessions.recorded');
        S.go('#/sessions/' + encodeURIComponent(reply.body.id));
      } else {
        error.textContent = problemText(reply);
        error.hidden = false;
      }
    } }, [
      S.el('fieldset', {}, [S.el('legend', { text: S.t('sessions.kind') })].concat(kinds)),
      S.el('label', { 'for': 'held-on', text: S.t('sessions.date') }), date,
      S.el('label', { 'for': 'session-title', text: S.t('sessions.title.optional') }), title,
      people.length ? S.el('fieldset', {}, [S.el('legend', { text: S.t('sessions.attendees') })].concat(people))
        : S.el('p', { text: S.t('overview.empty') }),
      error,
      S.el('button', { type: 'submit', 'class': 'button', text: S.t('sessions.record') })
    ]);
    return form;
  }

  function sessionRow(s) {
    var what = S.t('sessions.kind.' + s.kind) + (s.title ? ' · ' + s.title : '');
    return S.el('li', {}, [
      S.el('a', { href: '#/sessions/' + encodeURIComponent(s.id), text: S.formatDate(s.heldOn) + ' · ' + what }),
      s.code ? S.el('span', { 'class': 'muted', lang: 'en', dir: 'ltr', translate: 'no', text: s.code }) : null
    ]);
  }

  async function list(view) {
    view.appendChild(S.heading(S.t('sessions.title')));
    var picker = S.teamPicker(function () { S.go('#/sessions'); });
    if (picker) { view.appendChild(picker); }
    var teamId = S.state().teamId;
    if (!teamId) {
      view.appendChild(S.el('p', { text: S.t('overview.no-team') }));
      return;
    }
    var team = '/api/teams/' + encodeURIComponent(teamId);
    var loaded = await Promise.all([S.load(team + '/due-overview'), S.load(team + '/fit/sessions')]);
    view.appendChild(S.el('h2', { text: S.t('sessions.new') }));
    view.appendChild(S.el('p', { 'class': 'muted', text: S.t('sessions.intro') }));
    view.appendChild(recordForm(teamId, loaded[0]));
    view.appendChild(S.el('h2', { text: S.t('sessions.recent') }));
    view.appendChild(loaded[1].length ? S.el('ul', { 'class': 'items', id: 'sessions' }, loaded[1].slice(0, 30).map(sessionRow))
      : S.el('p', { 'class': 'muted', text: S.t('sessions.none') }));
  }

  function summary(g) {
    var nodes = [S.el('h2', { text: S.t('sessions.group.title') })];
    var box = S.el('div', { id: 'group-summary' });
    box.appendChild(S.el('p', { text: S.t('sessions.group.answers', { answers: g.answers, attendees: g.attendees }) }));
    if (g.shown) {
      box.appendChild(S.el('dl', { 'class': 'figures' }, [
        S.el('dt', { text: S.t('sessions.group.mean') }), S.el('dd', { id: 'group-mean', text: number(g.mean) }),
        S.el('dt', { text: S.t('sessions.group.range') }),
        S.el('dd', { id: 'group-range', text: S.t('sessions.group.range.value', { min: number(g.min), max: number(g.max) }) }),
        S.el('dt', { text: S.t('sessions.group.sd') }), S.el('dd', { id: 'group-sd', text: number(g.standardDeviation) })
      ]));
      if (g.belowAlert) { box.appendChild(S.el('p', { text: S.t('sessions.group.below', { count: g.belowAlert }) })); }
    } else {
      box.appendChild(S.el('p', { id: 'group-hidden', text: S.t('sessions.group.hidden', { minimum: g.minimumAnswers }) }));
    }
    nodes.push(box);
    return nodes;
  }

  async function detail(view, id) {
    var s = await S.load('/api/fit/sessions/' + encodeURIComponent(id));
    view.appendChild(S.el('p', {}, [S.el('a', { href: '#/sessions', text: S.t('sessions.back') })]));
    view.appendChild(S.heading(S.t('sessions.one', { kind: S.t('sessions.kind.' + s.kind), date: S.formatDate(s.heldOn) })));
    if (s.title) { view.appendChild(S.el('p', { text: s.title })); }
    if (s.code) {
      view.appendChild(S.el('div', { 'class': 'code-box' }, [
        S.el('p', { text: S.t('sessions.code.show') }), code(s.code, 'session-code')
      ]));
    }
    view.appendChild(S.el('h2', { text: S.t('sessions.attendees') }));
    view.appendChild(S.el('ul', { 'class': 'items', id: 'attendees' }, s.attendees.map(function (a) {
      return S.el('li', {}, [
        S.el('span', { text: a.displayName }),
        S.el('span', { 'class': 'muted', text: S.t(a.orsGiven ? 'sessions.ors.in' : 'sessions.ors.missing') + ' · '
          + S.t(a.srsGiven ? 'sessions.srs.in' : 'sessions.srs.missing') })
      ]);
    })));
    if (s.kind === 'GROUP') {
      summary(await S.load('/api/fit/sessions/' + encodeURIComponent(id) + '/group-summary'))
        .forEach(function (n) { view.appendChild(n); });
    }
    view.appendChild(S.el('button', { type: 'button', 'class': 'button secondary', id: 'refresh', text: S.t('sessions.refresh'),
      onclick: function () { S.go('#/sessions/' + encodeURIComponent(id)); } }));
  }

  S.page('sessions', {
    path: /^#\/sessions$/,
    title: 'sessions.title',
    nav: 'sessions.nav',
    href: '#/sessions',
    when: staff,
    render: list
  });

  S.page('session', {
    path: /^#\/sessions\/([0-9a-fA-F-]{36})$/,
    title: 'sessions.title',
    when: staff,
    render: detail
  });
}(window.StegvisStaff));
