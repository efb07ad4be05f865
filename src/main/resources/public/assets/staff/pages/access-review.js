/*
 * The access review (ADR 0010): who read which participant's data and when. Team leads see their team
 * (GET /api/teams/{id}/access-review, with names); the association's data protection officer sees every team
 * (GET /api/associations/{id}/access-review, participant ids only). Filters: staff member and period; the
 * unusual-access flags of the period (…/access-review/flags) come first; the list pages with nextBefore; the
 * CSV for Swedish Excel (…/access-review.csv) is fetched with the bearer token and saved through a blob link.
 */
(function (S) {
  'use strict';

  var DAYS = 30;

  function isOfficer() {
    var me = S.state().me;
    return !!me && me.role === 'DATA_PROTECTION_OFFICER';
  }

  function allowed() {
    return S.isTeamLead() || isOfficer();
  }

  /** The route prefix of the scope: the association for an officer, the chosen team for a team lead. */
  function base() {
    var me = S.state().me;
    return isOfficer() ? '/api/associations/' + encodeURIComponent(me.associationId) + '/access-review'
      : '/api/teams/' + encodeURIComponent(S.state().teamId) + '/access-review';
  }

  function isoDay(date) {
    return new Intl.DateTimeFormat('sv-SE', { year: 'numeric', month: '2-digit', day: '2-digit',
      timeZone: 'Europe/Stockholm' }).format(date);
  }

  function dateTime(iso) {
    var locale = S.state().lang === 'ar' ? 'ar-u-nu-latn' : (S.state().lang === 'en' ? 'en-GB' : 'sv-SE');
    return new Intl.DateTimeFormat(locale, { year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit',
      minute: '2-digit', timeZone: 'Europe/Stockholm' }).format(new Date(iso));
  }

  function label(prefix, code) {
    var key = prefix + code;
    var text = S.t(key);
    return text === key ? code : text;
  }

  function query(filter, extra) {
    var parts = [];
    if (filter.staffId) { parts.push('staffId=' + encodeURIComponent(filter.staffId)); }
    if (filter.from) { parts.push('from=' + encodeURIComponent(filter.from)); }
    if (filter.to) { parts.push('to=' + encodeURIComponent(filter.to)); }
    if (extra) { parts.push(extra); }
    return parts.length ? '?' + parts.join('&') : '';
  }

  /** A problem response as one notice: its detail and the field messages. */
  function problem(reply) {
    var body = reply.body || {};
    var lines = [body.detail || S.t('error.general')];
    (body.errors || []).forEach(function (e) { lines.push(e.message); });
    return S.notice(lines.join(' '));
  }

  function field(id, text, input) {
    return S.el('div', {}, [S.el('label', { 'for': id, text: text }), input]);
  }

  function flagsSection(flags) {
    var section = S.el('section', { id: 'review-flags', 'aria-labelledby': 'review-flags-title' },
      [S.el('h2', { id: 'review-flags-title', text: S.t('review.flags.title') }),
        S.el('p', { 'class': 'muted', text: S.t('review.flags.rule', { threshold: flags.outsideCaseloadPerDayThreshold }) })]);
    var flagged = flags.staff.filter(function (s) { return s.flagged; });
    if (!flagged.length) {
      section.appendChild(S.el('p', { id: 'review-no-flags', text: S.t('review.flags.none') }));
    } else {
      section.appendChild(S.el('ul', { 'class': 'review-flagged' }, flagged.map(function (s) {
        return S.el('li', {}, [S.el('strong', { text: s.staffName || s.staffId }), ' ', s.reason || '']);
      })));
    }
    if (flags.staff.length) {
      var head = S.el('tr', {}, ['review.col.staff', 'review.col.role', 'review.col.opened', 'review.col.outside']
        .map(function (k) { return S.el('th', { scope: 'col', text: S.t(k) }); }));
      var rows = flags.staff.map(function (s) {
        return S.el('tr', { 'class': s.flagged ? 'alerted' : null }, [
          S.el('th', { scope: 'row', text: s.staffName || s.staffId }),
          S.el('td', { text: s.staffRole ? label('review.role.', s.staffRole) : '' }),
          S.el('td', { text: String(s.participantsOpened) }),
          S.el('td', { text: String(s.outsideCaseload) })]);
      });
      section.appendChild(S.el('div', { 'class': 'table-wrap', role: 'region', tabindex: '0', 'aria-labelledby': 'review-tally-caption' },
        [S.el('table', { 'class': 'trend-table', id: 'review-tally' }, [
        S.el('caption', { id: 'review-tally-caption', text: S.t('review.tally.caption') }), S.el('thead', {}, [head]), S.el('tbody', {}, rows)])]));
    }
    return section;
  }

  function readRows(reads) {
    return reads.map(function (r) {
      return S.el('tr', { 'class': r.outsideCaseload ? 'outside' : null }, [
        S.el('td', { text: dateTime(r.at) }),
        S.el('th', { scope: 'row', text: r.staffName || r.staffId }),
        S.el('td', { text: r.staffRole ? label('review.role.', r.staffRole) : '' }),
        S.el('td', { text: r.teamName }),
        S.el('td', { text: r.participantName || r.participantId, translate: 'no' }),
        S.el('td', { text: label('review.action.', r.action) }),
        S.el('td', { text: S.t(r.outsideCaseload ? 'review.yes' : 'review.no') })]);
    });
  }

  async function readsSection(result, filter) {
    var section = S.el('section', { id: 'review-reads', 'aria-labelledby': 'review-reads-title' },
      [S.el('h2', { id: 'review-reads-title', text: S.t('review.reads.title') })]);
    result.appendChild(section);
    var reply = await S.api('GET', base() + query(filter));
    if (reply.status !== 200) { section.appendChild(problem(reply)); return; }
    if (!reply.body.reads.length) {
      section.appendChild(S.el('p', { id: 'review-no-reads', text: S.t('review.reads.none') }));
      return;
    }
    var head = S.el('tr', {}, ['review.col.time', 'review.col.staff', 'review.col.role', 'review.col.team',
      'review.col.participant', 'review.col.action', 'review.col.outside-short']
      .map(function (k) { return S.el('th', { scope: 'col', text: S.t(k) }); }));
    var body = S.el('tbody', {}, readRows(reply.body.reads));
    section.appendChild(S.el('div', { 'class': 'table-wrap', role: 'region', tabindex: '0', 'aria-labelledby': 'review-reads-caption' },
      [S.el('table', { 'class': 'trend-table', id: 'review-table' }, [
      S.el('caption', { id: 'review-reads-caption', text: S.t('review.reads.caption') }), S.el('thead', {}, [head]), body])]));
    var next = reply.body.nextBefore;
    if (next !== null && next !== undefined) {
      var more = S.el('button', { type: 'button', 'class': 'button secondary', id: 'review-more', text: S.t('review.more'),
        onclick: async function () {
          var page = await S.api('GET', base() + query(filter, 'before=' + encodeURIComponent(next)));
          if (page.status !== 200) { section.appendChild(problem(page)); return; }
          readRows(page.body.reads).forEach(function (row) { body.appendChild(row); });
          next = page.body.nextBefore;
          if (next === null || next === undefined) { more.remove(); }
        } });
      section.appendChild(more);
    }
  }

  async function download(result, filter) {
    var reply = await S.api('GET', base() + '.csv' + query(filter), undefined, 'text/csv', true);
    if (reply.status !== 200) {
      var text = reply.body && reply.body.text ? await reply.body.text() : '';
      var parsed = null;
      try { parsed = JSON.parse(text); } catch (e) { parsed = null; }
      result.insertBefore(problem({ body: parsed }), result.firstChild);
      return;
    }
    var file = 'stegvis-atkomst-' + (filter.from || '') + '-' + (filter.to || '') + '.csv';
    S.saveFile(reply.body, file, 'review.downloaded');
  }

  async function show(result, filter, staffSelect) {
    result.textContent = '';
    result.setAttribute('aria-busy', 'true');
    try {
      var flags = await S.api('GET', base() + '/flags' + query(filter));
      if (flags.status !== 200) { result.appendChild(problem(flags)); return; }
      fillStaff(staffSelect, flags.body.staff, filter.staffId);
      result.appendChild(flagsSection(flags.body));
      result.appendChild(S.el('div', { 'class': 'buttons' }, [S.el('button', { type: 'button', 'class': 'button secondary',
        id: 'review-download', text: S.t('review.download'), onclick: function () { return download(result, filter); } })]));
      await readsSection(result, filter);
    } finally {
      result.setAttribute('aria-busy', 'false');
    }
  }

  /** The staff filter offers everyone who opened a record in the period, plus the one chosen. */
  function fillStaff(select, staff, chosen) {
    var known = {};
    Array.prototype.forEach.call(select.options, function (o) { known[o.value] = true; });
    staff.forEach(function (s) {
      if (!known[s.staffId]) {
        select.appendChild(S.el('option', { value: s.staffId, text: s.staffName || s.staffId }));
        known[s.staffId] = true;
      }
    });
    select.value = chosen || '';
  }

  async function render(view) {
    view.appendChild(S.heading(S.t('review.title')));
    if (!isOfficer()) {
      var picker = S.teamPicker(function () { S.go('#/access-review'); });
      if (picker) { view.appendChild(picker); }
    }
    view.appendChild(S.el('p', { 'class': 'muted', text: S.t(isOfficer() ? 'review.intro.officer' : 'review.intro.lead') }));
    var today = new Date();
    var from = S.el('input', { type: 'date', id: 'review-from', value: isoDay(new Date(today.getTime() - (DAYS - 1) * 86400000)) });
    var to = S.el('input', { type: 'date', id: 'review-to', value: isoDay(today) });
    var staff = S.el('select', { id: 'review-staff' }, [S.el('option', { value: '', text: S.t('review.staff.all') })]);
    var result = S.el('div', { id: 'review-result', 'aria-live': 'polite' });
    var form = S.el('form', { 'class': 'filters', id: 'review-form' }, [
      field('review-staff', S.t('review.staff'), staff),
      field('review-from', S.t('review.from'), from),
      field('review-to', S.t('review.to'), to),
      S.el('button', { type: 'submit', 'class': 'button', id: 'review-show', text: S.t('review.show') })]);
    var current = function () { return { staffId: staff.value, from: from.value, to: to.value }; };
    form.addEventListener('submit', async function (e) {
      e.preventDefault();
      await show(result, current(), staff);
    });
    view.appendChild(form);
    view.appendChild(result);
    await show(result, current(), staff);
  }

  S.page('access-review', { path: /^#\/access-review$/, title: 'review.title', nav: 'review.nav',
    href: '#/access-review', home: true, when: allowed, render: render });
}(window.StegvisStaff));
