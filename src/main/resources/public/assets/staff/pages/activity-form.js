/*
 * Creating and editing an activity (issue 7): type, title and description in sv/en/ar, place, capacity,
 * sign-up window and sessions (date, start, end). New: POST /api/teams/{teamId}/activities; edit:
 * PUT /api/activities/{id}, where a kept session carries its id so its attendance stays. What the API
 * refuses is shown as it says it (problem+json, in the language asked for with Accept-Language): a
 * summary at the top and each message beside its field.
 */
(function (S) {
  'use strict';

  var TYPES = ['STARTUP_GROUP', 'SOLUTION_FOCUSED', 'THEME', 'SOCIAL', 'CREATIVE', 'TRAINING', 'FOREST', 'MINDFULNESS',
    'BOARD_GAMES', 'BREAKFAST_CLUB', 'OTHER'];
  var LANGS = ['sv', 'en', 'ar'];

  function staff() {
    var me = S.state().me;
    return me && (me.role === 'COACH' || me.role === 'TEAM_LEAD');
  }

  function field(id, labelKey, input) {
    input.id = id;
    return S.el('div', { 'class': 'field', 'data-field': id }, [S.el('label', { 'for': id, text: S.t(labelKey) }), input]);
  }

  function textInput(value, attrs) {
    return S.el('input', Object.assign({ type: 'text', value: value || '' }, attrs || {}));
  }

  /** One session row; {@code number} counts from 1, {@code s} is an existing session or null. */
  function sessionRow(s) {
    var row = S.el('fieldset', { 'class': 'session-row' });
    if (s && s.id) { row.setAttribute('data-id', s.id); }
    row.appendChild(S.el('legend'));
    row.appendChild(S.el('div', { 'class': 'session-times' }, [
      field('', 'groups.form.date', S.el('input', { type: 'date', 'class': 's-date', value: s ? s.date : '' })),
      field('', 'groups.form.start', S.el('input', { type: 'time', 'class': 's-start', value: s ? s.start.substring(0, 5) : '' })),
      field('', 'groups.form.end', S.el('input', { type: 'time', 'class': 's-end', value: s ? s.end.substring(0, 5) : '' }))
    ]));
    row.appendChild(S.el('button', { type: 'button', 'class': 'button secondary remove-session', onclick: function () {
      var list = row.parentNode;
      list.removeChild(row);
      renumber(list);
    } }));
    return row;
  }

  /** Legends, ids and labels follow the order on screen. */
  function renumber(list) {
    var rows = list.querySelectorAll('.session-row');
    for (var i = 0; i < rows.length; i++) {
      var n = i + 1;
      rows[i].querySelector('legend').textContent = S.t('groups.form.session', { number: n });
      ['date', 'start', 'end'].forEach(function (part) {
        var input = rows[i].querySelector('.s-' + part);
        input.id = 'f-session-' + i + '-' + part;
        input.parentNode.setAttribute('data-field', input.id);
        input.parentNode.querySelector('label').setAttribute('for', input.id);
      });
      var remove = rows[i].querySelector('.remove-session');
      remove.textContent = S.t('groups.form.removeSession', { number: n });
      remove.hidden = rows.length < 2;
    }
  }

  function value(form, id) {
    var v = form.querySelector('#' + id).value.trim();
    return v === '' ? null : v;
  }

  function texts(form, name) {
    var t = {};
    LANGS.forEach(function (l) { t[l] = value(form, 'f-' + name + '-' + l); });
    return t;
  }

  function request(form) {
    var capacity = parseInt(form.querySelector('#f-capacity').value, 10);
    var rows = form.querySelectorAll('.session-row');
    var sessions = [];
    for (var i = 0; i < rows.length; i++) {
      var q = function (part) { var v = rows[i].querySelector('.s-' + part).value; return v === '' ? null : v; };
      sessions.push({ id: rows[i].getAttribute('data-id') || null, date: q('date'), start: q('start'), end: q('end') });
    }
    return { type: value(form, 'f-type'), title: texts(form, 'title'), description: texts(form, 'description'),
      place: value(form, 'f-place') || '', capacity: isNaN(capacity) ? 0 : capacity,
      signupOpens: value(form, 'f-signupOpens'), signupCloses: value(form, 'f-signupCloses'), sessions: sessions };
  }

  /** The input a problem's field names: "title.sv", "capacity", "sessions[1].end", "sessions[0]". */
  function inputFor(form, name) {
    var m = /^sessions\[(\d+)\](?:\.(date|start|end))?$/.exec(name);
    if (m) { return form.querySelector('#f-session-' + m[1] + '-' + (m[2] || 'date')); }
    m = /^(date|start|end)\[(\d+)\]$/.exec(name); // bean validation names a session's field this way
    if (m) { return form.querySelector('#f-session-' + m[2] + '-' + m[1]); }
    if (name === 'sessions') { return form.querySelector('#f-add-session'); }
    if (name === 'title' || name === 'title.sv') { return form.querySelector('#f-title-sv'); }
    return form.querySelector('#f-' + name.replace('.', '-'));
  }

  function clearErrors(form) {
    var old = form.querySelectorAll('.field-error');
    for (var i = 0; i < old.length; i++) { old[i].parentNode.removeChild(old[i]); }
    var invalid = form.querySelectorAll('[aria-invalid]');
    for (var j = 0; j < invalid.length; j++) {
      invalid[j].removeAttribute('aria-invalid');
      invalid[j].removeAttribute('aria-describedby');
    }
  }

  /** The problem's title and every field message in the summary; each message also beside its field. */
  function showProblem(form, summary, reply) {
    var body = reply.body || {};
    var errors = body.errors || [];
    summary.textContent = '';
    // The title is the status in words; the detail says what the API found (in the language asked for).
    summary.appendChild(S.el('p', { 'class': 'problem', text: body.detail || body.title || S.t('error.general') }));
    if (errors.length) {
      summary.appendChild(S.el('p', { text: S.t('groups.form.errors') }));
      summary.appendChild(S.el('ul', {}, errors.map(function (e) { return S.el('li', { text: e.message }); })));
    }
    errors.forEach(function (e, i) {
      var input = inputFor(form, e.field);
      if (!input) { return; }
      var id = 'error-' + i;
      input.setAttribute('aria-invalid', 'true');
      var described = input.getAttribute('aria-describedby');
      input.setAttribute('aria-describedby', described ? described + ' ' + id : id);
      input.parentNode.appendChild(S.el('p', { 'class': 'field-error', id: id, text: e.message }));
    });
    summary.hidden = false;
    summary.focus();
  }

  function renderForm(view, teamId, a) {
    view.appendChild(S.el('p', {}, [S.el('a', { href: a ? '#/groups/' + encodeURIComponent(a.id) : '#/groups',
      text: S.t('groups.form.cancel') })]));
    view.appendChild(S.heading(S.t(a ? 'groups.form.edit' : 'groups.form.new')));
    var summary = S.el('div', { 'class': 'notice form-errors', id: 'form-errors', role: 'alert', tabindex: '-1', hidden: true });
    var type = S.el('select', {}, [S.el('option', { value: '', text: S.t('groups.form.type.choose') })].concat(
      TYPES.map(function (t) { return S.el('option', { value: t, selected: a && a.type === t, text: S.t('groups.type.' + t) }); })));
    var sessions = S.el('div', { id: 'f-sessions' }, ((a && a.sessions) || [null]).map(sessionRow));
    var children = [summary, field('f-type', 'groups.form.type', type)];
    LANGS.forEach(function (l) {
      children.push(field('f-title-' + l, 'groups.form.title.' + l, textInput(a && a.title[l], { lang: l, dir: l === 'ar' ? 'rtl' : 'ltr', maxlength: '200' })));
    });
    LANGS.forEach(function (l) {
      children.push(field('f-description-' + l, 'groups.form.description.' + l, S.el('textarea', { rows: '3', lang: l,
        dir: l === 'ar' ? 'rtl' : 'ltr', maxlength: '4000', text: (a && a.description && a.description[l]) || '' })));
    });
    children.push(field('f-place', 'groups.form.place', textInput(a && a.place, { maxlength: '200' })));
    children.push(field('f-capacity', 'groups.form.capacity', S.el('input', { type: 'number', min: '1', inputmode: 'numeric',
      value: a ? String(a.capacity) : '' })));
    children.push(field('f-signupOpens', 'groups.form.signupOpens', S.el('input', { type: 'date', value: (a && a.signupOpens) || '' })));
    children.push(field('f-signupCloses', 'groups.form.signupCloses', S.el('input', { type: 'date', value: (a && a.signupCloses) || '' })));
    children.push(S.el('h2', { text: S.t('groups.form.sessions') }));
    children.push(sessions);
    children.push(S.el('p', {}, [S.el('button', { type: 'button', 'class': 'button secondary', id: 'f-add-session',
      text: S.t('groups.form.addSession'), onclick: function () {
        sessions.appendChild(sessionRow(null));
        renumber(sessions);
        sessions.lastChild.querySelector('.s-date').focus();
      } })]));
    children.push(S.el('button', { type: 'submit', 'class': 'button', text: S.t('groups.form.save') }));
    var form = S.el('form', { 'class': 'activity-form', id: 'activity-form', novalidate: true, onsubmit: async function (e) {
      e.preventDefault();
      clearErrors(form);
      summary.hidden = true;
      var reply;
      try {
        reply = a ? await S.api('PUT', '/api/activities/' + encodeURIComponent(a.id), request(form))
          : await S.api('POST', '/api/teams/' + encodeURIComponent(teamId) + '/activities', request(form));
      } catch (err) {
        if (err instanceof S.NetworkError) { showProblem(form, summary, { body: { detail: S.t('error.network') } }); return; }
        throw err;
      }
      if (reply.status === 200 || reply.status === 201) {
        S.go('#/groups/' + encodeURIComponent(reply.body.id));
        S.announce('groups.form.saved');
      } else {
        showProblem(form, summary, reply);
      }
    } }, children);
    view.appendChild(form);
    renumber(sessions);
  }

  async function renderNew(view) {
    var teamId = S.state().teamId;
    if (!teamId) {
      view.appendChild(S.heading(S.t('groups.form.new')));
      view.appendChild(S.el('p', { 'class': 'muted', text: S.t('overview.no-team') }));
      return;
    }
    renderForm(view, teamId, null);
  }

  async function renderEdit(view, id) {
    var a = await S.load('/api/activities/' + encodeURIComponent(id));
    renderForm(view, a.teamId, a);
  }

  S.page('group-new', { path: /^#\/groups\/new$/, title: 'groups.form.new', when: staff, render: renderNew });
  S.page('group-edit', { path: /^#\/groups\/([0-9a-fA-F-]{36})\/edit$/, title: 'groups.form.edit', when: staff, render: renderEdit });
}(window.StegvisStaff));
