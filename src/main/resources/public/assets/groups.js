/*
 * Groups on the phone: what my team offers, booking a seat or a waitlist place, cancelling, the
 * seat I got from the waitlist (shown on home), the anonymous suggestion box and my calendar link.
 *
 * Like questionnaire.js, this builds on window.Stegvis and keeps nothing in browser storage. A
 * booking sends an Idempotency-Key made for that press, so a retried request never books twice.
 */
(function () {
  'use strict';
  var S = window.Stegvis;
  var el = S.el;
  var t = S.t;

  function time(hhmm) {
    return String(hhmm || '').substring(0, 5);
  }

  /** "1 december 2026, 10:00–12:00"; times stay left-to-right in Arabic. */
  function sessionText(s) {
    return t('groups.session', { date: S.formatDate(s.date), start: time(s.start), end: time(s.end) });
  }

  /** What the participant's place is, in words: a seat, a waitlist place with its number, or the seats left. */
  function placeText(a) {
    if (a.myStatus === 'BOOKED') { return t('groups.booked'); }
    if (a.myStatus === 'WAITLISTED') { return t('groups.waitlisted', { n: a.myPosition }); }
    return a.seatsLeft > 0 ? t('groups.seatsLeft', { n: a.seatsLeft }) : t('groups.full');
  }

  function problemText(result) {
    if (result.body && typeof result.body.detail === 'string') { return result.body.detail; }
    return t(result.status >= 500 ? 'error.server' : 'groups.failed');
  }

  function activityItem(a) {
    var headingId = 'activity-' + a.id;
    var action;
    if (a.myStatus) {
      action = el('button', { type: 'button', 'class': 'button secondary', 'data-action': 'cancel',
        'aria-describedby': headingId, text: t(a.myStatus === 'BOOKED' ? 'groups.cancel' : 'groups.leaveWaitlist'),
        onclick: function () { change('DELETE', a); } });
    } else {
      action = el('button', { type: 'button', 'class': 'button', 'data-action': 'book', 'aria-describedby': headingId,
        text: t(a.seatsLeft > 0 ? 'groups.book' : 'groups.joinWaitlist'), onclick: function () { change('POST', a); } });
    }
    return el('li', { 'class': 'activity' }, [
      el('h2', { id: headingId, text: S.localized(a.title) }),
      a.description ? el('p', { text: S.localized(a.description) }) : null,
      el('p', { 'class': 'place', text: t('groups.place', { place: a.place }) }),
      el('ul', { 'class': 'sessions' }, (a.sessions || []).map(function (s) {
        return el('li', { text: sessionText(s) });
      })),
      el('p', { 'class': 'my-place', text: placeText(a) }),
      action,
      el('a', { 'class': 'calendar-file', href: '/api/participant/activities/' + a.id + '/calendar',
        download: 'stegvis.ics', text: t('groups.addToCalendar') })
    ]);
  }

  function suggestionForm() {
    var area = el('textarea', { id: 'suggestion', name: 'suggestion', rows: '3', maxlength: '2000' });
    return el('form', { 'class': 'suggestion', novalidate: 'novalidate', onsubmit: function (event) {
      event.preventDefault();
      sendSuggestion(area.value);
    } }, [
      el('h2', { id: 'suggestion-heading', text: t('groups.suggestion.heading') }),
      el('p', { id: 'suggestion-hint', text: t('groups.suggestion.hint') }),
      el('label', { 'for': 'suggestion', text: t('groups.suggestion.label') }),
      area,
      el('button', { type: 'submit', 'class': 'button', text: t('groups.suggestion.send') })
    ]);
  }

  function calendarSection(link) {
    var children = [el('h2', { text: t('groups.calendar.heading') }), el('p', { text: t('groups.calendar.hint') })];
    if (link) {
      children.push(el('label', { 'for': 'calendar-link', text: t('groups.calendar.label') }));
      children.push(el('input', { id: 'calendar-link', type: 'text', readonly: 'readonly', dir: 'ltr',
        value: window.location.origin + link }));
      children.push(el('button', { type: 'button', 'class': 'button secondary', text: t('groups.calendar.revoke'),
        onclick: revokeCalendar }));
    } else {
      children.push(el('button', { type: 'button', 'class': 'button secondary', id: 'calendar-create',
        text: t('groups.calendar.create'), onclick: createCalendar }));
    }
    return el('section', { 'class': 'calendar' }, children);
  }

  /** Proposed groups: say I am interested (or not any more); a started one I registered for says so. */
  function proposalsSection(proposals) {
    if (!proposals || proposals.length === 0) { return null; }
    return el('section', { 'class': 'proposals' }, [
      el('h2', { text: t('groups.proposals.heading') }),
      el('ul', { 'class': 'activities' }, proposals.map(function (p) {
        var headingId = 'proposal-' + p.id;
        var action = p.activityId ? el('p', { 'class': 'my-place', text: t('groups.proposals.started') })
          : el('button', { type: 'button', 'class': p.mine ? 'button secondary' : 'button', 'aria-describedby': headingId,
            text: t(p.mine ? 'groups.proposals.withdraw' : 'groups.proposals.interested'),
            onclick: function () { interest(p); } });
        return el('li', { 'class': 'activity' }, [
          el('h3', { id: headingId, text: S.localized(p.title) }),
          el('p', { text: t('groups.proposals.count', { n: p.interested, threshold: p.threshold }) }),
          action
        ]);
      }))
    ]);
  }

  S.views.groups = function (activities, message, calendarLink, proposals) {
    return [
      S.heading(t('groups.heading')),
      message ? el('p', { 'class': 'notice', role: 'status', id: 'group-message', text: message }) : null,
      activities.length === 0 ? el('p', { 'class': 'empty', text: t('groups.none') })
        : el('ul', { 'class': 'activities' }, activities.map(activityItem)),
      proposalsSection(proposals),
      suggestionForm(),
      calendarSection(calendarLink),
      el('button', { type: 'button', 'class': 'button secondary', id: 'groups-home', text: t('groups.back'),
        onclick: function () { S.loadHome(); } })
    ];
  };

  var current = { message: null, calendarLink: null };

  async function openGroups(message) {
    current.message = message || null;
    var result;
    try {
      result = await S.api('GET', '/api/participant/activities');
    } catch (e) {
      S.show('retry', ['error.network', function () { openGroups(message); }]);
      return;
    }
    if (result.status !== 200 || !Array.isArray(result.body)) {
      S.show('retry', ['error.server', function () { openGroups(message); }]);
      return;
    }
    var proposals = [];
    try {
      var p = await S.api('GET', '/api/participant/proposals');
      if (p.status === 200 && Array.isArray(p.body)) { proposals = p.body; }
    } catch (e) {
      proposals = [];
    }
    S.show('groups', [result.body, current.message, current.calendarLink, proposals], !message);
    if (message) {
      var m = document.getElementById('group-message');
      if (m) { m.setAttribute('tabindex', '-1'); m.focus(); }
    }
  }

  /** Books (POST) or cancels (DELETE), then shows the list again with what happened in words. */
  async function change(method, a) {
    var headers = method === 'POST' ? { 'Idempotency-Key': S.newKey() } : undefined;
    var result;
    try {
      result = await S.api(method, '/api/participant/activities/' + a.id + '/booking', undefined, headers);
    } catch (e) {
      await openGroups(t('error.network'));
      return;
    }
    if (result.status === 200 || result.status === 201) {
      var b = result.body || {};
      var text = b.status === 'BOOKED' ? t('groups.booked')
        : b.status === 'WAITLISTED' ? t('groups.waitlisted', { n: b.position })
          : t('groups.cancelled');
      await openGroups(text);
    } else {
      await openGroups(problemText(result));
    }
  }

  async function interest(p) {
    var result;
    try {
      result = await S.api(p.mine ? 'DELETE' : 'PUT', '/api/participant/proposals/' + p.id + '/interest');
    } catch (e) {
      await openGroups(t('error.network'));
      return;
    }
    await openGroups(result.status === 200
      ? t(p.mine ? 'groups.proposals.withdrawn' : 'groups.proposals.registered') : problemText(result));
  }

  async function sendSuggestion(text) {
    if (!text || !text.trim()) { await openGroups(t('groups.suggestion.empty')); return; }
    var result;
    try {
      result = await S.api('POST', '/api/participant/suggestions', { text: text }, { 'Idempotency-Key': S.newKey() });
    } catch (e) {
      await openGroups(t('error.network'));
      return;
    }
    await openGroups(result.status === 201 ? t('groups.suggestion.sent') : problemText(result));
  }

  async function createCalendar() {
    try {
      var result = await S.api('POST', '/api/participant/calendar-link');
      if (result.status === 201 && result.body) { current.calendarLink = result.body.path; }
      await openGroups(result.status === 201 ? t('groups.calendar.created') : problemText(result));
    } catch (e) {
      await openGroups(t('error.network'));
    }
  }

  async function revokeCalendar() {
    try {
      var result = await S.api('DELETE', '/api/participant/calendar-link');
      if (result.status === 204) { current.calendarLink = null; }
      await openGroups(result.status === 204 ? t('groups.calendar.revoked') : problemText(result));
    } catch (e) {
      await openGroups(t('error.network'));
    }
  }

  /** On home: a seat that came free and went to me, or went past me (an overlapping seat), until I say OK. */
  async function homeNotices(container) {
    var result;
    try {
      result = await S.api('GET', '/api/participant/group-promotions');
    } catch (e) {
      return;
    }
    if (result.status !== 200 || !Array.isArray(result.body)) { return; }
    result.body.forEach(function (p) {
      var passedOver = p.outcome === 'PASSED_OVER';
      var item = el('div', { 'class': passedOver ? 'notice passed-over' : 'notice promotion', role: 'status' }, [
        el('p', { text: t(passedOver ? 'groups.passedOver' : 'groups.promoted', { title: S.localized(p.title) }) }),
        el('button', { type: 'button', 'class': 'button secondary', text: t('groups.promotedOk'), onclick: async function () {
          try { await S.api('POST', '/api/participant/group-promotions/' + p.activityId + '/seen'); } catch (e) { return; }
          if (item.parentNode) { item.parentNode.removeChild(item); }
        } })
      ]);
      container.appendChild(item);
    });
  }

  S.openGroups = openGroups;
  S.groupNotices = homeNotices;
}());
