/*
 * For team leads: part 2 of the exit feedback without names (GET /api/teams/{id}/exit-feedback) and the
 * anonymous free text in aggregate (GET /api/teams/{id}/anonymous-texts): year or half-year, "<5" when few.
 */
(function (S) {
  'use strict';

  function periods() {
    var year = new Date().getFullYear();
    var half = new Date().getMonth() < 6 ? 1 : 2;
    var list = [String(year), year + '-H' + half];
    list.push(half === 2 ? year + '-H1' : (year - 1) + '-H2');
    list.push(String(year - 1));
    return list;
  }

  function periodLabel(p) {
    var m = /^(\d{4})(?:-H([12]))?$/.exec(p);
    return m[2] ? S.t('period.half', { year: m[1], half: m[2] }) : S.t('period.year', { year: m[1] });
  }

  function monthLabel(month) {
    var locale = S.state().lang === 'ar' ? 'ar-u-nu-latn' : (S.state().lang === 'en' ? 'en-GB' : 'sv-SE');
    return new Intl.DateTimeFormat(locale, { year: 'numeric', month: 'long', timeZone: 'UTC' })
      .format(new Date(month + '-15T12:00:00Z'));
  }

  async function exitFeedback(view, teamId) {
    var list = await S.load('/api/teams/' + encodeURIComponent(teamId) + '/exit-feedback');
    view.appendChild(S.el('h2', { text: S.t('team.exit.title') }));
    view.appendChild(S.el('p', { 'class': 'muted', text: S.t('team.exit.intro') }));
    if (!list.length) {
      view.appendChild(S.el('p', { text: S.t('team.exit.none') }));
      return;
    }
    view.appendChild(S.el('ul', { 'class': 'answers', id: 'exit-feedback' }, list.map(function (form) {
      var details = [];
      form.items.forEach(function (item) {
        details.push(S.el('dt', { text: S.local(item.text) }));
        details.push(S.el('dd', { text: S.answerText(item.answer) }));
      });
      return S.el('li', {}, [S.el('h3', { text: monthLabel(form.month) }), S.el('dl', {}, details)]);
    })));
  }

  async function anonymousTexts(view, teamId) {
    view.appendChild(S.el('h2', { text: S.t('team.texts.title') }));
    view.appendChild(S.el('p', { 'class': 'muted', text: S.t('team.texts.intro') }));
    var instruments = (await S.load('/api/instruments')).filter(function (i) { return i.privacyMode === 'ANONYMOUS'; });
    if (!instruments.length) {
      view.appendChild(S.el('p', { text: S.t('team.texts.no-instruments') }));
      return;
    }
    var instrument = S.el('select', { id: 'texts-instrument' }, instruments.map(function (i) {
      return S.el('option', { value: i.code, text: i.title });
    }));
    var period = S.el('select', { id: 'texts-period' }, periods().map(function (p) {
      return S.el('option', { value: p, text: periodLabel(p) });
    }));
    var result = S.el('div', { id: 'texts-result', 'aria-live': 'polite' });
    var form = S.el('form', { 'class': 'filters' }, [
      S.el('div', {}, [S.el('label', { 'for': 'texts-instrument', text: S.t('team.texts.instrument') }), instrument]),
      S.el('div', {}, [S.el('label', { 'for': 'texts-period', text: S.t('team.texts.period') }), period]),
      S.el('button', { type: 'submit', 'class': 'button', text: S.t('team.texts.show') })
    ]);
    form.addEventListener('submit', async function (e) {
      e.preventDefault();
      await show(result, teamId, instrument.value, period.value);
    });
    view.appendChild(form);
    view.appendChild(result);
    await show(result, teamId, instrument.value, period.value);
  }

  async function show(result, teamId, code, period) {
    result.textContent = '';
    var reply = await S.api('GET', '/api/teams/' + encodeURIComponent(teamId) + '/anonymous-texts?instrumentCode='
      + encodeURIComponent(code) + '&period=' + encodeURIComponent(period));
    if (reply.status !== 200) {
      result.appendChild(S.notice(reply.body && reply.body.detail ? reply.body.detail : S.t('error.general')));
      return;
    }
    var a = reply.body;
    result.appendChild(S.el('p', { 'class': 'summary', text: S.t('team.texts.answers', {
      period: periodLabel(a.period), count: a.answers }) }));
    if (!a.items.length) {
      result.appendChild(S.el('p', { text: S.t('team.texts.no-free-text') }));
      return;
    }
    a.items.forEach(function (item) {
      result.appendChild(S.el('h3', { text: S.local(item.text) }));
      if (!item.texts.length) {
        result.appendChild(S.el('p', { 'class': 'muted', text: S.t('team.texts.too-few', { count: item.count }) }));
        return;
      }
      result.appendChild(S.el('p', { 'class': 'summary', text: S.t('team.texts.count', { count: item.count }) }));
      result.appendChild(S.el('ul', { 'class': 'texts' }, item.texts.map(function (text) {
        return S.el('li', { text: text });
      })));
    });
  }

  S.page('team', {
    path: /^#\/team$/,
    title: 'team.title',
    nav: 'team.nav',
    href: '#/team',
    when: S.isTeamLead,
    render: async function (view) {
      view.appendChild(S.heading(S.t('team.title')));
      var picker = S.teamPicker(function () { S.go('#/team'); });
      if (picker) { view.appendChild(picker); }
      var teamId = S.state().teamId;
      await exitFeedback(view, teamId);
      await anonymousTexts(view, teamId);
    }
  });
}(window.StegvisStaff));
