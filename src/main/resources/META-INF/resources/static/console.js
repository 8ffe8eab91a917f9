// Lantian console: forms post JSON to the API with the CSRF header; countdowns; no reload while someone types.
(function () {
  function csrf() {
    var m = document.cookie.match(/(?:^|;\s*)lantian-csrf=([^;]+)/);
    return m ? decodeURIComponent(m[1]) : '';
  }

  function body(form) {
    var json = {};
    form.querySelectorAll('input[name], textarea[name], select[name]').forEach(function (el) {
      if (el.type === 'checkbox') { json[el.name] = el.checked; return; }
      var v = el.value;
      if (v === '' || v == null) { return; }
      json[el.name] = el.dataset.type === 'int' ? parseInt(v, 10) : v;
    });
    return json;
  }

  document.addEventListener('submit', function (e) {
    var form = e.target.closest('form.api-form');
    if (!form) { return; }
    e.preventDefault();
    var error = form.querySelector('.form-error');
    var button = form.querySelector('button[type=submit]');
    if (error) { error.textContent = ''; }
    button.disabled = true;
    fetch(form.dataset.api, {
      method: form.dataset.method || 'POST',
      credentials: 'same-origin',
      headers: { 'Content-Type': 'application/json', 'X-CSRF-Token': csrf(), 'X-Requested-With': 'JavaScript' },
      body: JSON.stringify(body(form))
    }).then(function (r) {
      if (r.status === 401) { window.location = '/signin'; return; }
      if (r.ok) {
        form.classList.add('done');
        delete form.closest('.panel').dataset.editing;
        document.querySelectorAll('.panel[hx-get]').forEach(function (p) { htmx.trigger(p, 'refresh'); });
        return;
      }
      return r.json().catch(function () { return { error: r.status + ' ' + r.statusText }; }).then(function (b) {
        if (!error) { return; }
        // the 36-hour rule: say it in the console's words, keep the API's reasons, and point at the override field
        var override = b.field === 'overrideReason' ? form.querySelector('[name=overrideReason]') : null;
        error.textContent = (override && form.dataset.overrideHint ? form.dataset.overrideHint + '\n' : '') + (b.error || (r.status + ''));
        if (override) { override.focus(); }
      });
    }).catch(function (x) {
      if (error) { error.textContent = String(x); }
    }).finally(function () { button.disabled = false; });
  });

  // A panel someone is typing in is not reloaded under their hands; it is marked and reloads after the submit.
  document.addEventListener('input', function (e) {
    var panel = e.target.closest('.panel');
    if (panel) { panel.dataset.editing = '1'; }
  });
  document.addEventListener('htmx:beforeRequest', function (e) {
    var panel = e.detail.elt;
    if (panel && panel.classList && panel.classList.contains('panel') && panel.dataset.editing) {
      e.preventDefault();
      panel.classList.add('stale');
    }
  });
  document.addEventListener('htmx:afterSwap', function (e) {
    if (e.detail.elt && e.detail.elt.classList) { e.detail.elt.classList.remove('stale'); }
  });

  function tick() {
    var now = Date.now();
    document.querySelectorAll('.countdown[data-deadline]').forEach(function (el) {
      var left = Math.floor((Date.parse(el.dataset.deadline) - now) / 1000);
      if (isNaN(left)) { return; }
      var sign = left < 0 ? '-' : '';
      left = Math.abs(left);
      var h = Math.floor(left / 3600), m = Math.floor(left % 3600 / 60), s = left % 60;
      el.textContent = ' ⏱ ' + sign + h + ':' + String(m).padStart(2, '0') + ':' + String(s).padStart(2, '0');
    });
  }
  setInterval(tick, 1000);
  document.addEventListener('htmx:afterSwap', tick);

  // The reduction-list import: the chosen file is posted as it is (text/csv); a refusal's rows go into the table.
  document.addEventListener('submit', function (e) {
    var form = e.target.closest('form.csv-form');
    if (!form) { return; }
    e.preventDefault();
    var file = form.querySelector('input[type=file]').files[0];
    var ok = form.querySelector('.import-ok');
    var errors = form.querySelector('.import-errors');
    var rows = errors.querySelector('tbody');
    var button = form.querySelector('button[type=submit]');
    ok.hidden = true;
    errors.hidden = true;
    rows.textContent = '';
    if (!file) { return; }
    button.disabled = true;
    fetch(form.dataset.api, {
      method: 'POST',
      credentials: 'same-origin',
      headers: { 'Content-Type': 'text/csv; charset=UTF-8', 'X-CSRF-Token': csrf(), 'X-Requested-With': 'JavaScript' },
      body: file
    }).then(function (r) {
      if (r.status === 401) { window.location = '/signin'; return; }
      return r.json().catch(function () { return { error: r.status + ' ' + r.statusText }; }).then(function (b) {
        if (r.ok) {
          var panel = form.closest('.panel');
          var text = ok.dataset.text + ' ' + b.version + ' (' + b.enterprises + ')';
          delete panel.dataset.editing;
          // the panel reloads with the new version; the result is shown in the reloaded form
          panel.addEventListener('htmx:afterSwap', function shown() {
            panel.removeEventListener('htmx:afterSwap', shown);
            var again = panel.querySelector('form.csv-form .import-ok');
            if (again) { again.textContent = text; again.hidden = false; }
          });
          htmx.trigger(panel, 'refresh');
          return;
        }
        errors.querySelector('.form-error').textContent = b.error || (r.status + '');
        (b.errors || []).forEach(function (x) {
          var tr = document.createElement('tr');
          [x.row, x.column, x.reason].forEach(function (v) {
            var td = document.createElement('td');
            td.textContent = v == null ? '' : String(v);
            tr.appendChild(td);
          });
          rows.appendChild(tr);
        });
        errors.hidden = false;
      });
    }).catch(function (x) {
      errors.querySelector('.form-error').textContent = String(x);
      errors.hidden = false;
    }).finally(function () { button.disabled = false; });
  });
})();
