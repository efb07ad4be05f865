/*
 * Reports (issue 8) for coordinators, admins and team leads: choose teams (GET /api/reports/teams) and a
 * period (year, half-year, date range or the rolling 12 months ending with a month), see the report's
 * tables with bar charts for counts (GET /api/reports?format=json), and download it as CSV for Swedish
 * Excel, plain CSV, XLSX, printable HTML or JSON — fetched with the bearer token and saved through a blob
 * link, so the CSP stays self-only. Labels come from GET /api/reports/labels in the page's language,
 * the key itself where a label is missing. Small counts show as "<5", hidden means and shares as "–".
 */
(function (S) {
  'use strict';

  /** The last day of a month written YYYY-MM, as YYYY-MM-DD. */
  function lastDayOf(month) {
    var parts = month.split('-');
    var day = new Date(Date.UTC(Number(parts[0]), Number(parts[1]), 0)).getUTCDate();
    return month + '-' + String(day).padStart(2, '0');
  }


  var SVG = 'http://www.w3.org/2000/svg';
  var FORMATS = [
    { code: 'csv', ext: 'csv', type: 'text/csv' },
    { code: 'csv-comma', ext: 'csv', type: 'text/csv' },
    { code: 'xlsx', ext: 'xlsx', type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' },
    { code: 'html', ext: 'html', type: 'text/html' },
    { code: 'json', ext: 'json', type: 'application/json' }
  ];
  var labels = { lang: null, texts: {} };

  function allowed() {
    var me = S.state().me;
    return !!me && (me.role === 'COORDINATOR' || me.role === 'ADMIN' || me.role === 'TEAM_LEAD');
  }

  function numberLocale() {
    var lang = S.state().lang;
    return lang === 'ar' ? 'ar-u-nu-latn' : (lang === 'en' ? 'en-GB' : 'sv-SE');
  }

  async function loadLabels() {
    var lang = S.state().lang;
    if (labels.lang !== lang) {
      labels.texts = await S.load('/api/reports/labels?lang=' + encodeURIComponent(lang));
      labels.lang = lang;
    }
  }

  /** A report label by the label convention, the key itself when there is none. */
  function label(prefix, key) {
    return Object.prototype.hasOwnProperty.call(labels.texts, prefix + key) ? labels.texts[prefix + key] : key;
  }

  /** A server text pattern with {0}, {1} … filled in. */
  function pattern(key, args) {
    var text = Object.prototype.hasOwnProperty.call(labels.texts, key) ? labels.texts[key] : key;
    (args || []).forEach(function (value, i) { text = text.split('{' + i + '}').join(String(value)); });
    return text;
  }

  /** A cell as text: "<5" for a hidden count, "–" for a hidden mean or share, shares in percent with one decimal. */
  function figure(f, threshold) {
    if (f.suppressed) { return f.kind === 'COUNT' ? '<' + threshold : '–'; }
    if (f.kind === 'TEXT') { return f.text ? label('', f.text) : ''; }
    if (f.value === null || f.value === undefined) { return ''; }
    if (f.kind === 'SHARE') {
      return new Intl.NumberFormat(numberLocale(), { style: 'percent', minimumFractionDigits: 1, maximumFractionDigits: 1 })
        .format(f.value);
    }
    return new Intl.NumberFormat(numberLocale(), { maximumFractionDigits: f.kind === 'COUNT' ? 0 : 2 }).format(f.value);
  }

  // ---------------------------------------------------------------- the form

  function periodForm() {
    var year = new Date().getFullYear();
    var years = [];
    for (var y = year; y >= year - 9; y--) { years.push(y); }
    var lastYear = String(year - 1);
    var kind = S.el('select', { id: 'period-kind' }, ['year', 'half', 'range', 'rolling'].map(function (k) {
      return S.el('option', { value: k, text: S.t('reports.period.' + k) });
    }));
    var fields = {
      year: S.el('select', { id: 'period-year' }, years.map(function (v) {
        return S.el('option', { value: String(v), text: String(v), selected: String(v) === lastYear });
      })),
      half: S.el('select', { id: 'period-half' }, ['1', '2'].map(function (h) {
        return S.el('option', { value: h, text: S.t('reports.half.' + h) });
      })),
      // whole months only (the server refuses other ranges: two reports a day apart would give that day back)
      from: S.el('input', { type: 'month', id: 'period-from', value: lastYear + '-01' }),
      to: S.el('input', { type: 'month', id: 'period-to', value: lastYear + '-12' }),
      month: S.el('input', { type: 'month', id: 'period-month', value: lastYear + '-12' })
    };
    function field(id, key, input) {
      return S.el('div', { 'class': 'period-field', 'data-for': id }, [S.el('label', { 'for': input.id, text: S.t(key) }), input]);
    }
    var wrappers = [
      field('year half', 'reports.year', fields.year), field('half', 'reports.half', fields.half),
      field('range', 'reports.from', fields.from), field('range', 'reports.to', fields.to),
      field('rolling', 'reports.month', fields.month)
    ];
    function sync() {
      wrappers.forEach(function (w) { w.hidden = w.getAttribute('data-for').split(' ').indexOf(kind.value) < 0; });
    }
    kind.addEventListener('change', sync);
    sync();
    var node = S.el('fieldset', { 'class': 'report-period' }, [S.el('legend', { text: S.t('reports.period') }),
      S.el('div', { 'class': 'period-field' }, [S.el('label', { 'for': 'period-kind', text: S.t('reports.period.kind') }), kind])]
      .concat(wrappers));
    return {
      node: node,
      /** The period as the API writes it, or null (with a message key) when a field is missing. */
      spec: function () {
        switch (kind.value) {
          case 'year': return { value: fields.year.value };
          case 'half': return { value: fields.year.value + '-H' + fields.half.value };
          case 'range': return fields.from.value && fields.to.value
            ? { value: fields.from.value + '-01..' + lastDayOf(fields.to.value) }
            : { error: 'reports.range.missing' };
          default: return fields.month.value ? { value: 'R12-' + fields.month.value } : { error: 'reports.month.missing' };
        }
      }
    };
  }

  function teamsForm(teams) {
    var boxes = teams.map(function (team) {
      var box = S.el('input', { type: 'checkbox', id: 'report-team-' + team.id, value: team.id, checked: true });
      return S.el('div', { 'class': 'check' }, [box, S.el('label', { 'for': box.id, text: team.name })]);
    });
    return S.el('fieldset', { 'class': 'report-teams', id: 'report-teams' }, [S.el('legend', { text: S.t('reports.teams') })]
      .concat(boxes));
  }

  function chosenTeams(form) {
    return Array.prototype.map.call(form.querySelectorAll('#report-teams input:checked'), function (b) { return b.value; });
  }

  // ---------------------------------------------------------------- the report

  function table(t, threshold, id) {
    var head = S.el('tr', {}, [S.el('th', { scope: 'col', text: label('', 'report.export.rowHeader') })]
      .concat(t.columns.map(function (c) { return S.el('th', { scope: 'col', text: label('report.column.', c) }); })));
    var rows = t.rows.map(function (row) {
      return S.el('tr', {}, [S.el('th', { scope: 'row', text: label('report.row.', row.key) })].concat(row.figures.map(function (f) {
        var text = figure(f, threshold);
        return S.el('td', { 'class': f.suppressed ? 'hidden-figure' : null },
          [text.charAt(0) === '<' ? S.el('bdi', { dir: 'ltr', text: text }) : text]);
      })));
    });
    return S.el('div', { 'class': 'table-wrap', role: 'region', tabindex: '0', 'aria-labelledby': id }, [
      S.el('table', { 'class': 'report-table' }, [S.el('caption', { id: id, text: label('report.table.', t.key) }),
        S.el('thead', {}, [head]), S.el('tbody', {}, rows)])
    ]);
  }

  function svg(tag, attrs, text) {
    var node = document.createElementNS(SVG, tag);
    Object.keys(attrs).forEach(function (name) { node.setAttribute(name, attrs[name]); });
    if (text !== undefined) { node.textContent = text; }
    return node;
  }

  /** Bars for a count table: per row its label, one bar per column (the total only when alone); hidden counts get no bar. */
  function chart(t, threshold, room) {
    var columns = t.columns.map(function (c, i) { return i; }).filter(function (i) { return t.columns[i] !== 'TOTAL'; });
    if (!columns.length) { columns = t.columns.map(function (c, i) { return i; }); }
    var max = 0;
    var counts = true;
    t.rows.forEach(function (row) {
      columns.forEach(function (c) {
        var f = row.figures[c];
        if (f.kind !== 'COUNT') { counts = false; }
        if (f.value !== null && f.value !== undefined) { max = Math.max(max, Number(f.value)); }
      });
    });
    if (!counts || max === 0) { return null; }
    var rtl = S.state().lang === 'ar';
    // drawn at the width it is shown at (at most 640 px), so that its text stays readable on a phone
    var width = Math.max(300, Math.min(640, Math.floor(room || 640)));
    var labelWidth = Math.round(width * 0.32);
    var barMax = width - labelWidth - 60;
    var line = 22;
    var chartNode = svg('svg', { 'class': 'report-chart', role: 'img', direction: 'ltr',
      'aria-label': pattern('report.export.chart', [label('report.table.', t.key)]) });
    var y = 0;
    t.rows.forEach(function (row) {
      y += line;
      chartNode.appendChild(svg('text', { x: rtl ? width - 4 : 4, y: y - 6, 'text-anchor': rtl ? 'end' : 'start', 'font-weight': '700' },
        label('report.row.', row.key)));
      columns.forEach(function (c) {
        y += line;
        var f = row.figures[c];
        var w = f.value === null || f.value === undefined ? 0 : Math.round(Number(f.value) / max * barMax);
        var barX = rtl ? width - labelWidth - w : labelWidth;
        chartNode.appendChild(svg('text', { x: rtl ? width - labelWidth + 8 : labelWidth - 8, y: y - 6, 'text-anchor': rtl ? 'start' : 'end' },
          label('report.column.', t.columns[c])));
        if (w > 0) { chartNode.appendChild(svg('rect', { x: barX, y: y - line + 4, width: w, height: line - 6, 'class': 'bar' })); }
        // isolated left to right (U+2066 … U+2069): in Arabic "<5" would otherwise be mirrored into "5>"
        chartNode.appendChild(svg('text', { x: rtl ? barX - 6 : labelWidth + w + 6, y: y - 6, 'text-anchor': rtl ? 'end' : 'start',
          direction: 'ltr' }, '\u2066' + figure(f, threshold) + '\u2069'));
      });
      y += line / 2;
    });
    chartNode.setAttribute('viewBox', '0 0 ' + width + ' ' + (y + line / 2));
    return chartNode;
  }

  /** The report's heading and summary, the download buttons, then every section with its tables and charts. */
  function renderReport(result, report, downloadButtons) {
    result.appendChild(S.el('h2', { id: 'report-heading', text: label('', 'report.export.title') + ' ' + report.period }));
    result.appendChild(S.el('p', { 'class': 'summary', text: pattern('report.export.teams',
      [report.teams.map(function (t) { return t.name; }).join(', ')]) }));
    result.appendChild(S.el('p', { 'class': 'summary', text: pattern('report.export.threshold', [report.threshold]) }));
    result.appendChild(downloadButtons);
    if (!report.sections || !report.sections.length) {
      result.appendChild(S.el('p', { 'class': 'muted', text: label('', 'report.export.empty') }));
    }
    var n = 0;
    (report.sections || []).forEach(function (section) {
      result.appendChild(S.el('h3', { text: label('report.section.', section.key) }));
      if (section.warnings && section.warnings.length) {
        result.appendChild(S.el('ul', { 'class': 'report-warnings' }, section.warnings.map(function (w) {
          return S.el('li', { text: pattern(w.key, w.args) });
        })));
      }
      section.tables.forEach(function (t) {
        n += 1;
        result.appendChild(table(t, report.threshold, 'report-table-' + n));
        var c = chart(t, report.threshold, result.clientWidth);
        if (c) { result.appendChild(c); }
      });
    });
  }

  /** The problem's own words (already in the page's language), field by field when it names fields. */
  function problemNotice(body) {
    var notice = S.notice(body && body.detail ? body.detail : S.t('reports.error'));
    notice.id = 'report-error';
    if (body && body.errors && body.errors.length) {
      notice.appendChild(S.el('ul', {}, body.errors.map(function (e) { return S.el('li', { text: e.message }); })));
    }
    return notice;
  }

  async function problemOf(reply) {
    if (reply.body && typeof reply.body.text === 'function') {
      try { return JSON.parse(await reply.body.text()); } catch (e) { return null; }
    }
    return reply.body;
  }

  /** Runs a click's work; a lost connection or an ended session is told, never left as a script error. */
  async function guarded(result, work) {
    try {
      await work();
    } catch (e) {
      result.setAttribute('aria-busy', 'false');
      if (e && e.name === 'SessionEnded') {
        S.announce('session.ended');
        S.go('#/login');
        return;
      }
      result.insertBefore(S.notice(S.t(e instanceof S.NetworkError ? 'error.network' : 'error.general')), result.firstChild);
    }
  }

  function query(shown, format) {
    return '/api/reports?teams=' + encodeURIComponent(shown.teams.join(',')) + '&period=' + encodeURIComponent(shown.period)
      + '&format=' + format + '&lang=' + S.state().lang;
  }

  function downloads(shown, report, result) {
    var buttons = FORMATS.map(function (format) {
      return S.el('button', { type: 'button', 'class': 'button secondary', id: 'download-' + format.code,
        text: S.t('reports.download.' + format.code), onclick: function () { return guarded(result, async function () {
          var reply = await S.api('GET', query(shown, format.code), undefined, format.type, true);
          if (reply.status !== 200) {
            result.insertBefore(problemNotice(await problemOf(reply)), result.firstChild);
            return;
          }
          var file = 'stegvis-rapport-' + report.period.replace(/[^A-Za-z0-9-]+/g, '_') + '.' + format.ext;
          S.saveFile(reply.body, file, 'reports.downloaded');
        }); } });
    });
    return S.el('div', { 'class': 'report-downloads no-print', role: 'group', 'aria-labelledby': 'downloads-title' },
      [S.el('h3', { id: 'downloads-title', text: S.t('reports.download') }), S.el('div', { 'class': 'buttons' }, buttons)]);
  }

  async function show(form, period, result) {
    result.textContent = '';
    var teams = chosenTeams(form);
    var spec = period.spec();
    if (!teams.length || spec.error) {
      result.appendChild(problemNotice({ detail: S.t(!teams.length ? 'reports.teams.missing' : spec.error) }));
      return;
    }
    var shown = { teams: teams, period: spec.value };
    result.setAttribute('aria-busy', 'true');
    var reply = await S.api('GET', query(shown, 'json'));
    result.setAttribute('aria-busy', 'false');
    if (reply.status !== 200) {
      result.appendChild(problemNotice(reply.body));
      return;
    }
    renderReport(result, reply.body, downloads(shown, reply.body, result));
    S.announce('reports.shown', { period: reply.body.period });
  }

  async function render(view) {
    view.appendChild(S.heading(S.t('reports.title')));
    view.appendChild(S.el('p', { 'class': 'hint', text: S.t('reports.intro') }));
    var loaded = await Promise.all([S.load('/api/reports/teams'), loadLabels()]);
    var teams = loaded[0];
    if (!teams.length) {
      view.appendChild(S.el('p', { 'class': 'muted', text: S.t('reports.teams.none') }));
      return;
    }
    var period = periodForm();
    var result = S.el('div', { id: 'report-result', 'aria-live': 'polite' });
    var form = S.el('form', { 'class': 'report-form no-print', id: 'report-form', novalidate: true }, [
      teamsForm(teams), period.node, S.el('button', { type: 'submit', 'class': 'button', id: 'report-show', text: S.t('reports.show') })
    ]);
    form.addEventListener('submit', async function (e) {
      e.preventDefault();
      await guarded(result, function () { return show(form, period, result); });
    });
    view.appendChild(form);
    view.appendChild(result);
  }

  S.page('reports', { path: /^#\/reports$/, title: 'reports.title', nav: 'reports.nav', href: '#/reports', home: true,
    when: allowed, render: render });
}(window.StegvisStaff));
