/*
 * The 0–10 line (visual analogue scale) of ORS and SRS, as an ARIA slider.
 *
 * Why not <input type=range>: a range input always holds a value, and an untouched line must
 * mean "not answered", never 0. So: role=slider without aria-valuenow until the participant
 * sets it (tap or drag on the line, or the keyboard), one decimal, and in Arabic the line runs
 * right to left (0 at the right).
 *
 * Keyboard: arrows ±0.5 (Shift ±0.1), Page Up/Down ±1, Home 0, End 10, a digit key sets that
 * whole number. The first arrow press on an untouched line lands on 5, the middle.
 */
(function () {
  'use strict';
  var S = window.Stegvis;
  var el = S.el;
  var t = S.t;

  function clamp(value) {
    return Math.min(10, Math.max(0, Math.round(value * 10) / 10));
  }

  /**
   * Builds the slider. labelId names the question; anchors are {low, high} per language or null;
   * value is a number or undefined; onChange(number) is told every change.
   */
  function vasSlider(options) {
    var value = typeof options.value === 'number' ? options.value : undefined;
    var rtl = S.state.lang === 'ar';
    var low = S.localized(options.anchors && options.anchors.low);
    var high = S.localized(options.anchors && options.anchors.high);

    var fill = el('div', { 'class': 'vas-fill' });
    var thumb = el('div', { 'class': 'vas-thumb' });
    var readout = el('p', { 'class': 'vas-value', id: options.id + '-value', 'aria-hidden': 'true' });
    var help = el('p', { 'class': 'vas-help', id: options.id + '-help', text: t('vas.help', { low: low, high: high }) });
    var slider = el('div', {
      id: options.id, role: 'slider', tabindex: '0', 'class': 'vas-slider',
      'aria-labelledby': options.labelId, 'aria-describedby': options.id + '-help',
      'aria-valuemin': '0', 'aria-valuemax': '10', 'aria-orientation': 'horizontal'
    }, [el('div', { 'class': 'vas-track' }, [fill, thumb])]);

    function draw() {
      var set = typeof value === 'number';
      slider.classList.toggle('unset', !set);
      if (set) {
        var number = S.formatNumber(value);
        slider.setAttribute('aria-valuenow', String(value));
        slider.setAttribute('aria-valuetext', t('vas.valueText', { value: number, low: low, high: high }));
        readout.textContent = number;
        var percent = value * 10 + '%';
        thumb.style[rtl ? 'right' : 'left'] = percent;
        thumb.style[rtl ? 'left' : 'right'] = 'auto';
        fill.style.width = percent;
      } else {
        slider.removeAttribute('aria-valuenow');
        slider.setAttribute('aria-valuetext', t('answer.none'));
        readout.textContent = t('vas.untouched');
      }
    }

    function set(next) {
      value = clamp(next);
      draw();
      options.onChange(value);
    }

    function fromPointer(clientX) {
      var box = slider.querySelector('.vas-track').getBoundingClientRect();
      if (box.width <= 0) { return; }
      var fraction = (clientX - box.left) / box.width;
      set((rtl ? 1 - fraction : fraction) * 10);
    }

    var dragging = false;
    if (window.PointerEvent) {
      slider.addEventListener('pointerdown', function (event) {
        dragging = true;
        if (slider.setPointerCapture) { try { slider.setPointerCapture(event.pointerId); } catch (e) { /* fine */ } }
        fromPointer(event.clientX);
        slider.focus();
        event.preventDefault();
      });
      slider.addEventListener('pointermove', function (event) { if (dragging) { fromPointer(event.clientX); } });
      slider.addEventListener('pointerup', function () { dragging = false; });
      slider.addEventListener('pointercancel', function () { dragging = false; });
    } else {
      slider.addEventListener('touchstart', function (event) { fromPointer(event.touches[0].clientX); }, { passive: true });
      slider.addEventListener('touchmove', function (event) { fromPointer(event.touches[0].clientX); }, { passive: true });
      slider.addEventListener('mousedown', function (event) { fromPointer(event.clientX); });
    }

    slider.addEventListener('keydown', function (event) {
      var step = event.shiftKey ? 0.1 : 0.5;
      var key = event.key;
      var current = typeof value === 'number' ? value : null;
      var next;
      if (rtl && key === 'ArrowLeft') { key = 'ArrowRight'; } else if (rtl && key === 'ArrowRight') { key = 'ArrowLeft'; }
      if (key === 'ArrowRight' || key === 'ArrowUp' || key === 'Right' || key === 'Up') {
        next = current === null ? 5 : current + step;
      } else if (key === 'ArrowLeft' || key === 'ArrowDown' || key === 'Left' || key === 'Down') {
        next = current === null ? 5 : current - step;
      } else if (key === 'PageUp') {
        next = current === null ? 5 : current + 1;
      } else if (key === 'PageDown') {
        next = current === null ? 5 : current - 1;
      } else if (key === 'Home') {
        next = 0;
      } else if (key === 'End') {
        next = 10;
      } else if (/^[0-9]$/.test(key)) {
        next = Number(key);
      } else {
        return;
      }
      event.preventDefault();
      set(next);
    });

    draw();
    var ends = el('div', { 'class': 'vas-ends', 'aria-hidden': 'true' }, [
      el('span', { 'class': 'vas-low' }, [el('b', { text: '0' }), el('span', { text: low })]),
      el('span', { 'class': 'vas-high' }, [el('b', { text: '10' }), el('span', { text: high })])
    ]);
    return el('div', { 'class': 'vas' }, [readout, slider, ends, help]);
  }

  S.vasSlider = vasSlider;
}());
