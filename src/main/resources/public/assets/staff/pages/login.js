/* Login: username, password and the authenticator's code; clear errors, lockout with minutes from Retry-After. */
(function (S) {
  'use strict';

  var ERRORS = {
    'mfa-required': 'login.error.totp-missing',
    'security.invalid-credentials': 'login.error.credentials',
    'security.invalid-totp': 'login.error.totp',
    'security.totp-reused': 'login.error.totp-reused'
  };

  function field(id, type, label, attrs) {
    var input = S.el('input', Object.assign({ id: id, name: id, type: type, required: true }, attrs || {}));
    return S.el('div', {}, [S.el('label', { 'for': id, text: S.t(label) }), input]);
  }

  function problemText(reply) {
    if (reply.status === 429) {
      var seconds = parseInt(reply.retryAfter, 10);
      var minutes = isNaN(seconds) ? 15 : Math.max(1, Math.ceil(seconds / 60));
      return S.t('login.error.locked', { minutes: minutes });
    }
    var code = reply.body && reply.body.code;
    if (code && ERRORS[code]) { return S.t(ERRORS[code]); }
    if (reply.status === 400) { return S.t('login.error.missing'); }
    return S.t('error.general');
  }

  S.page('login', {
    path: /^#\/login$/,
    title: 'login.title',
    public: true,
    render: async function (view) {
      var error = S.el('div', { id: 'login-error' });
      var button = S.el('button', { type: 'submit', 'class': 'button', text: S.t('login.submit') });
      var form = S.el('form', { 'class': 'login', novalidate: true }, [
        field('username', 'text', 'login.username', { autocomplete: 'username', autocapitalize: 'none', spellcheck: 'false' }),
        field('password', 'password', 'login.password', { autocomplete: 'current-password' }),
        field('totp', 'text', 'login.totp', { autocomplete: 'one-time-code', inputmode: 'numeric', maxlength: '10',
          'aria-describedby': 'totp-hint' }),
        S.el('p', { id: 'totp-hint', 'class': 'hint', text: S.t('login.totp.hint') }),
        button
      ]);
      form.addEventListener('submit', async function (e) {
        e.preventDefault();
        error.textContent = '';
        var body = {
          username: form.username.value.trim(),
          password: form.password.value,
          totp: form.totp.value.replace(/\s+/g, '')
        };
        if (!body.username || !body.password || !body.totp) {
          error.appendChild(S.notice(S.t('login.error.missing')));
          return;
        }
        button.disabled = true;
        S.announce('login.busy');
        var reply;
        try {
          reply = await S.send('POST', '/api/auth/login', body);
        } catch (err) {
          button.disabled = false;
          S.announce(null);
          error.appendChild(S.notice(S.t('error.network')));
          return;
        }
        button.disabled = false;
        S.announce(null);
        if (reply.status !== 200) {
          form.totp.value = '';
          error.appendChild(S.notice(problemText(reply)));
          return;
        }
        S.signedIn(reply.body);
        await S.loadMe();
        S.go('#/participants');
      });
      view.appendChild(S.heading(S.t('login.title')));
      view.appendChild(S.el('p', { text: S.t('login.intro') }));
      view.appendChild(error);
      view.appendChild(form);
    }
  });
}(window.StegvisStaff));
