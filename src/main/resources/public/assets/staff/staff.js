/*
 * Stegvis staff views. Plain ES2017, no framework, no third party. Every text comes from
 * /assets/staff/i18n/{lang}.json.
 *
 * Structure: this file is the shell — texts and language, the API client (tokens in memory only),
 * DOM helpers and a small hash router. Each page is a module in pages/*.js that registers itself:
 *
 *   StegvisStaff.page('trend', { path: /^#\/trend\/([^/]+)$/, title: 'trend.title', render: async function (view, id) {…} });
 *
 * Tokens are never written to browser storage: the access token and the rotating refresh token live
 * in this script's memory, so a reload or a closed tab means a new login.
 */
(function () {
  'use strict';

  var LANGUAGES = ['sv', 'en', 'ar'];
  var RTL = { ar: true };
  var TIMEOUT_MS = 20000;

  var state = {
    lang: 'sv',
    texts: {},
    tokens: null, // { access, refresh } — memory only
    me: null, // /api/staff/me: name, role, teams
    teamId: null, // the team the views show
    pages: [],
    decorators: [], // run after every page view, e.g. the urgent screening banner
    current: null // { page, args }
  };

  // ---------------------------------------------------------------- texts and language

  function supported(lang) {
    if (!lang) { return null; }
    var base = String(lang).toLowerCase().split('-')[0];
    return LANGUAGES.indexOf(base) >= 0 ? base : null;
  }

  function browserLanguage() {
    var list = navigator.languages && navigator.languages.length ? navigator.languages : [navigator.language];
    for (var i = 0; i < list.length; i++) {
      var lang = supported(list[i]);
      if (lang) { return lang; }
    }
    return 'sv';
  }

  function t(key, params) {
    var text = Object.prototype.hasOwnProperty.call(state.texts, key) ? state.texts[key] : key;
    if (params) {
      // In right-to-left text each value is isolated so punctuation stays where it belongs; counts
      // such as "<5" are isolated left-to-right, or the "<" would be mirrored into ">".
      Object.keys(params).forEach(function (name) {
        var value = String(params[name]);
        var open = !RTL[state.lang] ? '' : (/^[<>\d\s.,]+$/.test(value) ? '\u2066' : '\u2068');
        var close = RTL[state.lang] ? '\u2069' : '';
        text = text.split('{' + name + '}').join(open + value + close);
      });
    }
    return text;
  }

  /** An instrument text object {sv, en, ar} in the current language, Swedish as fallback. */
  function local(texts) {
    if (!texts) { return ''; }
    if (typeof texts === 'string') { return texts; }
    return texts[state.lang] || texts.sv || '';
  }

  async function setLanguage(lang) {
    var response = await fetch('/assets/staff/i18n/' + lang + '.json', { credentials: 'same-origin' });
    if (!response.ok) { throw new Error('texts ' + response.status); }
    state.texts = await response.json();
    state.lang = lang;
    var html = document.documentElement;
    html.setAttribute('lang', lang);
    html.setAttribute('dir', RTL[lang] ? 'rtl' : 'ltr');
    var nav = document.getElementById('languages');
    nav.setAttribute('aria-label', t('languages.label'));
    var buttons = nav.querySelectorAll('button[data-lang]');
    for (var i = 0; i < buttons.length; i++) {
      buttons[i].setAttribute('aria-pressed', buttons[i].getAttribute('data-lang') === lang ? 'true' : 'false');
    }
    await route();
  }

  // ---------------------------------------------------------------- api

  function NetworkError() { this.name = 'NetworkError'; }

  /**
   * One request; the body is parsed as JSON, or kept as text when accept names another type, or as a
   * Blob when asBlob (a binary download such as a spreadsheet). headers, optional, adds request headers
   * such as an Idempotency-Key (they cannot replace Accept, Authorization or Content-Type).
   */
  async function send(method, path, body, bearer, accept, asBlob, headers) {
    var controller = typeof AbortController === 'function' ? new AbortController() : null;
    var timer = setTimeout(function () { if (controller) { controller.abort(); } }, TIMEOUT_MS);
    var options = {
      method: method,
      credentials: 'omit', // staff calls carry the bearer token only, never a cookie
      cache: 'no-store',
      headers: Object.assign({}, headers || {}, { 'Accept': accept || 'application/json', 'Accept-Language': state.lang })
    };
    if (bearer) { options.headers['Authorization'] = 'Bearer ' + bearer; }
    if (controller) { options.signal = controller.signal; }
    if (body !== undefined) {
      options.headers['Content-Type'] = 'application/json';
      options.body = JSON.stringify(body);
    }
    var response;
    try {
      response = await fetch(path, options);
    } catch (e) {
      throw new NetworkError();
    } finally {
      clearTimeout(timer);
    }
    var data = null;
    try { data = asBlob ? await response.blob() : (accept ? await response.text() : await response.json()); } catch (e) { data = null; }
    return { status: response.status, body: data, retryAfter: response.headers.get('Retry-After') };
  }

  /**
   * An authenticated call; an expired access token is swapped once for a new pair with the refresh token.
   * headers, optional, as for send (the same headers go with the repeated call).
   */
  async function api(method, path, body, accept, asBlob, headers) {
    if (!state.tokens) { throw new SessionEnded(); }
    var reply = await send(method, path, body, state.tokens.access, accept, asBlob, headers);
    if (reply.status === 401 && state.tokens && state.tokens.refresh) {
      var refreshed = await send('POST', '/api/auth/refresh', { refreshToken: state.tokens.refresh });
      if (refreshed.status !== 200) {
        state.tokens = null;
        throw new SessionEnded();
      }
      signedIn(refreshed.body);
      reply = await send(method, path, body, state.tokens.access, accept, asBlob, headers);
    }
    if (reply.status === 401) {
      state.tokens = null;
      throw new SessionEnded();
    }
    return reply;
  }

  function SessionEnded() { this.name = 'SessionEnded'; }

  function signedIn(tokens) {
    state.tokens = { access: tokens.accessToken, refresh: tokens.refreshToken };
  }

  async function loadMe() {
    var reply = await api('GET', '/api/staff/me');
    if (reply.status !== 200) { throw new Error('me ' + reply.status); }
    state.me = reply.body;
    state.teamId = state.me.teams && state.me.teams.length ? state.me.teams[0].id : null;
  }

  async function logout() {
    if (state.tokens) {
      try { await send('POST', '/api/auth/logout', undefined, state.tokens.access); } catch (e) { /* gone anyway */ }
    }
    state.tokens = null;
    state.me = null;
    state.teamId = null;
    announce('logout.done');
    go('#/login');
  }

  // ---------------------------------------------------------------- dom helpers

  function el(tag, attrs, children) {
    var node = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (name) {
      var value = attrs[name];
      if (value === null || value === undefined || value === false) { return; }
      if (name === 'text') { node.textContent = value; } else if (name.indexOf('on') === 0) {
        node.addEventListener(name.substring(2), value);
      } else { node.setAttribute(name, value === true ? '' : value); }
    });
    (children || []).forEach(function (child) {
      if (child === null || child === undefined || child === false) { return; }
      node.appendChild(typeof child === 'string' ? document.createTextNode(child) : child);
    });
    return node;
  }

  function heading(text) {
    return el('h1', { text: text, tabindex: '-1' });
  }

  function notice(text) {
    return el('p', { 'class': 'notice', role: 'alert', text: text });
  }

  function announce(key, params) {
    document.getElementById('status').textContent = key ? t(key, params) : '';
  }

  /** Saves a downloaded body as a file (a hidden link; the URL is freed later) and says so in the status line. */
  function saveFile(blob, file, announceKey) {
    var url = URL.createObjectURL(blob);
    var link = el('a', { href: url, download: file, hidden: true });
    document.body.appendChild(link);
    link.click();
    document.body.removeChild(link);
    setTimeout(function () { URL.revokeObjectURL(url); }, 10000);
    announce(announceKey, { file: file });
  }

  /** A date (YYYY-MM-DD) or time (UTC, without zone) for people, in the chosen language. */
  function formatDate(iso) {
    if (!iso) { return ''; }
    var date = iso.length <= 10 ? new Date(iso + 'T12:00:00Z') : new Date(iso + (/Z|[+-]\d\d:?\d\d$/.test(iso) ? '' : 'Z'));
    var locale = state.lang === 'ar' ? 'ar-u-nu-latn' : (state.lang === 'en' ? 'en-GB' : 'sv-SE');
    return new Intl.DateTimeFormat(locale, { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'Europe/Stockholm' })
      .format(date);
  }

  /** A stored answer as text: yes/no and lists spelled out, numbers as they are. */
  function answerText(value) {
    if (Array.isArray(value)) { return value.map(answerText).join(', '); }
    if (value === 'YES' || value === 'NO' || value === 'DECLINED') { return t('answer.' + value); }
    return String(value);
  }

  /** The teams the signed-in person works in, and a picker when there is more than one. */
  function teamPicker(onChange) {
    var teams = (state.me && state.me.teams) || [];
    if (teams.length < 2) { return null; }
    var select = el('select', { id: 'team', onchange: function () { state.teamId = select.value; onChange(); } },
      teams.map(function (team) {
        return el('option', { value: team.id, selected: team.id === state.teamId, text: team.name });
      }));
    return el('div', {}, [el('label', { 'for': 'team', text: t('team.choose') }), select]);
  }

  function isTeamLead() {
    return state.me && state.me.role === 'TEAM_LEAD';
  }

  // ---------------------------------------------------------------- router

  /**
   * Registers a page: { path: RegExp on location.hash (groups become render's arguments), title:
   * text key, render: async function (view, ...groups) returning nothing, nav: text key to list it
   * in the menu, href: its menu link, when: function deciding whether the signed-in person may see it,
   * public: true for the login page, home: true for a start page (the first one the person may see) }.
   */
  function page(name, definition) {
    definition.name = name;
    state.pages.push(definition);
  }

  /**
   * Adds something to every page view of a signed-in person: fn(view, page, stillShown) runs after the
   * page has rendered and may put content at the top of the view, as long as stillShown() (the person
   * may have moved on while it loaded). A failing decorator leaves the page as it is.
   */
  function decorate(fn) {
    state.decorators.push(fn);
  }

  function go(hash) {
    if (location.hash === hash) { route(); } else { location.hash = hash; }
  }

  function renderNav(active) {
    var nav = document.getElementById('nav');
    nav.textContent = '';
    if (!state.tokens) { nav.hidden = true; return; }
    nav.hidden = false;
    nav.setAttribute('aria-label', t('nav.label'));
    state.pages.forEach(function (p) {
      if (p.nav && (!p.when || p.when())) {
        nav.appendChild(el('a', { href: p.href, text: t(p.nav), 'aria-current': p === active ? 'page' : null }));
      }
    });
    nav.appendChild(el('button', { type: 'button', id: 'logout', text: t('logout.button'), onclick: logout }));
  }

  async function route() {
    var hash = location.hash || '#/';
    var match = null;
    var args = [];
    for (var i = 0; i < state.pages.length && !match; i++) {
      var m = state.pages[i].path.exec(hash);
      if (m) { match = state.pages[i]; args = m.slice(1).map(decodeURIComponent); }
    }
    if (!state.tokens && (!match || !match.public)) {
      match = state.pages.filter(function (p) { return p.public; })[0];
      args = [];
    }
    if (state.tokens && (!match || match.public || (match.when && !match.when()))) {
      // the first home page this person may see (coaches: participants; coordinators: reports)
      var homes = state.pages.filter(function (p) { return p.home; });
      match = homes.filter(function (p) { return !p.when || p.when(); })[0] || homes[0];
      args = [];
    }
    // a fresh view element each time: a page still loading from the previous route keeps writing into
    // its own, now detached, element instead of adding its content below the new page
    var old = document.getElementById('view');
    var view = old.cloneNode(false);
    old.replaceWith(view);
    state.current = { page: match, args: args };
    document.title = t(match.title) + ' – Stegvis';
    renderNav(match);
    view.setAttribute('aria-busy', 'true');
    try {
      await match.render.apply(null, [view].concat(args));
    } catch (e) {
      view.textContent = '';
      if (e instanceof SessionEnded) {
        announce('session.ended');
        go('#/login');
        return;
      }
      view.appendChild(heading(t(match.title)));
      view.appendChild(notice(e instanceof NetworkError ? t('error.network') : t('error.general')));
    } finally {
      view.setAttribute('aria-busy', 'false');
    }
    var shown = state.current;
    var stillShown = function () { return state.current === shown; };
    if (state.tokens && !match.public) {
      for (var d = 0; d < state.decorators.length && stillShown(); d++) {
        try { await state.decorators[d](view, match, stillShown); } catch (e) { /* the page itself is shown */ }
      }
    }
    var h1 = view.querySelector('h1');
    if (h1) { h1.focus(); }
  }

  /** Fetches JSON (or, with accept, text such as SVG) for a page; anything but 200 becomes an error the router shows. */
  async function load(path, accept) {
    var reply = await api('GET', path, undefined, accept);
    if (reply.status !== 200) {
      var error = new Error(path + ' ' + reply.status);
      error.reply = reply;
      throw error;
    }
    return reply.body;
  }

  /** 16–100 printable ASCII characters, as the API asks of an Idempotency-Key: a UUID, or 32 random hex digits. */
  function newKey() {
    var c = window.crypto;
    if (c && typeof c.randomUUID === 'function') { return c.randomUUID(); }
    var bytes = new Uint8Array(16);
    c.getRandomValues(bytes);
    return Array.prototype.map.call(bytes, function (b) { return (b < 16 ? '0' : '') + b.toString(16); }).join('');
  }

  window.StegvisStaff = {
    page: page, decorate: decorate, go: go, t: t, local: local, el: el, heading: heading, notice: notice, announce: announce,
    saveFile: saveFile,
    formatDate: formatDate, answerText: answerText, teamPicker: teamPicker, isTeamLead: isTeamLead,
    api: api, load: load, send: send, signedIn: signedIn, loadMe: loadMe, NetworkError: NetworkError, newKey: newKey,
    state: function () { return { lang: state.lang, me: state.me, teamId: state.teamId, signedIn: !!state.tokens }; }
  };

  document.addEventListener('DOMContentLoaded', function () {
    var buttons = document.querySelectorAll('#languages button[data-lang]');
    for (var i = 0; i < buttons.length; i++) {
      buttons[i].addEventListener('click', function (e) { setLanguage(e.currentTarget.getAttribute('data-lang')); });
    }
    window.addEventListener('hashchange', route);
    setLanguage(browserLanguage());
  });
}());
