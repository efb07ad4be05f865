/*
 * One participant's FIT trend: the server's SVG chart (GET /api/participants/{id}/fit/chart) inline, the
 * cutoff and the expected band in words, the alerts, and the same numbers as a table per session and item
 * (GET /api/participants/{id}/fit/trend). The SVG is fetched with the bearer token and parsed with
 * DOMParser: an <img src> would go without the token, and a blob: URL would need the CSP widened.
 * Printable: staff.css hides the menu and buttons on paper.
 */
(function (S) {
  'use strict';

  var SVG_NS = 'http://www.w3.org/2000/svg';

  function number(value) {
    if (value === null || value === undefined) { return '–'; }
    var locale = S.state().lang === 'ar' ? 'ar-u-nu-latn' : (S.state().lang === 'en' ? 'en-GB' : 'sv-SE');
    return new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }).format(Number(value));
  }

  /** The server's chart as an element of this document, or null when it is not a well-formed SVG. */
  function chart(text) {
    var doc = new DOMParser().parseFromString(text || '', 'image/svg+xml');
    var root = doc.documentElement;
    if (!root || root.namespaceURI !== SVG_NS || root.localName !== 'svg' || doc.getElementsByTagName('parsererror').length) {
      return null;
    }
    var svg = document.importNode(root, true);
    svg.removeAttribute('width');
    svg.removeAttribute('height');
    svg.setAttribute('class', 'fit-chart');
    return svg;
  }

  function alertTexts(kinds) {
    return kinds.map(function (k) { return S.t('fit.alert.' + k); }).join('; ');
  }

  /** The cutoff, the band and the change from the start, in sentences. */
  function explanation(trend) {
    var last = trend.sessions[trend.sessions.length - 1];
    var lines = [S.t('trend.explain.cutoff', { cutoff: number(last.cutoff) })];
    if (trend.expectedShown) {
      lines.push(S.t('trend.explain.expected'));
    } else if (trend.noChangeBand) {
      lines.push(S.t('trend.explain.no-change', { lower: number(trend.noChangeBand.lower),
        upper: number(trend.noChangeBand.upper) }));
    }
    lines.push(S.t('trend.explain.srs', { below: number(trend.srsAlertBelow) }));
    var c = trend.change;
    lines.push(c.verdict === 'NOT_ENOUGH_DATA' ? S.t('trend.change.NOT_ENOUGH_DATA')
      : S.t('trend.change', { first: number(c.first), latest: number(c.latest), verdict: S.t('trend.change.' + c.verdict) }));
    return S.el('ul', { 'class': 'explain', id: 'trend-explained' }, lines.map(function (line) {
      return S.el('li', { text: line });
    }));
  }

  function alertList(trend) {
    var marked = trend.sessions.filter(function (s) { return s.alerts.length; });
    if (!marked.length) { return S.el('p', { 'class': 'muted', id: 'trend-alerts', text: S.t('trend.alerts.none') }); }
    return S.el('ul', { 'class': 'explain', id: 'trend-alerts' }, marked.map(function (s) {
      return S.el('li', { text: S.t('trend.session', { number: s.number }) + ' (' + S.formatDate(s.heldOn) + '): '
        + alertTexts(s.alerts) }); }));
  }

  /** The item columns of one instrument: the labels of the first rating that has them. */
  function itemColumns(trend, which) {
    for (var i = 0; i < trend.sessions.length; i++) {
      var r = trend.sessions[i][which];
      if (r && r.items.length) {
        return r.items.map(function (item) { return { key: item.key, label: S.local(item.label) || item.key }; });
      }
    }
    return [];
  }

  function cells(rating, columns) {
    var byKey = {};
    ((rating && rating.items) || []).forEach(function (item) { byKey[item.key] = item.value; });
    return columns.map(function (c) { return S.el('td', { text: number(byKey[c.key]) }); })
      .concat([S.el('td', { 'class': 'total', text: number(rating ? rating.total : null) })]);
  }

  function table(trend) {
    var ors = itemColumns(trend, 'ors');
    var srs = itemColumns(trend, 'srs');
    var head = [S.el('th', { scope: 'col', text: S.t('trend.table.session') }),
      S.el('th', { scope: 'col', text: S.t('trend.table.date') })]
      .concat(ors.map(function (c) { return S.el('th', { scope: 'col', text: 'ORS: ' + c.label }); }))
      .concat([S.el('th', { scope: 'col', text: S.t('trend.table.ors-total') })])
      .concat(srs.map(function (c) { return S.el('th', { scope: 'col', text: 'SRS: ' + c.label }); }))
      .concat([S.el('th', { scope: 'col', text: S.t('trend.table.srs-total') }),
        S.el('th', { scope: 'col', text: S.t('trend.table.cutoff') }),
        S.el('th', { scope: 'col', text: S.t('trend.table.alerts') })]);
    var rows = trend.sessions.map(function (s) {
      return S.el('tr', { 'class': s.alerts.length ? 'alerted' : null }, [
        S.el('th', { scope: 'row', text: String(s.number) }),
        S.el('td', { text: S.formatDate(s.heldOn) })
      ].concat(cells(s.ors, ors)).concat(cells(s.srs, srs)).concat([
        S.el('td', { text: number(s.cutoff) }),
        S.el('td', { text: s.alerts.length ? alertTexts(s.alerts) : '–' })
      ]));
    });
    var caption = S.el('caption', { id: 'trend-caption', text: S.t('trend.table.caption', { name: trend.displayName }) });
    // Wider than a phone: the wrapper scrolls sideways and can be reached and scrolled with the keyboard.
    return S.el('div', { 'class': 'table-wrap', tabindex: '0', role: 'region', 'aria-labelledby': 'trend-caption' }, [
      S.el('table', { 'class': 'trend-table', id: 'trend-table' }, [caption, S.el('thead', {}, [S.el('tr', {}, head)]),
        S.el('tbody', {}, rows)])
    ]);
  }

  S.page('trend', {
    path: /^#\/participant\/([0-9a-fA-F-]{36})\/trend$/,
    title: 'trend.title.short',
    when: function () { var me = S.state().me; return me && (me.role === 'COACH' || me.role === 'TEAM_LEAD'); },
    render: async function (view, id) {
      var base = '/api/participants/' + encodeURIComponent(id) + '/fit/';
      var loaded = await Promise.all([S.load(base + 'trend'), S.load(base + 'chart', 'image/svg+xml')]);
      var trend = loaded[0];
      trend.sessions.forEach(function (s) { s.alerts = s.alerts || []; }); // empty lists are left out of the JSON
      view.appendChild(S.el('p', { 'class': 'no-print' }, [S.el('a', { href: '#/participant/' + encodeURIComponent(id),
        text: S.t('trend.back', { name: trend.displayName }) })]));
      view.appendChild(S.heading(S.t('trend.title', { name: trend.displayName })));
      if (!trend.sessions.length) {
        view.appendChild(S.el('p', { text: S.t('trend.none') }));
        return;
      }
      view.appendChild(S.el('p', { 'class': 'summary', text: S.t('trend.summary', { count: trend.sessions.length }) }));
      var svg = chart(loaded[1]);
      view.appendChild(S.el('figure', { 'class': 'chart' }, [
        svg || S.el('p', { 'class': 'notice', text: S.t('trend.chart.missing') }),
        S.el('figcaption', { text: S.t('trend.chart.caption') })
      ]));
      view.appendChild(S.el('h2', { text: S.t('trend.explain.title') }));
      view.appendChild(explanation(trend));
      view.appendChild(S.el('h2', { text: S.t('trend.alerts.title') }));
      view.appendChild(alertList(trend));
      view.appendChild(S.el('h2', { text: S.t('trend.table.title') }));
      view.appendChild(table(trend));
      view.appendChild(S.el('p', { 'class': 'no-print' }, [S.el('button', { type: 'button', 'class': 'button secondary',
        id: 'print', text: S.t('trend.print'), onclick: function () { window.print(); } })]));
    }
  });
}(window.StegvisStaff));
