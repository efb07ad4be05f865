/*
 * The violence screening on the phone: the questionnaire flow of questionnaire.js, made safe.
 *
 * While a screening is open: a "Leave quickly" button is always on screen and Esc twice does the
 * same: the answers are dropped from memory and location.replace() swaps this page for a neutral
 * site, so Back does not lead here (the portal never pushes history entries: the questionnaire has
 * no URL of its own). The tab title stays neutral, and after a short time without a touch the
 * answers are dropped and the portal goes home. After sending, the participant sees where to get
 * help now and the local support material, never their answers again.
 */
(function () {
  'use strict';
  var S = window.Stegvis;
  var el = S.el;
  var t = S.t;
  var views = S.views;
  var ESC_WINDOW_MS = 1500;

  var safety = {
    // Until the server's settings arrive: a neutral site that always exists.
    exitUrl: 'https://www.google.com/',
    idleSeconds: 300,
    active: false,
    q: null,
    idleTimer: null,
    lastEsc: 0
  };

  function handles(q) {
    return !!(q && q.instrument && q.instrument.privacyMode === 'CONFIDENTIAL');
  }

  async function loadSettings() {
    try {
      var result = await S.api('GET', '/api/participant/screening');
      if (result.status === 200 && result.body) {
        if (result.body.quickExitUrl) { safety.exitUrl = result.body.quickExitUrl; }
        if (result.body.idleTimeoutSeconds > 0) { safety.idleSeconds = result.body.idleTimeoutSeconds; }
      }
    } catch (e) {
      // The defaults keep the page safe.
    }
  }

  /** Drops every answer of the open screening from memory. */
  function forget() {
    if (safety.q) {
      clearTimeout(safety.q.timer);
      safety.q.answers = {};
      safety.q.sending = null;
      safety.q.errors = {};
    }
    safety.q = null;
  }

  function quickExit() {
    forget();
    var main = document.getElementById('view');
    while (main.firstChild) { main.removeChild(main.firstChild); }
    window.location.replace(safety.exitUrl);
  }

  function exitButton() {
    var existing = document.getElementById('quick-exit');
    if (existing) { return existing; }
    // In the header (the banner landmark), which stays on screen while the screening is open.
    var button = el('button', { type: 'button', id: 'quick-exit', 'class': 'quick-exit', onclick: quickExit });
    var bar = document.querySelector('header.bar');
    bar.insertBefore(button, bar.firstChild);
    document.body.classList.add('screening-open');
    return button;
  }

  function onKey(event) {
    if (!safety.active) { return; }
    touched();
    if (event.key !== 'Escape' && event.key !== 'Esc') { return; }
    var now = Date.now();
    if (now - safety.lastEsc <= ESC_WINDOW_MS) { quickExit(); } else { safety.lastEsc = now; }
  }

  function touched() {
    if (!safety.active) { return; }
    clearTimeout(safety.idleTimer);
    safety.idleTimer = setTimeout(idle, safety.idleSeconds * 1000);
  }

  function idle() {
    if (!safety.active) { return; }
    end();
    S.loadHome().then(function () { S.announce('screening.idle'); });
  }

  /** Texts that follow the language: the button's label and the tab title. */
  function relabel() {
    if (!safety.active) { return; }
    exitButton().textContent = t('screening.leave');
    document.title = t('screening.pageTitle');
  }

  /** The screening opens: safety on, settings fetched, nothing added to the history. */
  function begin(q) {
    safety.q = q;
    safety.active = true;
    safety.lastEsc = 0;
    if (window.location.pathname !== '/' || window.location.search || window.location.hash) {
      window.history.replaceState(null, '', '/');
    }
    relabel();
    touched();
    return loadSettings();
  }

  /** Leaves the screening: answers forgotten, button gone, ordinary title back. */
  function end() {
    forget();
    safety.active = false;
    clearTimeout(safety.idleTimer);
    var button = document.getElementById('quick-exit');
    if (button) { button.parentNode.removeChild(button); }
    document.body.classList.remove('screening-open');
    document.title = t('app.title');
  }

  function urgent(answers) {
    return answers.ongoing === 'YES' || answers.wants_support_now === 'YES';
  }

  /** After a 201: help now for everyone (first and stressed when the answers were urgent), then the material. */
  async function done(q, body) {
    var wasUrgent = urgent(q.answers || {});
    forget();
    var material = null;
    try {
      var result = await S.api('GET', '/api/participant/screening/support-material?language=' + encodeURIComponent(S.state.lang));
      if (result.status === 200 && result.body) { material = result.body.material; }
    } catch (e) {
      material = null;
    }
    S.show('screeningDone', [body && body.helpNow ? body.helpNow : {}, material, wasUrgent]);
    touched();
  }

  function phone(number, label) {
    return el('li', {}, [
      el('span', { text: label + ' ' }),
      el('a', { href: 'tel:' + String(number).replace(/[^0-9+]/g, ''), dir: 'ltr', text: number })
    ]);
  }

  views.screeningDone = function (help, material, wasUrgent) {
    var helpList = el('ul', { 'class': 'help-now', 'aria-labelledby': 'help-heading' }, [
      phone(help.emergencyNumber || '112', t('screening.help.emergency')),
      phone(help.kvinnofridslinjen || '020-50 50 50', t('screening.help.kvinnofridslinjen')),
      help.localContacts ? el('li', { text: t('screening.help.local', { contacts: help.localContacts }) }) : null
    ]);
    var materialPart = null;
    if (material && (material.text || material.url)) {
      materialPart = el('section', { 'class': 'support-material', 'aria-labelledby': 'material-heading' }, [
        el('h2', { id: 'material-heading', text: t('screening.material.heading') }),
        material.text ? el('p', { text: material.text }) : null,
        material.url ? el('p', {}, [el('a', { href: material.url, rel: 'noopener noreferrer', target: '_blank',
          text: t('screening.material.link') })]) : null
      ]);
    }
    return [
      S.heading(t('screening.thanks')),
      wasUrgent ? el('p', { 'class': 'notice', role: 'alert', id: 'urgent', text: t('screening.urgent') }) : null,
      el('h2', { id: 'help-heading', text: t('screening.help.heading') }),
      helpList,
      materialPart,
      el('p', { text: t('screening.notShownAgain') }),
      el('button', { type: 'button', 'class': 'button', id: 'home', text: t('q.toHome'), onclick: function () {
        end();
        S.loadHome();
      } })
    ];
  };

  /** The intro's extra line and the way to decline the whole screening. */
  function introExtras(q, decline) {
    return [
      el('p', { 'class': 'info', id: 'confidential', text: t('screening.intro') }),
      el('button', { type: 'button', 'class': 'button secondary', id: 'decline', text: t('screening.decline'), onclick: decline })
    ];
  }

  document.addEventListener('keydown', onKey, true);
  ['pointerdown', 'input', 'touchstart'].forEach(function (type) {
    document.addEventListener(type, touched, { capture: true, passive: true });
  });

  S.onLanguageChanged = function () { relabel(); };
  S.screening = {
    handles: handles,
    begin: begin,
    end: end,
    done: done,
    introExtras: introExtras,
    submitPath: '/api/participant/screening/responses'
  };
}());
