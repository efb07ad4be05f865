/* One participant: links to the FIT trend and the screenings, the participant's own copy to hand over (GDPR art. 15), what is due, identified answers with scores, and the exit feedback (part 1; part 2 is the team's). */
(function (S) {
  'use strict';

  var EXIT_FEEDBACK = 'EXIT_FEEDBACK';

  function dueList(items) {
    if (!items.length) { return S.el('p', { 'class': 'muted', text: S.t('participant.due.none') }); }
    return S.el('ul', { 'class': 'items' }, items.map(function (item) {
      var status = item.answered ? 'answered' : (item.dueDate < today() ? 'overdue' : 'due');
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
      var loaded = await Promise.all([S.load(base), S.load(base + '/due'), S.load(base + '/responses')]);
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
      view.appendChild(dueList(sortedDue(loaded[1])));
      section(S.t('participant.answers'), others.map(function (a) { return answerCard(a, 'h3'); }),
        S.t('participant.answers.none')).forEach(function (n) { view.appendChild(n); });
      section(S.t('participant.exit'), exits.map(function (a) { return answerCard(a, 'h3'); }),
        S.t('participant.exit.none')).forEach(function (n) { view.appendChild(n); });
      if (exits.length) { view.appendChild(S.el('p', { 'class': 'hint', text: S.t('participant.exit.part2') })); }
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
}(window.StegvisStaff));
