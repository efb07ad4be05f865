/*
 * Answering a questionnaire on the phone, and the participant's own history.
 *
 * One question per screen, then a review, then sending. Answers live only in this page's memory
 * (shared phones: never localStorage, sessionStorage, IndexedDB or cookies). One Idempotency-Key
 * per attempt, made when the questionnaire opens and reused for every retry of the same body, so
 * a dropped connection can never store an answer twice. "Sparat" is shown only after a 201.
 */
(function () {
  'use strict';
  var S = window.Stegvis;
  var el = S.el;
  var t = S.t;
  var views = S.views;
  /** Automatic retries after a dropped connection or a server error; then only the button. */
  var RETRY_DELAYS_MS = [5000, 10000, 20000, 40000];

  // ---------------------------------------------------------------- the attempt

  function answered(item, value) {
    if (value === undefined || value === null) { return false; }
    if (Array.isArray(value)) { return value.length > 0; }
    if (typeof value === 'string') { return value.trim().length > 0; }
    return true;
  }

  /** Item and instrument texts, with the team's name where the form says {team}. */
  function text(texts) {
    var team = (S.state.me && S.state.me.teamName) || t('q.yourTeam');
    return S.localized(texts).split('{team}').join(team);
  }

  function anonymous(q) {
    return q.instrument.privacyMode === 'ANONYMOUS';
  }

  function hasIntro(q) {
    return !!q.instrument.intro || anonymous(q) || screening(q);
  }

  /** A confidential instrument (the violence screening): screening.js adds its safety measures. */
  function screening(q) {
    return !!(S.screening && S.screening.handles(q));
  }

  async function openQuestionnaire(due) {
    S.announce(null);
    S.show('loading', ['loading']);
    var result;
    try {
      result = await S.api('GET', '/api/participant/instruments/' + encodeURIComponent(due.instrumentCode));
    } catch (e) {
      S.show('retry', ['error.network', function () { openQuestionnaire(due); }]);
      return;
    }
    if (result.status === 401) {
      S.show('signIn', ['error.session']);
    } else if (result.status === 200 && result.body && Array.isArray(result.body.items)) {
      var q = {
        due: due,
        instrument: result.body,
        answers: {},
        errors: {},
        key: S.newKey(),
        sending: null, // the body as first sent: every retry sends exactly this
        retries: 0,
        timer: null,
        backToReview: false
      };
      if (screening(q)) { await S.screening.begin(q); }
      if (hasIntro(q)) { S.show('intro', [q]); } else { S.show('question', [q, 0]); }
    } else {
      S.show('retry', ['error.server', function () { openQuestionnaire(due); }]);
    }
  }

  function goHome() {
    if (S.screening) { S.screening.end(); }
    S.loadHome();
  }

  // ---------------------------------------------------------------- widgets

  function option(type, name, value, checked, label, onChange) {
    var input = el('input', { type: type, name: name, value: value });
    input.checked = !!checked;
    input.addEventListener('change', onChange);
    return el('label', { 'class': 'option' }, [input, el('span', { 'class': 'option-text' }, label)]);
  }

  function choiceGroup(role, errorId, children) {
    var attrs = { role: role, 'class': 'options', 'aria-labelledby': 'q-text' };
    if (errorId) { attrs['aria-invalid'] = 'true'; attrs['aria-describedby'] = errorId; }
    return el('div', attrs, children);
  }

  /** The widget of one item; each keeps q.answers up to date as the participant answers. */
  function widget(q, item, errorId) {
    var key = item.key;
    var value = q.answers[key];
    function put(v) { q.answers[key] = v; delete q.errors[key]; }
    var name = 'item-' + key;
    switch (item.type) {
      case 'VAS_0_10': {
        var slider = S.vasSlider({ id: 'q-input', labelId: 'q-text', anchors: item.anchors, value: value, onChange: put });
        if (errorId) {
          var thumb = slider.querySelector('[role=slider]');
          thumb.setAttribute('aria-invalid', 'true');
          thumb.setAttribute('aria-describedby', errorId + ' ' + thumb.getAttribute('aria-describedby'));
        }
        return slider;
      }
      case 'RATING_1_5':
        return choiceGroup('radiogroup', errorId, [1, 2, 3, 4, 5].map(function (n) {
          var anchor = n === 1 ? item.anchors && item.anchors.low : n === 5 ? item.anchors && item.anchors.high : null;
          return option('radio', name, String(n), value === n, [
            el('b', { 'class': 'rating-number', text: String(n) }),
            anchor ? el('span', { 'class': 'rating-anchor', text: S.localized(anchor) }) : null
          ], function () { put(n); });
        }));
      case 'SINGLE_CHOICE':
        return choiceGroup('radiogroup', errorId, (item.choices || []).map(function (c) {
          return option('radio', name, c.value, value === c.value, [el('span', { text: text(c.text) })], function () { put(c.value); });
        }));
      case 'YES_NO':
        return choiceGroup('radiogroup', errorId, ['YES', 'NO', 'DECLINED'].map(function (v) {
          return option('radio', name, v, value === v, [el('span', { text: t('yesNo.' + v) })], function () { put(v); });
        }));
      case 'MULTIPLE_CHOICE':
        return choiceGroup('group', errorId, (item.choices || []).map(function (c) {
          var chosen = Array.isArray(value) ? value : [];
          return option('checkbox', name, c.value, chosen.indexOf(c.value) >= 0, [el('span', { text: text(c.text) })], function (event) {
            var now = Array.isArray(q.answers[key]) ? q.answers[key].slice() : [];
            if (event.target.checked) { now.push(c.value); } else { now = now.filter(function (x) { return x !== c.value; }); }
            // Keep the form's order, whatever order they were ticked in.
            put((item.choices || []).map(function (x) { return x.value; }).filter(function (x) { return now.indexOf(x) >= 0; }));
          });
        }));
      default: // FREE_TEXT
        return freeText(item, value, errorId, put, anonymous(q));
    }
  }

  /**
   * A free-text box. In an anonymous form the team lead reads the texts, pooled with others' and
   * without names (ADR 0005), so the participant is told so before writing anything that could
   * give them away.
   */
  function freeText(item, value, errorId, put, pooled) {
    var max = item.maxLength || null;
    var counter = el('p', { 'class': 'counter', id: 'q-count' });
    var note = pooled ? el('p', { 'class': 'info', id: 'q-text-pooled', text: t('text.pooled') }) : null;
    var describedBy = (errorId ? errorId + ' ' : '') + (note ? 'q-text-pooled ' : '') + 'q-count';
    var attrs = { id: 'q-input', rows: '6', 'aria-labelledby': 'q-text', 'aria-describedby': describedBy };
    if (max) { attrs.maxlength = String(max); }
    if (errorId) { attrs['aria-invalid'] = 'true'; }
    var area = el('textarea', attrs);
    area.value = typeof value === 'string' ? value : '';
    function count() {
      var n = area.value.length;
      counter.textContent = max ? t('text.count', { n: S.formatNumber(n), max: S.formatNumber(max) }) : t('text.countNoMax', { n: S.formatNumber(n) });
      counter.classList.toggle('near', !!max && max - n <= Math.max(10, max / 20));
    }
    area.addEventListener('input', function () { put(area.value); count(); });
    count();
    return el('div', { 'class': 'free-text' }, [note, area, counter]);
  }

  /** How an answer reads on the review screen. */
  function answerText(item, value) {
    if (!answered(item, value)) { return t('answer.none'); }
    switch (item.type) {
      case 'VAS_0_10': return t('vas.reviewValue', { value: S.formatNumber(value) });
      case 'RATING_1_5': return S.formatNumber(value);
      case 'YES_NO': return t('yesNo.' + value);
      case 'SINGLE_CHOICE':
      case 'MULTIPLE_CHOICE': {
        var chosen = Array.isArray(value) ? value : [value];
        return (item.choices || []).filter(function (c) { return chosen.indexOf(c.value) >= 0; })
          .map(function (c) { return text(c.text); }).join(', ');
      }
      default: return value;
    }
  }

  function focusWidget() {
    var target = document.querySelector('#view [role=slider], #view input, #view textarea');
    if (target) { target.focus(); }
  }

  // ---------------------------------------------------------------- screens

  function navigation(back, nextLabel, next) {
    return el('div', { 'class': 'nav' }, [
      el('button', { type: 'button', 'class': 'button secondary', id: 'back', text: t('q.back'), onclick: back }),
      el('button', { type: 'button', 'class': 'button', id: 'next', text: nextLabel, onclick: next })
    ]);
  }

  views.intro = function (q) {
    var count = q.instrument.items.length;
    return [
      S.heading(text(q.instrument.title)),
      q.instrument.intro ? el('p', { text: text(q.instrument.intro) }) : null,
      anonymous(q) ? el('p', { 'class': 'info', id: 'anonymous', text: t('q.anonymous') }) : null,
      el('p', { text: count === 1 ? t('q.countOne') : t('q.count', { n: S.formatNumber(count) }) }),
      navigation(goHome, t('q.start'), function () { S.show('question', [q, 0]); })
    ].concat(screening(q) ? S.screening.introExtras(q, function () { decline(q); }) : []);
  };

  /** "Part 1: My participation in …" when the instrument names its parts (the API's parts), else "Part 1". */
  function partText(q, number) {
    var parts = Array.isArray(q.instrument.parts) ? q.instrument.parts : [];
    for (var i = 0; i < parts.length; i++) {
      if (parts[i].number === number && parts[i].title) {
        return t('q.partTitled', { n: S.formatNumber(number), title: text(parts[i].title) });
      }
    }
    return t('q.part', { n: S.formatNumber(number) });
  }

  views.question = function (q, index) {
    var items = q.instrument.items;
    var item = items[index];
    var error = q.errors[item.key];
    var progress = el('div', { 'class': 'progress-bar', 'aria-hidden': 'true' }, [el('div', { 'class': 'progress-fill' })]);
    progress.firstChild.style.width = Math.round(100 * (index + 1) / items.length) + '%';
    function back() {
      if (index > 0) { S.show('question', [q, index - 1]); } else if (hasIntro(q)) { S.show('intro', [q]); } else { goHome(); }
    }
    function next() {
      if (item.required && !answered(item, q.answers[item.key])) {
        q.errors[item.key] = t('q.required');
        S.show('question', [q, index], false);
        focusWidget();
        return;
      }
      if (q.backToReview || index === items.length - 1) { S.show('review', [q]); } else { S.show('question', [q, index + 1]); }
    }
    return [
      el('p', { 'class': 'progress', id: 'progress', text: t('q.progress', { n: S.formatNumber(index + 1), total: S.formatNumber(items.length) }) }),
      progress,
      item.part ? el('p', { 'class': 'part', text: partText(q, item.part) }) : null,
      el('h1', { id: 'q-text', tabindex: '-1', text: text(item.text) }),
      item.required ? null : el('p', { 'class': 'optional', text: t('q.optional') }),
      error ? el('p', { 'class': 'notice', role: 'alert', id: 'q-error', text: error }) : null,
      widget(q, item, error ? 'q-error' : null),
      navigation(back, q.backToReview ? t('q.toReview') : t('q.next'), next)
    ];
  };

  views.review = function (q, problemKey) {
    var rows = [];
    q.instrument.items.forEach(function (item, index) {
      var id = 'review-' + index;
      rows.push(el('dt', { id: id, text: text(item.text) }));
      rows.push(el('dd', {}, [
        el('span', { 'class': answered(item, q.answers[item.key]) ? 'answer' : 'answer none', text: answerText(item, q.answers[item.key]) }),
        el('button', { type: 'button', 'class': 'link', 'aria-describedby': id, text: t('q.change'), onclick: function () {
          q.backToReview = true;
          S.show('question', [q, index]);
        } })
      ]));
    });
    return [
      S.heading(t('q.reviewHeading')),
      problemKey ? S.notice(t(problemKey)) : null,
      el('p', { text: text(q.instrument.title) }),
      anonymous(q) ? el('p', { 'class': 'info', text: t('q.anonymous') }) : null,
      el('dl', { 'class': 'review' }, rows),
      navigation(function () { q.backToReview = false; S.show('question', [q, q.instrument.items.length - 1]); }, t('q.send'), function () { submit(q); })
    ];
  };

  views.sending = function () {
    return [S.heading(t('q.sending')), el('div', { 'class': 'spinner', 'aria-hidden': 'true' })];
  };

  /** Not sent (yet): nothing is lost, and the same answer goes again with the same key. */
  views.notSent = function (q, reasonKey) {
    return [
      S.heading(t('q.notSent')),
      S.notice(t(reasonKey)),
      el('p', { text: t('q.keptHere') }),
      el('button', { type: 'button', 'class': 'button', id: 'retry', text: t('action.retry'), onclick: function () { submit(q); } })
    ];
  };

  views.saved = function (q) {
    return [
      S.heading(t('q.saved')),
      el('p', { text: anonymous(q) ? t('q.savedAnonymous') : t('q.savedIdentified') }),
      el('button', { type: 'button', 'class': 'button', id: 'home', text: t('q.toHome'), onclick: goHome })
    ];
  };

  // ---------------------------------------------------------------- sending

  function bodyOf(q) {
    var answers = {};
    q.instrument.items.forEach(function (item) {
      var value = q.answers[item.key];
      if (answered(item, value)) { answers[item.key] = value; }
    });
    return { versionId: q.instrument.versionId, answers: answers };
  }

  function later(q, ms) {
    clearTimeout(q.timer);
    q.timer = setTimeout(function () { submit(q); }, ms);
  }

  function notSent(q, reasonKey) {
    S.show('notSent', [q, reasonKey]);
    if (q.retries < RETRY_DELAYS_MS.length) { later(q, RETRY_DELAYS_MS[q.retries++]); }
  }

  async function submit(q) {
    clearTimeout(q.timer);
    if (!q.sending) { q.sending = bodyOf(q); }
    S.show('sending', [q]);
    S.announce('q.sending');
    var result;
    try {
      result = await S.api('POST', screening(q) ? S.screening.submitPath : '/api/participant/responses', q.sending,
        { 'Idempotency-Key': q.key });
    } catch (e) {
      S.announce(null);
      notSent(q, 'error.network');
      return;
    }
    S.announce(null);
    if (result.status === 201) {
      if (screening(q)) { S.screening.done(q, result.body); } else { S.show('saved', [q]); }
    } else if (result.status === 409) {
      // The same answer is still being stored: ask again when the server says, same key and body.
      var seconds = parseInt(result.retryAfter, 10);
      later(q, (isNaN(seconds) ? 2 : Math.min(Math.max(seconds, 1), 30)) * 1000);
    } else if (result.status === 422) {
      rejected(q, result.body);
    } else if (result.status === 401 || result.status === 403) {
      if (screening(q)) { S.screening.end(); }
      S.show('signIn', ['error.session']);
    } else {
      notSent(q, 'error.server');
    }
  }

  /** The participant declines the whole screening: recorded as declined, not as "no". */
  function decline(q) {
    q.sending = { versionId: q.instrument.versionId, declined: true };
    submit(q);
  }

  /** The server refused an answer: show its message at the item, on that item's screen. */
  function rejected(q, problem) {
    // Nothing was stored, and the answers will change: the next send is a new attempt.
    q.sending = null;
    q.key = S.newKey();
    q.retries = 0;
    var errors = (problem && Array.isArray(problem.errors)) ? problem.errors : [];
    var first = -1;
    errors.forEach(function (e) {
      q.instrument.items.forEach(function (item, index) {
        if (item.key === e.field) {
          q.errors[item.key] = e.message || t('q.invalid');
          if (first < 0 || index < first) { first = index; }
        }
      });
    });
    if (first >= 0) {
      q.backToReview = true;
      S.show('question', [q, first], false);
      focusWidget();
    } else {
      S.show('review', [q, 'q.rejected']);
    }
  }

  // ---------------------------------------------------------------- history

  views.history = function (list) {
    var content;
    if (list === null) {
      content = el('div', {}, [
        S.notice(t('history.failed')),
        el('button', { type: 'button', 'class': 'button secondary', text: t('action.retry'), onclick: openHistory })
      ]);
    } else if (list.length === 0) {
      content = el('p', { 'class': 'empty', text: t('history.empty') });
    } else {
      content = el('ul', { 'class': 'history' }, list.map(function (r) {
        return el('li', {}, [
          el('span', { 'class': 'history-title', text: text(r.title) || r.instrumentCode }),
          el('span', { 'class': 'history-date', text: S.formatDate(r.submittedAt) }),
          r.score !== null && r.score !== undefined
            ? el('span', { 'class': 'history-score', text: t('history.score', { score: S.formatNumber(r.score) }) }) : null
        ]);
      }));
    }
    return [
      S.heading(t('history.heading')),
      el('p', { text: t('history.intro') }),
      content,
      el('button', { type: 'button', 'class': 'button secondary', id: 'home', text: t('q.toHome'), onclick: goHome })
    ];
  };

  async function openHistory() {
    S.show('loading', ['loading']);
    var list = null;
    try {
      var result = await S.api('GET', '/api/participant/responses');
      if (result.status === 401) { S.show('signIn', ['error.session']); return; }
      if (result.status === 200 && Array.isArray(result.body)) { list = result.body; }
    } catch (e) {
      list = null;
    }
    S.show('history', [list]);
  }

  S.openQuestionnaire = openQuestionnaire;
  S.openHistory = openHistory;
}());
