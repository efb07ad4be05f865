/*
 * Groups (issue 7): the team's activities (GET /api/teams/{id}/activities), one activity's roster with
 * seats and waitlist (GET /api/activities/{id}/roster), attendance per session that has taken place
 * (PUT /api/activities/{id}/sessions/{sessionId}/attendance), the roster as CSV (fetched with the bearer
 * token, saved through a blob link: no inline script, CSP stays self-only) and the team's anonymous
 * suggestions, marked handled with PUT /api/suggestions/{id}/handled. On the participant page, a
 * warning when a trial-period week went without group attendance (GET /api/participants/{id}/trial-attendance).
 * A startup group's roster enrols a booked participant through it (PUT /api/activities/{id}/enrolments/{participantId});
 * the participant page names that group (GET /api/participants/{id}/startup-group).
 */
(function (S) {
  'use strict';

  function staff() {
    var me = S.state().me;
    return me && (me.role === 'COACH' || me.role === 'TEAM_LEAD');
  }

  /** Today in Sweden (YYYY-MM-DD), as the server counts: a session of today may get its attendance. */
  function today() {
    return new Intl.DateTimeFormat('sv-SE', { year: 'numeric', month: '2-digit', day: '2-digit', timeZone: 'Europe/Stockholm' })
      .format(new Date());
  }

  function sessionLabel(s) {
    return S.t('groups.session', { date: S.formatDate(s.date), start: s.start.substring(0, 5), end: s.end.substring(0, 5) });
  }

  function teamPath(teamId, tail) {
    return '/api/teams/' + encodeURIComponent(teamId) + tail;
  }

  // ---------------------------------------------------------------- the list

  /** The next session from today, or the last one when all are over. Empty lists are left out of the JSON. */
  function nextSession(sessions) {
    if (!sessions.length) { return null; }
    var next = sessions.filter(function (s) { return s.date >= today(); })[0] || sessions[sessions.length - 1];
    return S.el('p', { 'class': 'summary', text: sessionLabel(next) });
  }

  function activityItem(a) {
    return S.el('li', { 'class': 'person activity-card' }, [
      S.el('h2', {}, [S.el('a', { href: '#/groups/' + encodeURIComponent(a.id), id: 'activity-' + a.id, text: S.local(a.title) })]),
      S.el('p', { 'class': 'summary', text: S.t('groups.seats', { booked: a.booked, capacity: a.capacity, waitlisted: a.waitlisted }) }),
      nextSession(a.sessions || [])
    ]);
  }

  function suggestionItem(s) {
    var item = S.el('li', { 'class': 'suggestion' });
    var state = S.el('span', { 'class': 'badge ' + (s.handled ? 'answered' : 'due'),
      text: S.t(s.handled ? 'groups.suggestion.handled' : 'groups.suggestion.open') });
    var button = S.el('button', { type: 'button', 'class': 'button secondary', hidden: s.handled,
      text: S.t('groups.suggestion.mark'), onclick: async function () {
        var reply = await S.api('PUT', '/api/suggestions/' + encodeURIComponent(s.id) + '/handled', { handled: true });
        if (reply.status === 200) {
          state.className = 'badge answered';
          state.textContent = S.t('groups.suggestion.handled');
          button.hidden = true;
          S.announce('groups.suggestion.done');
        } else {
          S.announce('error.general');
        }
      } });
    [S.el('p', { 'class': 'summary', text: s.period }), S.el('p', { 'class': 'suggestion-text', text: s.text }),
      S.el('div', { 'class': 'suggestion-state' }, [state, button])].forEach(function (n) { item.appendChild(n); });
    return item;
  }

  async function renderList(view) {
    view.appendChild(S.heading(S.t('groups.title')));
    var picker = S.teamPicker(function () { S.go('#/groups'); });
    if (picker) { view.appendChild(picker); }
    var teamId = S.state().teamId;
    if (!teamId) {
      view.appendChild(S.el('p', { 'class': 'muted', text: S.t('overview.no-team') }));
      return;
    }
    var loaded = await Promise.all([S.load(teamPath(teamId, '/activities')), S.load(teamPath(teamId, '/suggestions'))]);
    view.appendChild(S.el('p', {}, [S.el('a', { 'class': 'button', href: '#/groups/new', id: 'new-activity', text: S.t('groups.form.new') })]));
    view.appendChild(loaded[0].length ? S.el('ul', { 'class': 'people', id: 'activities' }, loaded[0].map(activityItem))
      : S.el('p', { 'class': 'muted', text: S.t('groups.none') }));
    view.appendChild(S.el('h2', { text: S.t('groups.suggestions') }));
    view.appendChild(S.el('p', { 'class': 'hint', text: S.t('groups.suggestions.intro') }));
    view.appendChild(loaded[1].length ? S.el('ul', { 'class': 'answers', id: 'suggestions' }, loaded[1].map(suggestionItem))
      : S.el('p', { 'class': 'muted', text: S.t('groups.suggestions.none') }));
  }

  // ---------------------------------------------------------------- one activity

  /** On a startup group's roster: enrolled through it, or a button that enrols someone with a seat. */
  function enrolment(activityId, p) {
    if (p.enrolledHere) { return S.el('span', { 'class': 'badge answered', text: S.t('groups.enrolment.enrolled') }); }
    return S.el('button', { type: 'button', 'class': 'button secondary enrol', text: S.t('groups.enrolment.mark', { name: p.displayName }),
      onclick: async function () {
        var reply = await S.api('PUT', '/api/activities/' + encodeURIComponent(activityId) + '/enrolments/'
          + encodeURIComponent(p.participantId));
        if (reply.status !== 200) {
          document.getElementById('status').textContent = (reply.body && (reply.body.detail || reply.body.title)) || S.t('error.general');
          return;
        }
        await S.go(location.hash);
        S.announce('groups.enrolment.done', { name: p.displayName });
      } });
  }

  function rosterList(activity, people, status, id) {
    var list = people.filter(function (p) { return p.status === status; });
    if (!list.length) { return S.el('p', { 'class': 'muted', text: S.t(status === 'BOOKED' ? 'groups.booked.none' : 'groups.waitlist.none') }); }
    var startup = activity.type === 'STARTUP_GROUP' && status === 'BOOKED';
    return S.el(status === 'BOOKED' ? 'ul' : 'ol', { 'class': 'texts', id: id }, list.map(function (p) {
      return S.el('li', {}, [S.el('a', { href: '#/participant/' + encodeURIComponent(p.participantId), text: p.displayName }),
        startup ? ' ' : null, startup ? enrolment(activity.id, p) : null]);
    }));
  }

  function attendanceForm(activityId, session, booked) {
    var error = S.el('p', { 'class': 'notice', role: 'alert', hidden: true });
    var boxes = booked.map(function (p) {
      var id = 'present-' + session.id + '-' + p.participantId;
      var box = S.el('input', { type: 'checkbox', id: id, value: p.participantId,
        checked: (p.attendedSessions || []).indexOf(session.id) >= 0 });
      return { box: box, node: S.el('div', { 'class': 'check' }, [box, S.el('label', { 'for': id, text: p.displayName })]) };
    });
    var legend = S.el('legend', { text: sessionLabel(session) });
    var form = S.el('form', { 'class': 'attendance', id: 'attendance-' + session.id, novalidate: true, onsubmit: async function (e) {
      e.preventDefault();
      error.hidden = true;
      var present = boxes.filter(function (b) { return b.box.checked; }).map(function (b) { return b.box.value; });
      var reply = await S.api('PUT', '/api/activities/' + encodeURIComponent(activityId) + '/sessions/'
        + encodeURIComponent(session.id) + '/attendance', { present: present });
      if (reply.status === 200) {
        S.announce('groups.attendance.saved', { session: sessionLabel(session), count: reply.body.present.length });
      } else {
        error.textContent = S.t('error.general');
        error.hidden = false;
      }
    } }, [S.el('fieldset', {}, [legend].concat(boxes.map(function (b) { return b.node; }))), error,
      S.el('button', { type: 'submit', 'class': 'button', text: S.t('groups.attendance.save') })]);
    return form;
  }

  /** The CSV comes with the bearer token, so a plain link cannot fetch it: a blob link is made and clicked. */
  function csvButton(activityId) {
    return S.el('button', { type: 'button', 'class': 'button secondary', id: 'roster-csv', text: S.t('groups.csv'),
      onclick: async function () {
        var reply = await S.api('GET', '/api/activities/' + encodeURIComponent(activityId) + '/roster.csv', undefined, 'text/csv');
        if (reply.status !== 200) { S.announce('error.general'); return; }
        S.saveFile(new Blob([reply.body], { type: 'text/csv;charset=utf-8' }), 'roster-' + activityId + '.csv',
          'groups.csv.done');
      } });
  }

  async function renderActivity(view, id) {
    var loaded = await Promise.all([S.load('/api/activities/' + encodeURIComponent(id)),
      S.load('/api/activities/' + encodeURIComponent(id) + '/roster')]);
    var a = loaded[0];
    var roster = { sessions: loaded[1].sessions || [], people: loaded[1].people || [] };
    view.appendChild(S.el('p', {}, [S.el('a', { href: '#/groups', text: S.t('groups.back') })]));
    view.appendChild(S.heading(S.local(a.title)));
    view.appendChild(S.el('p', { 'class': 'summary', id: 'seats',
      text: S.t('groups.seats', { booked: a.booked, capacity: a.capacity, waitlisted: a.waitlisted }) }));
    if (a.place) { view.appendChild(S.el('p', { 'class': 'summary', text: a.place })); }
    view.appendChild(S.el('p', { 'class': 'actions' }, [S.el('a', { 'class': 'button secondary', id: 'edit-activity',
      href: '#/groups/' + encodeURIComponent(a.id) + '/edit', text: S.t('groups.form.edit') }), ' ', csvButton(a.id)]));
    view.appendChild(S.el('h2', { text: S.t('groups.booked') }));
    view.appendChild(rosterList(a, roster.people, 'BOOKED', 'booked'));
    view.appendChild(S.el('h2', { text: S.t('groups.waitlist') }));
    view.appendChild(rosterList(a, roster.people, 'WAITLISTED', 'waitlist'));
    view.appendChild(S.el('h2', { text: S.t('groups.attendance') }));
    var booked = roster.people.filter(function (p) { return p.status === 'BOOKED'; });
    var held = roster.sessions.filter(function (s) { return s.date <= today(); });
    if (!held.length || !booked.length) {
      view.appendChild(S.el('p', { 'class': 'muted', text: S.t('groups.attendance.none') }));
    } else {
      held.forEach(function (s) { view.appendChild(attendanceForm(a.id, s, booked)); });
    }
    var later = roster.sessions.filter(function (s) { return s.date > today(); });
    if (later.length) {
      view.appendChild(S.el('h2', { text: S.t('groups.upcoming') }));
      view.appendChild(S.el('ul', { 'class': 'texts' }, later.map(function (s) { return S.el('li', { text: sessionLabel(s) }); })));
    }
  }

  S.page('groups', { path: /^#\/groups$/, title: 'groups.title', nav: 'groups.nav', href: '#/groups', when: staff, render: renderList });
  S.page('group', { path: /^#\/groups\/([0-9a-fA-F-]{36})$/, title: 'groups.title', when: staff, render: renderActivity });

  /** The participant page gets the trial-period warning when a week went by without group attendance. */
  S.decorate(async function (view, page, stillShown) {
    if (page.name !== 'participant') { return; }
    var m = /^#\/participant\/([0-9a-fA-F-]{36})$/.exec(location.hash);
    if (!m) { return; }
    var trial = await S.load('/api/participants/' + encodeURIComponent(m[1]) + '/trial-attendance');
    if (!trial.warning || !stillShown()) { return; }
    var missed = trial.weeks.filter(function (w) { return w.status === 'MISSED'; });
    var warning = S.el('div', { 'class': 'trial-warning', id: 'trial-warning', role: 'note' }, [
      S.el('p', { text: S.t('groups.trial.warning', { count: trial.missedWeeks }) }),
      S.el('ul', {}, missed.map(function (w) {
        return S.el('li', { text: S.t('groups.trial.week', { number: w.number, from: S.formatDate(w.from), to: S.formatDate(w.to) }) });
      }))
    ]);
    var h1 = view.querySelector('h1');
    if (h1 && h1.nextSibling) { view.insertBefore(warning, h1.nextSibling); } else { view.appendChild(warning); }
  });

  /** The participant page names the startup group the participant was enrolled through, if any. */
  S.decorate(async function (view, page, stillShown) {
    if (page.name !== 'participant') { return; }
    var m = /^#\/participant\/([0-9a-fA-F-]{36})$/.exec(location.hash);
    if (!m) { return; }
    var link = await S.load('/api/participants/' + encodeURIComponent(m[1]) + '/startup-group');
    if (!link.activityId || !stillShown()) { return; }
    var note = S.el('p', { 'class': 'summary', id: 'startup-group' }, [S.el('a', {
      href: '#/groups/' + encodeURIComponent(link.activityId),
      text: S.t('groups.enrolment.participant', { title: S.local(link.title) }) })]);
    var h1 = view.querySelector('h1');
    if (h1 && h1.nextSibling) { view.insertBefore(note, h1.nextSibling); } else { view.appendChild(note); }
  });
}(window.StegvisStaff));
