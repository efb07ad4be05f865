/*
 * "Gallring" (ADR 0011): the association's retention for its admins and its data protection officer
 * (GET /api/associations/{id}/retention): how long identified data and audit records are kept, and whether
 * those are the defaults; how many exited participants are due; what the last run did. An admin also changes
 * the two numbers (PUT, problems shown beside their fields) and runs the job now (POST …/run, after a
 * confirmation); the officer reads only.
 */
(function (S) {
  'use strict';

  // The ranges RetentionSettings allows; the server checks them again and says so per field.
  var RANGES = { identifiedMonthsAfterExit: { min: 1, max: 120 }, auditMonths: { min: 12, max: 240 } };
  var FIELDS = [
    { name: 'identifiedMonthsAfterExit', id: 'r-identified', label: 'retention.identified.label', hint: 'retention.identified.hint' },
    { name: 'auditMonths', id: 'r-audit', label: 'retention.audit.label', hint: 'retention.audit.hint' }
  ];

  function role() {
    var me = S.state().me;
    return me ? me.role : null;
  }

  function allowed() {
    return role() === 'ADMIN' || role() === 'DATA_PROTECTION_OFFICER';
  }

  function path() {
    return '/api/associations/' + encodeURIComponent(S.state().me.associationId) + '/retention';
  }

  /** A UTC time from the server (without zone) in Swedish time, in the chosen language. */
  function dateTime(iso) {
    if (!iso) { return ''; }
    var lang = S.state().lang;
    var locale = lang === 'ar' ? 'ar-u-nu-latn' : (lang === 'en' ? 'en-GB' : 'sv-SE');
    return new Intl.DateTimeFormat(locale, { year: 'numeric', month: 'long', day: 'numeric', hour: '2-digit',
      minute: '2-digit', timeZone: 'Europe/Stockholm' }).format(new Date(/Z|[+-]\d\d:?\d\d$/.test(iso) ? iso : iso + 'Z'));
  }

  function figures(id, rows) {
    var items = [];
    rows.forEach(function (r) {
      items.push(S.el('dt', { text: r[0] }));
      items.push(S.el('dd', { text: r[1] }));
    });
    return S.el('dl', { 'class': 'figures', id: id }, items);
  }

  function settingsSection(status) {
    return S.el('section', { 'aria-labelledby': 'retention-settings-title' }, [
      S.el('h2', { id: 'retention-settings-title', text: S.t('retention.settings.title') }),
      figures('retention-settings', [
        [S.t('retention.identified'), S.t('retention.months.after-exit', { months: status.settings.identifiedMonthsAfterExit })],
        [S.t('retention.audit'), S.t('retention.months', { months: status.settings.auditMonths })]]),
      S.el('p', { 'class': 'hint', id: 'retention-defaults',
        text: S.t(status.defaults ? 'retention.defaults' : 'retention.not-defaults') })
    ]);
  }

  function dueSection(status) {
    var params = { count: status.due, date: S.formatDate(status.exitBefore) };
    return S.el('section', { 'aria-labelledby': 'retention-due-title' }, [
      S.el('h2', { id: 'retention-due-title', text: S.t('retention.due.title') }),
      S.el('p', { id: 'retention-due', text: S.t(status.due ? 'retention.due' : 'retention.due.none', params) }),
      status.stalledWithoutExit ? S.el('p', { 'class': 'hint', id: 'retention-stalled',
        text: S.t('retention.stalled', { count: status.stalledWithoutExit, date: S.formatDate(status.exitBefore) }) }) : null
    ]);
  }

  function lastRunSection(run) {
    var section = S.el('section', { 'aria-labelledby': 'retention-run-title' },
      [S.el('h2', { id: 'retention-run-title', text: S.t('retention.run.title') })]);
    if (!run) {
      section.appendChild(S.el('p', { id: 'retention-last-run', text: S.t('retention.run.none') }));
      return section;
    }
    section.appendChild(figures('retention-last-run', [
      [S.t('retention.run.started'), dateTime(run.startedAt)],
      [S.t('retention.run.finished'), run.finishedAt ? dateTime(run.finishedAt) : S.t('retention.run.unfinished')],
      [S.t('retention.run.anonymised'), String(run.anonymised)],
      [S.t('retention.run.failed'), String(run.failed)],
      [S.t('retention.run.audit-deleted'), String(run.auditDeleted)]]));
    if (run.failed) { section.appendChild(S.el('p', { 'class': 'hint', text: S.t('retention.run.failed-hint') })); }
    return section;
  }

  function clearErrors(form) {
    Array.prototype.forEach.call(form.querySelectorAll('.field-error'), function (e) { e.parentNode.removeChild(e); });
    FIELDS.forEach(function (f) {
      var input = form.querySelector('#' + f.id);
      input.removeAttribute('aria-invalid');
      input.setAttribute('aria-describedby', f.id + '-hint');
    });
  }

  /** The problem's detail in the summary, and each field message beside its field (as the activity form does). */
  function showProblem(form, summary, body) {
    var errors = body.errors || [];
    summary.textContent = '';
    summary.appendChild(S.el('p', { 'class': 'problem', text: body.detail || body.title || S.t('error.general') }));
    if (errors.length) {
      summary.appendChild(S.el('ul', {}, errors.map(function (e) { return S.el('li', { text: e.message }); })));
    }
    errors.forEach(function (e, i) {
      var name = String(e.field || '').split('.').pop(); // "auditMonths", or "body.auditMonths" from validation
      var f = FIELDS.filter(function (x) { return x.name === name; })[0];
      if (!f) { return; }
      var input = form.querySelector('#' + f.id);
      var id = f.id + '-error-' + i;
      input.setAttribute('aria-invalid', 'true');
      input.setAttribute('aria-describedby', input.getAttribute('aria-describedby') + ' ' + id);
      input.parentNode.appendChild(S.el('p', { 'class': 'field-error', id: id, text: e.message }));
    });
    summary.hidden = false;
    summary.focus();
  }

  /** The admin's form for the two numbers; a number that is not a whole number is refused here, the rest by the server. */
  function settingsForm(status) {
    var summary = S.el('div', { 'class': 'notice form-errors', id: 'retention-errors', role: 'alert', tabindex: '-1', hidden: true });
    var fields = FIELDS.map(function (f) {
      var range = RANGES[f.name];
      return S.el('div', { 'class': 'field' }, [
        S.el('label', { 'for': f.id, text: S.t(f.label) }),
        S.el('p', { 'class': 'hint', id: f.id + '-hint', text: S.t(f.hint, { min: range.min, max: range.max }) }),
        S.el('input', { id: f.id, type: 'number', inputmode: 'numeric', min: String(range.min), max: String(range.max),
          step: '1', value: String(status.settings[f.name]), 'aria-describedby': f.id + '-hint' })
      ]);
    });
    var form = S.el('form', { 'class': 'retention-form', id: 'retention-form', novalidate: true }, [summary].concat(fields, [
      S.el('button', { type: 'submit', 'class': 'button', id: 'retention-save', text: S.t('retention.save') })]));
    form.addEventListener('submit', async function (e) {
      e.preventDefault();
      clearErrors(form);
      summary.hidden = true;
      var body = {};
      var local = [];
      FIELDS.forEach(function (f) {
        var raw = form.querySelector('#' + f.id).value.trim();
        if (!/^\d+$/.test(raw)) { local.push({ field: f.name, message: S.t('retention.whole-number') }); }
        body[f.name] = Number(raw);
      });
      if (local.length) { showProblem(form, summary, { detail: S.t('retention.check'), errors: local }); return; }
      var reply;
      try {
        reply = await S.api('PUT', path(), body);
      } catch (err) {
        if (!(err instanceof S.NetworkError)) { throw err; }
        reply = { body: { detail: S.t('error.network') } };
      }
      if (reply.status === 200) {
        S.go('#/retention');
        S.announce('retention.saved');
        return;
      }
      showProblem(form, summary, reply.body || {});
    });
    return S.el('section', { 'aria-labelledby': 'retention-change-title' }, [
      S.el('h2', { id: 'retention-change-title', text: S.t('retention.change.title') }),
      S.el('p', { 'class': 'hint', text: S.t('retention.change.intro') }),
      form]);
  }

  /** "Run now" asks first, on the page (not a browser dialog): what will happen, then yes or cancel. */
  function runSection(status) {
    var result = S.el('div', { id: 'retention-run-result', 'aria-live': 'polite' });
    var start = S.el('button', { type: 'button', 'class': 'button secondary', id: 'retention-run', text: S.t('retention.run.button') });
    var ask = S.el('div', { 'class': 'notice', id: 'retention-confirm', hidden: true }, [
      S.el('p', { id: 'retention-confirm-text', text: S.t('retention.run.confirm', { count: status.due }) }),
      S.el('div', { 'class': 'actions' }, [
        S.el('button', { type: 'button', 'class': 'button', id: 'retention-run-yes', text: S.t('retention.run.yes'),
          onclick: async function (e) {
            var yes = e.currentTarget;
            yes.disabled = true;
            result.textContent = '';
            var reply;
            try {
              reply = await S.api('POST', path() + '/run');
            } catch (err) {
              if (!(err instanceof S.NetworkError)) { throw err; }
              reply = { body: { detail: S.t('error.network') } };
            }
            yes.disabled = false;
            if (reply.status === 200) {
              S.go('#/retention');
              S.announce('retention.run.done', { count: reply.body.lastRun ? reply.body.lastRun.anonymised : 0 });
              return;
            }
            var body = reply.body || {};
            result.appendChild(S.notice(body.detail || body.title || S.t('error.general')));
          } }),
        S.el('button', { type: 'button', 'class': 'button secondary', id: 'retention-run-cancel', text: S.t('retention.run.cancel'),
          onclick: function () { ask.hidden = true; start.hidden = false; start.focus(); } })
      ])
    ]);
    start.addEventListener('click', function () {
      start.hidden = true;
      ask.hidden = false;
      ask.querySelector('#retention-run-yes').focus();
    });
    return S.el('section', { 'aria-labelledby': 'retention-now-title' }, [
      S.el('h2', { id: 'retention-now-title', text: S.t('retention.now.title') }),
      S.el('p', { 'class': 'hint', text: S.t('retention.now.intro') }),
      S.el('div', { 'class': 'actions' }, [start]), ask, result]);
  }

  async function render(view) {
    var status = await S.load(path());
    view.appendChild(S.heading(S.t('retention.title')));
    view.appendChild(S.el('p', { 'class': 'muted', text: S.t('retention.intro') }));
    view.appendChild(settingsSection(status));
    view.appendChild(dueSection(status));
    view.appendChild(lastRunSection(status.lastRun));
    if (role() === 'ADMIN') {
      view.appendChild(settingsForm(status));
      view.appendChild(runSection(status));
    } else {
      view.appendChild(S.el('p', { 'class': 'hint', id: 'retention-read-only', text: S.t('retention.read-only') }));
    }
  }

  S.page('retention', { path: /^#\/retention$/, title: 'retention.title', nav: 'retention.nav', href: '#/retention',
    when: allowed, render: render });
}(window.StegvisStaff));
