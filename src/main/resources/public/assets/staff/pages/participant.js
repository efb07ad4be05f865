/*
 * One participant: links to the FIT trend and the screenings, the participant's own copy to hand over (GDPR
 * art. 15), what is due, identified answers with scores, the exit feedback (part 1; part 2 is the team's), and
 * the background variables (corrected with PUT /api/participants/{id} and an optional reason) with their change
 * history (GET /api/participants/{id}/background-history).
 */
(function (S) {
  'use strict';

  var EXIT_FEEDBACK = 'EXIT_FEEDBACK';
  var INCOME = ['FORSORJNINGSSTOD', 'SJUKPENNING', 'SJUKPENNING_SARSKILDA_FALL', 'AKTIVITETSERSATTNING', 'SJUKERSATTNING',
    'AKTIVITETSSTOD', 'UNEMPLOYMENT_INSURANCE', 'SALARY', 'NONE', 'OTHER'];

  // The background variables a coach may correct here, with the labels of their values (null: typed in).
  var BACKGROUND = [
    { name: 'gender', values: ['WOMAN', 'MAN', 'OTHER_UNKNOWN'], labels: 'background.gender.' },
    { name: 'birthYear', type: 'number' },
    { name: 'education', values: ['NONE_OR_PRIMARY', 'UPPER_SECONDARY_INCOMPLETE', 'UPPER_SECONDARY', 'POST_SECONDARY',
      'UNKNOWN'], labels: 'background.education.' },
    { name: 'yearsInSupport', type: 'number' },
    { name: 'incomeBefore', values: INCOME, labels: 'background.income.' },
    { name: 'referrer', values: ['SOCIAL_SERVICES', 'FORSAKRINGSKASSAN', 'ARBETSFORMEDLINGEN', 'PSYCHIATRY', 'PRIMARY_CARE',
      'KAA', 'PROBATION', 'GUARDIAN', 'SCHOOL', 'SELF', 'OTHER'], labels: 'background.referrer.' },
    { name: 'homeMunicipality', type: 'text' }
  ];
  var LABELS = { incomeAfter: 'background.income.' };
  BACKGROUND.forEach(function (v) { if (v.labels) { LABELS[v.name] = v.labels; } });

  /** A stored value as people read it: the label of a code, a number or name as it is, "not recorded" for null. */
  function valueText(field, value) {
    if (value === null || value === undefined || value === '') { return S.t('background.none'); }
    return LABELS[field] ? S.t(LABELS[field] + value) : String(value);
  }

  /** The form that corrects the background variables; the rest of the participant is sent back as read. */
  function backgroundForm(p) {
    var summary = S.el('div', { 'class': 'notice form-errors', id: 'background-errors', role: 'alert', tabindex: '-1', hidden: true });
    var fields = BACKGROUND.map(function (v) {
      var id = 'b-' + v.name;
      var input = v.values ? S.el('select', { id: id }, v.values.map(function (code) {
        return S.el('option', { value: code, selected: p[v.name] === code, text: S.t(v.labels + code) });
      })) : S.el('input', { id: id, type: v.type, value: p[v.name] === null ? '' : String(p[v.name]),
        inputmode: v.type === 'number' ? 'numeric' : null, maxlength: v.type === 'text' ? '100' : null });
      return S.el('div', { 'class': 'field' }, [S.el('label', { 'for': id, text: S.t('background.field.' + v.name) }), input]);
    });
    var reason = S.el('textarea', { id: 'b-reason', rows: '2', maxlength: '500' });
    var form = S.el('form', { 'class': 'background-form', id: 'background-form', novalidate: true }, [summary].concat(fields, [
      S.el('div', { 'class': 'field' }, [S.el('label', { 'for': 'b-reason', text: S.t('background.reason') }), reason]),
      S.el('button', { type: 'submit', 'class': 'button', text: S.t('background.save') })
    ]));
    form.addEventListener('submit', async function (e) {
      e.preventDefault();
      summary.hidden = true;
      var body = {};
      ['displayName', 'preferredLanguage', 'referralDate', 'studyVisitDate', 'queueDate', 'enrolmentDate', 'trialEndDate',
        'version'].forEach(function (k) { body[k] = p[k]; });
      BACKGROUND.forEach(function (v) {
        var raw = form.querySelector('#b-' + v.name).value.trim();
        body[v.name] = raw === '' ? null : (v.type === 'number' ? Number(raw) : raw);
      });
      body.correctionReason = reason.value.trim() || null;
      var reply;
      try {
        reply = await S.api('PUT', '/api/participants/' + encodeURIComponent(p.id), body);
      } catch (err) {
        if (!(err instanceof S.NetworkError)) { throw err; }
        reply = { body: { detail: S.t('error.network') } };
      }
      if (reply.status === 200) {
        S.go(location.hash);
        S.announce('background.saved');
        return;
      }
      var problem = reply.body || {};
      summary.textContent = '';
      summary.appendChild(S.el('p', { 'class': 'problem', text: problem.detail || problem.title || S.t('error.general') }));
      if (problem.errors && problem.errors.length) {
        summary.appendChild(S.el('ul', {}, problem.errors.map(function (x) { return S.el('li', { text: x.message }); })));
      }
      summary.hidden = false;
      summary.focus();
    });
    return form;
  }

  /** The corrections, newest first: field, old and new value, when and by whom, and why. */
  function historyList(changes) {
    if (!changes.length) { return S.el('p', { 'class': 'muted', text: S.t('history.none') }); }
    return S.el('ul', { 'class': 'answers', id: 'background-history' }, changes.map(function (c) {
      return S.el('li', {}, [
        S.el('p', { text: S.t('history.change', { field: S.t('background.field.' + c.field),
          old: valueText(c.field, c.oldValue), 'new': valueText(c.field, c.newValue) }) }),
        S.el('p', { 'class': 'summary', text: S.t('history.by', { date: S.formatDate(c.changedAt),
          name: c.changedByName || S.t('history.unknown-staff') }) }),
        c.reason ? S.el('p', { 'class': 'summary', text: S.t('history.reason', { reason: c.reason }) }) : null
      ]);
    }));
  }

  /**
   * What is due, with a badge each. Once the participant has exited, an item that fell due before the exit and
   * was never answered is history ("not answered"), not something overdue to chase; items of the exit itself
   * (exit feedback) can still be answered and stay overdue until they are.
   */
  function dueList(items, exitDate) {
    if (!items.length) { return S.el('p', { 'class': 'muted', text: S.t('participant.due.none') }); }
    return S.el('ul', { 'class': 'items' }, items.map(function (item) {
      var missed = !item.answered && exitDate && item.dueDate < exitDate;
      var status = item.answered ? 'answered' : missed ? 'missed' : (item.dueDate < today() ? 'overdue' : 'due');
      var text = item.answered ? (item.answeredOn ? S.t('status.answered-on', { date: S.formatDate(item.answeredOn) })
        : S.t('status.answered-anonymous')) : S.t('status.' + status);
      return S.el('li', {}, [
        S.el('span', {}, [S.el('span', { text: S.local(item.title) || item.instrumentCode }),
          S.el('span', { 'class': 'muted', text: ' · ' + S.t('due.date', { date: S.formatDate(item.dueDate) }) })]),
        S.el('span', { 'class': 'badge ' + status, text: text })
      ]);
    }));
  }

  function today() {
    var d = new Date();
    return new Date(d.getTime() - d.getTimezoneOffset() * 60000).toISOString().substring(0, 10);
  }

  function answerCard(answer, headingLevel) {
    var meta = S.t('answer.submitted', { date: S.formatDate(answer.submittedAt) });
    if (answer.score !== null && answer.score !== undefined) { meta += ' · ' + S.t('answer.score', { score: answer.score }); }
    var details = [];
    answer.items.forEach(function (item) {
      details.push(S.el('dt', { text: S.local(item.text) }));
      details.push(S.el('dd', { text: S.answerText(item.answer) }));
    });
    return S.el('li', {}, [
      S.el(headingLevel, { text: S.local(answer.title) || answer.instrumentCode }),
      S.el('p', { 'class': 'summary', text: meta }),
      details.length ? S.el('dl', {}, details) : null
    ]);
  }

  function section(title, list, empty) {
    return [S.el('h2', { text: title }),
      list.length ? S.el('ul', { 'class': 'answers' }, list) : S.el('p', { 'class': 'muted', text: empty })];
  }

  S.page('participant', {
    path: /^#\/participant\/([0-9a-fA-F-]{36})$/,
    title: 'participant.title',
    when: function () { var me = S.state().me; return me && (me.role === 'COACH' || me.role === 'TEAM_LEAD'); },
    render: async function (view, id) {
      var base = '/api/participants/' + encodeURIComponent(id);
      var loaded = await Promise.all([S.load(base), S.load(base + '/due'), S.load(base + '/responses'),
        S.load(base + '/background-history')]);
      var p = loaded[0];
      var answers = loaded[2];
      var exits = answers.filter(function (a) { return a.instrumentCode === EXIT_FEEDBACK; });
      var others = answers.filter(function (a) { return a.instrumentCode !== EXIT_FEEDBACK; });
      view.appendChild(S.el('p', {}, [S.el('a', { href: '#/participants', text: S.t('participant.back') })]));
      view.appendChild(S.heading(p.displayName));
      view.appendChild(S.el('p', { 'class': 'summary', text: S.t('stage.' + p.stage) }));
      view.appendChild(S.el('ul', { 'class': 'links' }, [
        S.el('li', {}, [S.el('a', { href: '#/participant/' + encodeURIComponent(id) + '/trend', id: 'trend-link',
          text: S.t('participant.trend') })]),
        S.el('li', {}, [S.el('a', { href: '#/screening/' + encodeURIComponent(id), text: S.t('participant.screenings') })])
      ]));
      view.appendChild(ownCopyButtons(base));
      view.appendChild(S.el('h2', { text: S.t('participant.due') }));
      view.appendChild(dueList(sortedDue(loaded[1]), p.exitDate));
      section(S.t('participant.answers'), others.map(function (a) { return answerCard(a, 'h3'); }),
        S.t('participant.answers.none')).forEach(function (n) { view.appendChild(n); });
      section(S.t('participant.exit'), exits.map(function (a) { return answerCard(a, 'h3'); }),
        S.t('participant.exit.none')).forEach(function (n) { view.appendChild(n); });
      if (exits.length) { view.appendChild(S.el('p', { 'class': 'hint', text: S.t('participant.exit.part2') })); }
      // Last: corrections are rare, and the form is long on a phone, so it stays folded until asked for.
      view.appendChild(S.el('h2', { text: S.t('background.title') }));
      view.appendChild(S.el('details', { 'class': 'background', id: 'background' }, [
        S.el('summary', { text: S.t('background.edit') }),
        S.el('p', { 'class': 'hint', text: S.t('background.intro') }),
        backgroundForm(p)
      ]));
      view.appendChild(S.el('h2', { text: S.t('history.title') }));
      view.appendChild(historyList(loaded[3]));
      // Erasure on request (art. 17): a team lead, once the exit is registered; always the very last section.
      if (S.isTeamLead() && p.stage === 'EXITED') { view.appendChild(erasureSection(p)); }
    }
  });

  /**
   * The participant's own copy (everything stored about them, GDPR art. 15) to hand over: fetched with the bearer
   * token in the page's language and saved through a blob link. The server audits each copy.
   */
  function ownCopyButtons(base) {
    var status = S.el('p', { 'class': 'muted', id: 'own-copy-status', role: 'status' });
    function button(id, suffix, type, extension) {
      return S.el('button', { type: 'button', 'class': 'button secondary', id: id, text: S.t('participant.ownCopy.' + extension),
        onclick: async function () {
          status.textContent = '';
          var reply = await S.api('GET', base + suffix, undefined, type, true);
          if (reply.status !== 200) { status.textContent = S.t('participant.ownCopy.failed'); return; }
          S.saveFile(reply.body, 'stegvis-own-copy-' + today() + '.' + extension, 'participant.ownCopy.downloaded');
        } });
    }
    return S.el('div', { 'class': 'own-copy no-print' }, [
      S.el('h2', { text: S.t('participant.ownCopy') }),
      S.el('p', { 'class': 'hint', text: S.t('participant.ownCopy.hint') }),
      S.el('div', { 'class': 'buttons' }, [button('own-copy-html', '/own-copy.html', 'text/html', 'html'),
        button('own-copy-json', '/own-copy', 'application/json', 'json')]),
      status]);
  }

  /** Open items first (earliest due), then answered ones; far-off periodic items are left for the overview's count. */
  function sortedDue(items) {
    var horizon = new Date(Date.now() + 7 * 86400000).toISOString().substring(0, 10);
    return items.filter(function (i) { return i.answered || i.dueDate <= horizon; })
      .sort(function (a, b) { return (a.answered - b.answered) || (a.dueDate < b.dueDate ? -1 : 1); });
  }

  // ---------------------------------------------------------------- erasure on request (GDPR art. 17)

  /**
   * The folded erasure section (POST /api/participants/{id}/erasure): what happens, a required reason and a
   * required "cannot be undone". One Idempotency-Key per form: when the connection drops, the outcome is
   * unknown, so the reason is locked and pressing again sends the same request with the same key — the
   * server carries it out once and answers the retry with the first answer.
   */
  function erasureSection(p) {
    var key = S.newKey();
    var unknown = null; // the body of a request whose outcome never arrived
    var summary = S.el('div', { 'class': 'notice form-errors', id: 'erasure-errors', role: 'alert', tabindex: '-1', hidden: true });
    var reason = S.el('textarea', { id: 'e-reason', rows: '3', maxlength: '500', required: true,
      'aria-describedby': 'e-reason-hint' });
    var understood = S.el('input', { type: 'checkbox', id: 'e-understood', required: true });
    var button = S.el('button', { type: 'submit', 'class': 'button', id: 'erasure-submit', text: S.t('erasure.submit') });
    var form = S.el('form', { 'class': 'erasure-form', id: 'erasure-form', novalidate: true }, [summary,
      S.el('div', { 'class': 'field' }, [S.el('label', { 'for': 'e-reason', text: S.t('erasure.reason') }),
        S.el('p', { 'class': 'hint', id: 'e-reason-hint', text: S.t('erasure.reason.hint') }), reason]),
      S.el('div', { 'class': 'field' }, [S.el('div', { 'class': 'check' }, [understood,
        S.el('label', { 'for': 'e-understood', text: S.t('erasure.understood') })])]),
      button]);

    function clearErrors() {
      Array.prototype.forEach.call(form.querySelectorAll('.field-error'), function (e) { e.parentNode.removeChild(e); });
      reason.removeAttribute('aria-invalid');
      reason.setAttribute('aria-describedby', 'e-reason-hint');
      understood.removeAttribute('aria-invalid');
      understood.removeAttribute('aria-describedby');
      summary.hidden = true;
    }

    function fieldError(input, id, message) {
      input.setAttribute('aria-invalid', 'true');
      var described = input.getAttribute('aria-describedby');
      input.setAttribute('aria-describedby', described ? described + ' ' + id : id);
      var after = input.type === 'checkbox' ? input.parentNode : input;
      after.parentNode.appendChild(S.el('p', { 'class': 'field-error', id: id, text: message }));
    }

    function showProblem(body, errors) {
      summary.textContent = '';
      summary.appendChild(S.el('p', { 'class': 'problem', text: body.detail || body.title || S.t('error.general') }));
      if (errors.length) {
        summary.appendChild(S.el('ul', {}, errors.map(function (e) { return S.el('li', { text: e.message }); })));
      }
      summary.hidden = false;
      summary.focus();
    }

    form.addEventListener('submit', async function (e) {
      e.preventDefault();
      if (button.disabled) { return; }
      clearErrors();
      if (!understood.checked) {
        fieldError(understood, 'e-understood-error', S.t('erasure.understood.missing'));
        showProblem({ detail: S.t('erasure.check') }, [{ message: S.t('erasure.understood.missing') }]);
        return;
      }
      var body = unknown || { reason: reason.value.trim() };
      var reply;
      button.disabled = true;
      try {
        reply = await S.api('POST', '/api/participants/' + encodeURIComponent(p.id) + '/erasure', body, undefined, false,
          { 'Idempotency-Key': key });
      } catch (err) {
        if (!(err instanceof S.NetworkError)) { button.disabled = false; throw err; }
        reply = null;
      }
      button.disabled = false;
      if (!reply) {
        unknown = body;
        reason.readOnly = true;
        showProblem({ detail: S.t('error.network') + ' ' + S.t('erasure.retry') }, []);
        return;
      }
      if (reply.status === 200) {
        S.go('#/participants');
        S.announce('erasure.done');
        return;
      }
      var problem = reply.body || {};
      // Still unknown only while the first request runs (or the server failed); otherwise nothing was done.
      if (!(reply.status >= 500 || problem.code === 'idempotency.in-flight')) {
        unknown = null;
        reason.readOnly = false;
      }
      (problem.errors || []).forEach(function (x, i) {
        if (String(x.field || '').split('.').pop() === 'reason') { fieldError(reason, 'e-reason-error-' + i, x.message); }
      });
      showProblem(problem, problem.errors || []);
    });

    return S.el('details', { 'class': 'erasure', id: 'erasure' }, [
      S.el('summary', { text: S.t('erasure.title') }),
      S.el('p', { text: S.t('erasure.intro') }),
      S.el('ul', {}, ['erasure.what.anonymous', 'erasure.what.gone', 'erasure.what.figures', 'erasure.what.audit',
        'erasure.what.final'].map(function (k) { return S.el('li', { text: S.t(k) }); })),
      form
    ]);
  }
}(window.StegvisStaff));
