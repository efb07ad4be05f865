/*
 * Stegvis participant portal. Plain ES2017, no framework, no third party: it must run on old
 * phones over weak connections. Every text comes from /assets/i18n/{lang}.json.
 *
 * Structure: i18n (texts, language), api (fetch with timeout), views (functions returning DOM),
 * flows (what happens on /, on /i/{code}, on logout). New screens are new view functions.
 */
(function () {
  'use strict';

  var LANGUAGES = ['sv', 'en', 'ar'];
  var RTL = { ar: true };
  var TIMEOUT_MS = 20000;

  var state = {
    lang: 'sv',
    texts: {},
    rendered: null, // { view: name, args: [...] } so a language switch can redraw the same view
    // The language picked with the switcher, in memory only: on a shared phone a stored choice would
    // tell the next person that someone here reads Arabic. A reload falls back to the profile/browser.
    chosenLang: null,
    me: null // the signed-in participant (name, team), for texts that name the team
  };

  // ---------------------------------------------------------------- i18n

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
    return null;
  }

  /**
   * On page load: the browser's language, else Swedish. Nothing is read from the phone's storage;
   * once signed in, the participant's preferredLanguage from the profile takes over.
   */
  function initialLanguage() {
    return browserLanguage() || 'sv';
  }

  function t(key, params) {
    var text = Object.prototype.hasOwnProperty.call(state.texts, key) ? state.texts[key] : key;
    if (params) {
      // In right-to-left text a Latin name is isolated so punctuation stays where it belongs.
      var open = RTL[state.lang] ? '\u2068' : '';
      var close = RTL[state.lang] ? '\u2069' : '';
      Object.keys(params).forEach(function (name) {
        text = text.split('{' + name + '}').join(open + params[name] + close);
      });
    }
    return text;
  }

  async function loadTexts(lang) {
    var response = await fetch('/assets/i18n/' + lang + '.json', { credentials: 'same-origin' });
    if (!response.ok) { throw new Error('texts ' + response.status); }
    return response.json();
  }

  async function setLanguage(lang) {
    var texts = await loadTexts(lang);
    state.lang = lang;
    state.texts = texts;
    var html = document.documentElement;
    html.setAttribute('lang', lang);
    html.setAttribute('dir', RTL[lang] ? 'rtl' : 'ltr');
    document.title = t('app.title');
    if (window.Stegvis && typeof window.Stegvis.onLanguageChanged === 'function') { window.Stegvis.onLanguageChanged(); }
    var nav = document.getElementById('languages');
    nav.setAttribute('aria-label', t('languages.label'));
    var buttons = nav.querySelectorAll('button[data-lang]');
    for (var i = 0; i < buttons.length; i++) {
      buttons[i].setAttribute('aria-pressed', buttons[i].getAttribute('data-lang') === lang ? 'true' : 'false');
    }
    if (state.rendered) { show(state.rendered.view, state.rendered.args, false); }
  }

  /** The participant's profile language applies unless they used the switcher since this page loaded. */
  async function preferLanguage(lang) {
    var wanted = supported(lang);
    if (wanted && !state.chosenLang && wanted !== state.lang) {
      await setLanguage(wanted);
    }
  }

  // ---------------------------------------------------------------- api

  function NetworkError() { this.name = 'NetworkError'; }

  /**
   * Resolves to { status, body, retryAfter } for any HTTP answer; rejects with NetworkError when
   * none came. extraHeaders e.g. { 'Idempotency-Key': key }.
   */
  async function api(method, path, body, extraHeaders) {
    var controller = typeof AbortController === 'function' ? new AbortController() : null;
    var timer = setTimeout(function () { if (controller) { controller.abort(); } }, TIMEOUT_MS);
    var options = {
      method: method,
      credentials: 'same-origin',
      headers: { 'Accept': 'application/json', 'Accept-Language': state.lang }
    };
    Object.keys(extraHeaders || {}).forEach(function (name) { options.headers[name] = extraHeaders[name]; });
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
    try { data = await response.json(); } catch (e) { data = null; }
    return { status: response.status, body: data, retryAfter: response.headers.get('Retry-After') };
  }

  // ---------------------------------------------------------------- dom helpers

  function el(tag, attrs, children) {
    var node = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (name) {
      if (name === 'text') { node.textContent = attrs[name]; } else if (name.indexOf('on') === 0) {
        node.addEventListener(name.substring(2), attrs[name]);
      } else { node.setAttribute(name, attrs[name]); }
    });
    (children || []).forEach(function (child) { if (child) { node.appendChild(child); } });
    return node;
  }

  function heading(text) {
    return el('h1', { text: text, tabindex: '-1' });
  }

  function notice(text) {
    return el('p', { 'class': 'notice', role: 'alert', text: text });
  }

  function announce(key) {
    document.getElementById('status').textContent = key ? t(key) : '';
  }

  /** A text given per language by the server ({sv, en, ar}): the current language, else Swedish. */
  function localized(texts) {
    if (!texts) { return ''; }
    return texts[state.lang] || texts.sv || texts.en || '';
  }

  /** Latin digits in every language: the forms themselves write 0 and 10 that way. */
  function locale() {
    return state.lang === 'ar' ? 'ar-u-nu-latn' : state.lang;
  }

  /** "2026-11-23" as a day the participant reads: "23 november". */
  function formatDate(iso) {
    var parts = /^(\d{4})-(\d{2})-(\d{2})/.exec(String(iso || ''));
    if (!parts) { return String(iso || ''); }
    var date = new Date(Date.UTC(+parts[1], +parts[2] - 1, +parts[3]));
    try {
      return date.toLocaleDateString(locale(), { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
    } catch (e) { return parts[0]; }
  }

  function formatNumber(value) {
    try { return Number(value).toLocaleString(locale(), { maximumFractionDigits: 1, useGrouping: false }); } catch (e) { return String(value); }
  }

  // ---------------------------------------------------------------- views

  var views = {
    /** Progress while something loads; the status region says what. */
    loading: function (key) {
      return [heading(t(key)), el('div', { 'class': 'spinner', 'aria-hidden': 'true' })];
    },

    /** No session: ask for the link, or a pasted link or code. */
    signIn: function (errorKey) {
      var input = el('input', {
        type: 'text', id: 'code', name: 'code', autocomplete: 'off', autocapitalize: 'off',
        autocorrect: 'off', spellcheck: 'false', inputmode: 'text', dir: 'ltr'
      });
      var form = el('form', { novalidate: 'novalidate', onsubmit: function (event) {
        event.preventDefault();
        var code = codeFrom(input.value);
        if (!code) { show('signIn', ['signIn.empty']); return; }
        redeem(code);
      } }, [
        el('label', { 'for': 'code', text: t('signIn.codeLabel') }),
        input,
        el('button', { type: 'submit', 'class': 'button', text: t('signIn.submit') })
      ]);
      return [
        heading(t('signIn.heading')),
        errorKey ? notice(t(errorKey)) : null,
        el('p', { text: t('signIn.intro') }),
        form
      ];
    },

    /**
     * Signed in: what is due now ("Dags att fylla i …"), the way to the participant's own answers,
     * and sign out. {@code due} is null when the list could not be fetched (the rest still works).
     */
    home: function (me, due) {
      var list = null;
      if (due === null) {
        list = el('div', {}, [
          notice(t('home.dueFailed')),
          el('button', { type: 'button', 'class': 'button secondary', text: t('action.retry'), onclick: function () { loadHome(); } })
        ]);
      } else if (due.length === 0) {
        list = el('p', { 'class': 'empty', text: t('home.nothingDue') });
      } else {
        list = el('ul', { 'class': 'due', 'aria-labelledby': 'due-heading' }, due.map(function (item) {
          return el('li', {}, [el('button', { type: 'button', 'class': 'due-item', onclick: function () { Stegvis.openQuestionnaire(item); } }, [
            el('span', { 'class': 'due-title', text: t('home.dueItem', { title: localized(item.title) || item.instrumentCode }) }),
            el('span', { 'class': 'due-date', text: t('home.dueDate', { date: formatDate(item.dueDate) }) })
          ])]);
        }));
      }
      return [
        heading(t('home.greeting', { name: me.displayName })),
        me.teamName ? el('p', { 'class': 'team', text: t('home.team', { team: me.teamName }) }) : null,
        el('div', { id: 'group-notices' }),
        el('h2', { id: 'due-heading', text: t('home.dueHeading') }),
        list,
        el('button', { type: 'button', 'class': 'button secondary', id: 'groups', text: t('groups.open'), onclick: function () { Stegvis.openGroups(); } }),
        sessionCodeForm(),
        el('button', { type: 'button', 'class': 'button secondary', id: 'history', text: t('history.open'), onclick: function () { Stegvis.openHistory(); } }),
        // The own copy (GDPR art. 15): plain links, the session cookie goes with them; the server sends it as a download.
        el('a', { href: '/api/participant/own-copy.html', download: '', 'class': 'button secondary own-copy', id: 'own-copy', text: t('ownCopy.download') }),
        el('p', { 'class': 'own-copy-about' }, [document.createTextNode(t('ownCopy.about') + ' '),
          el('a', { href: '/api/participant/own-copy', download: '', id: 'own-copy-json', text: t('ownCopy.json') })]),
        el('button', { type: 'button', 'class': 'button secondary', id: 'logout', text: t('logout'), onclick: logout })
      ];
    },

    /** Something failed that may work on a second try; nothing the participant did is lost. */
    retry: function (errorKey, again) {
      return [
        heading(t(errorKey)),
        el('button', { type: 'button', 'class': 'button', text: t('action.retry'), onclick: again })
      ];
    }
  };

  /**
   * "Got a code from your coach?": the six-character code of today's meeting opens the form the server
   * names next (ORS, then SRS) through the questionnaire flow (GET /api/participant/fit/sessions/{code}).
   */
  function sessionCodeForm() {
    var error = el('p', { 'class': 'notice', role: 'alert', id: 'session-code-error' });
    error.hidden = true;
    var input = el('input', {
      type: 'text', id: 'session-code', name: 'session-code', autocomplete: 'off', autocapitalize: 'characters',
      autocorrect: 'off', spellcheck: 'false', inputmode: 'text', dir: 'ltr', maxlength: '12',
      'aria-describedby': 'session-code-hint'
    });
    function fail(key) {
      error.textContent = t(key);
      error.hidden = false;
      input.setAttribute('aria-invalid', 'true');
      input.focus();
    }
    return el('form', { 'class': 'session-code', novalidate: 'novalidate', onsubmit: async function (event) {
      event.preventDefault();
      error.hidden = true;
      input.removeAttribute('aria-invalid');
      var code = input.value.replace(/\s+/g, '').toUpperCase();
      if (!code) { fail('sessionCode.empty'); return; }
      var result;
      try {
        result = await api('GET', '/api/participant/fit/sessions/' + encodeURIComponent(code));
      } catch (e) {
        fail('error.network');
        return;
      }
      if (result.status === 200 && result.body) {
        if (!result.body.next) { fail('sessionCode.done'); return; }
        Stegvis.openQuestionnaire({ instrumentCode: result.body.next, dueDate: result.body.heldOn });
      } else if (result.status === 401) {
        show('signIn', ['error.session']);
      } else if (result.status === 429) {
        fail('error.throttled');
      } else if (result.status === 404 || result.status === 400 || result.status === 422) {
        fail('sessionCode.unknown');
      } else {
        fail('error.server');
      }
    } }, [
      el('h2', { text: t('sessionCode.heading') }),
      el('label', { 'for': 'session-code', text: t('sessionCode.label') }),
      el('p', { 'class': 'hint', id: 'session-code-hint', text: t('sessionCode.hint') }),
      input,
      error,
      el('button', { type: 'submit', 'class': 'button', id: 'session-code-open', text: t('sessionCode.open') })
    ]);
  }

  /** Draws a view; moves focus to its heading so screen readers read the new page. */
  function show(view, args, focus) {
    state.rendered = { view: view, args: args || [] };
    var main = document.getElementById('view');
    while (main.firstChild) { main.removeChild(main.firstChild); }
    views[view].apply(null, state.rendered.args).forEach(function (node) { if (node) { main.appendChild(node); } });
    main.setAttribute('aria-busy', view === 'loading' ? 'true' : 'false');
    if (focus !== false) {
      var h1 = main.querySelector('h1');
      if (h1) { h1.focus(); }
    }
  }

  // ---------------------------------------------------------------- flows

  /** Accepts a bare code or a whole pasted link ending in /i/{code}. */
  function codeFrom(value) {
    var text = String(value || '').trim();
    var match = /\/i\/([^\/?#\s]+)/.exec(text);
    return match ? decodeURIComponent(match[1]) : text;
  }

  function invitationCodeInUrl() {
    var match = /^\/i\/([^\/?#]+)\/?$/.exec(window.location.pathname);
    return match ? decodeURIComponent(match[1]) : null;
  }

  function forgetCodeInUrl() {
    if (window.location.pathname !== '/') { window.history.replaceState(null, '', '/'); }
  }

  async function redeem(code) {
    show('loading', ['signingIn']);
    announce('signingIn');
    var result;
    try {
      result = await api('POST', '/api/invitations/redeem', { code: code });
    } catch (e) {
      announce(null);
      show('retry', ['error.network', function () { redeem(code); }]);
      return;
    }
    announce(null);
    if (result.status === 200 && result.body) {
      forgetCodeInUrl();
      await preferLanguage(result.body.preferredLanguage);
      await loadHome(result.body);
    } else if (result.status === 404 || result.status === 410) {
      forgetCodeInUrl();
      show('signIn', ['error.used']);
    } else if (result.status === 429) {
      show('retry', ['error.throttled', function () { redeem(code); }]);
    } else if (result.status === 400) {
      forgetCodeInUrl();
      show('signIn', ['error.used']);
    } else {
      show('retry', ['error.server', function () { redeem(code); }]);
    }
  }

  /** Asks who is signed in, then what is due; shows home, or the sign-in page when there is no session. */
  async function loadHome(fallback) {
    var result;
    try {
      result = await api('GET', '/api/participant/me');
    } catch (e) {
      if (fallback) { state.me = fallback; show('home', [fallback, null]); announce('signedIn'); return; }
      show('retry', ['error.network', function () { loadHome(); }]);
      return;
    }
    if (result.status === 200 && result.body) {
      state.me = result.body;
      await preferLanguage(result.body.preferredLanguage);
      show('home', [result.body, await loadDue()]);
      var notices = document.getElementById('group-notices');
      if (notices && window.Stegvis.groupNotices) { window.Stegvis.groupNotices(notices); }
      if (fallback) { announce('signedIn'); }
    } else if (result.status === 401 || result.status === 403 || result.status === 404) {
      show('signIn', []);
    } else {
      show('retry', ['error.server', function () { loadHome(fallback); }]);
    }
  }

  /** What is due and not yet answered, or null when the list could not be fetched. */
  async function loadDue() {
    try {
      var result = await api('GET', '/api/participant/due');
      if (result.status !== 200 || !Array.isArray(result.body)) { return null; }
      return result.body.filter(function (item) { return !item.answered; });
    } catch (e) {
      return null;
    }
  }

  async function logout() {
    var result;
    try {
      result = await api('POST', '/api/participant/logout');
    } catch (e) {
      show('retry', ['error.network', logout]);
      return;
    }
    if (result.status >= 500) {
      show('retry', ['error.server', logout]);
      return;
    }
    show('signIn', []);
    announce('loggedOut');
  }

  function wireLanguageSwitcher() {
    var buttons = document.querySelectorAll('#languages button[data-lang]');
    for (var i = 0; i < buttons.length; i++) {
      buttons[i].addEventListener('click', function (event) {
        var lang = event.currentTarget.getAttribute('data-lang');
        state.chosenLang = lang;
        setLanguage(lang).catch(function () { announce('error.network'); });
      });
    }
  }

  async function start() {
    wireLanguageSwitcher();
    try {
      await setLanguage(initialLanguage());
    } catch (e) {
      // Without texts there is nothing to say; offer a wordless retry.
      var main = document.getElementById('view');
      main.setAttribute('aria-busy', 'false');
      main.appendChild(el('button', { type: 'button', 'class': 'button', text: '\u21bb', onclick: function () { window.location.reload(); } }));
      return;
    }
    var code = invitationCodeInUrl();
    if (code) {
      await redeem(code);
    } else {
      show('loading', ['loading'], false);
      await loadHome();
    }
  }

  /** 16–100 printable ASCII characters, as the API asks of an Idempotency-Key: a UUID, or 32 random hex digits. */
  function newKey() {
    var c = window.crypto;
    if (c && typeof c.randomUUID === 'function') { return c.randomUUID(); }
    var bytes = new Uint8Array(16);
    c.getRandomValues(bytes);
    return Array.prototype.map.call(bytes, function (b) { return (b < 16 ? '0' : '') + b.toString(16); }).join('');
  }

  /** What the other portal scripts (questionnaire.js, slider.js) build on. */
  window.Stegvis = {
    state: state, t: t, api: api, el: el, heading: heading, notice: notice, announce: announce, show: show,
    views: views, localized: localized, formatDate: formatDate, formatNumber: formatNumber,
    NetworkError: NetworkError, loadHome: loadHome, newKey: newKey
  };

  // Deferred scripts all run before DOMContentLoaded, so the questionnaire scripts are in place by then.
  if (document.readyState === 'complete') {
    start();
  } else {
    document.addEventListener('DOMContentLoaded', start);
  }
}());
