// The self-assessment page of selfcheck serve: writes the form as the YAML 'selfcheck check' reads, sends it to the
// server a moment after each change, and shows the predicted judgements that come back. Nothing leaves the machine:
// every request goes to the server that served this page.
(function () {
  'use strict';
  var body = document.body;
  var token = body.getAttribute('data-token');
  var gradeWords = JSON.parse(body.getAttribute('data-grades'));
  var form = document.getElementById('assessment');
  var version = form.getAttribute('data-version');
  var gradesList = document.getElementById('grades');
  var problems = document.getElementById('problems');
  var checkStatus = document.getElementById('check-status');
  var saveStatus = document.getElementById('save-status');
  var reloadButton = document.getElementById('reload');
  var prioritiesList = document.getElementById('priorities');
  var prioritiesStatus = document.getElementById('priorities-status');
  var draftStatus = document.getElementById('draft-status');
  var previous = {};
  var timer = null;
  var fullTimer = null;
  var sent = 0;
  var sentFull = 0;
  // the unsaved answers, kept in this browser so that a refresh or a crash loses at most the last change
  var draftKey = 'selfcheck-draft:' + form.getAttribute('data-file');

  function quote(text) {
    // a JSON string is a YAML double-quoted scalar
    return JSON.stringify(text);
  }

  function number(text) {
    var trimmed = text.trim();
    return /^-?[0-9]+(\.[0-9]+)?$/.test(trimmed) ? trimmed : quote(trimmed);
  }

  function value(id) {
    var element = document.getElementById(id);
    return element ? element.value : '';
  }

  /** The form as YAML, in the layout 'selfcheck init' writes. */
  function yaml() {
    var out = [];
    out.push('authority: ' + quote(value('authority')));
    out.push('date: ' + quote(value('date')));
    out.push('framework: ' + form.getAttribute('data-framework'));
    var visit = value('scope-visit');
    var theme = value('scope-theme');
    var judgements = Array.prototype.filter.call(form.querySelectorAll('input[name="scope.judgements"]'),
      function (box) { return box.checked; }).map(function (box) { return box.value; });
    if (visit || theme || judgements.length) {
      out.push('scope:');
      if (visit) { out.push('  visit: ' + visit); }
      if (theme) { out.push('  theme: ' + theme); }
      if (judgements.length) {
        out.push('  judgements:');
        judgements.forEach(function (j) { out.push('    - ' + j); });
      }
    }
    var grades = Array.prototype.filter.call(form.querySelectorAll('select[name="self_assessed_grades"]'),
      function (select) { return select.value; });
    if (grades.length) {
      out.push('self_assessed_grades:');
      grades.forEach(function (select) {
        out.push('  ' + select.getAttribute('data-judgement') + ': ' + select.value);
      });
    }
    var areas = [];
    Array.prototype.forEach.call(form.querySelectorAll('section.area'), function (area) {
      var themes = [];
      Array.prototype.forEach.call(area.querySelectorAll('fieldset.theme'), function (theme) {
        var lines = [];
        Array.prototype.forEach.call(theme.querySelectorAll('fieldset.criterion'), function (criterion) {
          criterionYaml(criterion, lines);
        });
        if (lines.length) {
          themes.push('    ' + theme.getAttribute('data-theme') + ':');
          Array.prototype.push.apply(themes, lines);
        }
      });
      // an area with nothing written stays out of the file, as its criteria do
      if (themes.length) {
        areas.push('  ' + area.getAttribute('data-area') + ':');
        Array.prototype.push.apply(areas, themes);
      }
    });
    out.push(areas.length ? 'answers:' : 'answers: {}');
    Array.prototype.push.apply(out, areas);
    return out.join('\n') + '\n';
  }

  function criterionYaml(criterion, out) {
    var id = criterion.getAttribute('data-criterion');
    var rating = criterion.querySelector('select.rating').value;
    var evidence = criterion.querySelector('textarea.evidence').value.trim();
    var figures = Array.prototype.filter.call(criterion.querySelectorAll('input.figure'),
      function (input) { return input.value.trim() !== '' || (input.validity && input.validity.badInput); });
    if (!evidence && !figures.length) {
      // a criterion the file left out stays left out until it is rated
      if (rating !== 'not_assessed' || criterion.getAttribute('data-left-out') !== 'true') {
        out.push('      ' + id + ': ' + rating);
      }
      return;
    }
    out.push('      ' + id + ':');
    out.push('        rating: ' + rating);
    if (evidence) { out.push('        evidence: ' + quote(evidence)); }
    if (figures.length) {
      out.push('        figures:');
      figures.forEach(function (input) {
        var text = input.validity && input.validity.badInput ? 'not a number' : input.value;
        out.push('          ' + input.getAttribute('data-figure') + ': ' + number(text));
      });
    }
  }

  function api(path, text, headers) {
    var all = { 'Content-Type': 'application/yaml; charset=utf-8' };
    all['X-Selfcheck-Token'] = token;
    Object.keys(headers || {}).forEach(function (key) { all[key] = headers[key]; });
    return fetch(path, { method: 'POST', headers: all, body: text, credentials: 'omit', cache: 'no-store' })
      .then(function (response) {
        return response.json().then(function (json) { return { status: response.status, json: json }; });
      });
  }

  function element(tag, className, text) {
    var node = document.createElement(tag);
    if (className) { node.className = className; }
    if (text !== undefined) { node.textContent = text; }
    return node;
  }

  function check() {
    var mine = ++sent;
    checkStatus.textContent = 'Checking the answers...';
    api('/api/predict', yaml()).then(function (result) {
      if (mine !== sent) { return; }
      if (result.status === 200) {
        showGrades(result.json);
        clearTimeout(fullTimer);
        fullTimer = setTimeout(checkFull, 600);
      } else if (result.status === 422) {
        showProblems(result.json);
      } else {
        checkStatus.textContent = result.json.error || 'The answers could not be checked.';
      }
    }).catch(function () {
      if (mine === sent) {
        checkStatus.textContent = 'The server does not answer: is selfcheck serve still running?';
      }
    });
  }

  function schedule(event) {
    if (event && event.target && event.target.id === 'framework') {
      // the framework changes only through the switch below, once confirmed
      if (event.type === 'change') { proposeSwitch(event.target.value); }
      return;
    }
    clearTimeout(timer);
    timer = setTimeout(check, 250);
    saveStatus.textContent = 'Not saved: changes made here.';
    keepDraft();
  }

  /** Every field's value by id (a check box as on or off), for the draft. */
  function fields() {
    var values = {};
    Array.prototype.forEach.call(form.querySelectorAll('input, select, textarea'), function (field) {
      if (!field.id || field.id === 'framework') { return; }
      values[field.id] = field.type === 'checkbox' ? (field.checked ? 'on' : 'off') : field.value;
    });
    return values;
  }

  function keepDraft() {
    try {
      window.localStorage.setItem(draftKey, JSON.stringify({ version: version, at: new Date().toISOString(),
        framework: form.getAttribute('data-framework'), fields: fields() }));
    } catch (e) {
      draftStatus.textContent = 'Unsaved changes cannot be kept in this browser: save often.';
    }
  }

  function dropDraft() {
    try { window.localStorage.removeItem(draftKey); } catch (e) { /* nothing was kept */ }
  }

  /**
   * Puts back the answers of a draft made from this version of the file, and says so; a draft made after switching
   * framework first switches the form again (what that dropped was confirmed when it was made).
   */
  function restoreDraft() {
    var draft = null;
    try { draft = JSON.parse(window.localStorage.getItem(draftKey) || 'null'); } catch (e) { draft = null; }
    if (!draft || !draft.fields) { return Promise.resolve(); }
    if (draft.version !== version) {
      draftStatus.textContent = 'Unsaved changes from an earlier visit were made to a version of the file that has '
        + 'changed since, so they were not restored.';
      dropDraft();
      return Promise.resolve();
    }
    if (draft.framework && draft.framework !== form.getAttribute('data-framework')) {
      return api('/api/switch?framework=' + encodeURIComponent(draft.framework), yaml()).then(function (result) {
        if (result.status === 200) {
          applySwitch(result.json);
          putBack(draft);
        } else {
          draftStatus.textContent = 'Unsaved changes from an earlier visit were made under another framework and '
            + 'could not be restored.';
        }
      });
    }
    putBack(draft);
    return Promise.resolve();
  }

  function putBack(draft) {
    Object.keys(draft.fields).forEach(function (id) {
      var field = document.getElementById(id);
      if (!field) { return; }
      if (field.type === 'checkbox') {
        field.checked = draft.fields[id] === 'on';
      } else {
        field.value = draft.fields[id];
      }
    });
    draftStatus.textContent = 'Restored the unsaved changes made here at ' + draft.at.replace('T', ' ').slice(0, 19)
      + ' UTC. Save them, or reload the file to drop them.';
    saveStatus.textContent = 'Not saved: changes made here.';
  }

  /** The full check, with the search for what would raise each grade: the priorities, when it finishes. */
  function checkFull() {
    var mine = ++sentFull;
    prioritiesStatus.textContent = 'Working out the priorities...';
    api('/api/check', yaml()).then(function (result) {
      if (mine !== sentFull) { return; }
      if (result.status === 200) {
        showPriorities(result.json);
      } else {
        prioritiesList.textContent = '';
        prioritiesStatus.textContent = 'The priorities follow once the answers can be checked.';
      }
    }).catch(function () {
      if (mine === sentFull) { prioritiesStatus.textContent = 'The server does not answer.'; }
    });
  }

  function questionOf(criterion) {
    var fieldset = document.getElementById('c-' + criterion);
    var legend = fieldset && fieldset.querySelector('legend');
    return legend ? legend.textContent : criterion;
  }

  function changesOf(raise) {
    var all = [];
    (raise.weaknesses || []).forEach(function (w) { Array.prototype.push.apply(all, w.changes || []); });
    return all;
  }

  /** At most five: the lifts found, fewest changes first, each change as the practice to improve. */
  function showPriorities(report) {
    var titles = findingTitles(report);
    var judgementTitles = {};
    report.areas.forEach(function (area) { judgementTitles[area.id] = area.title; });
    var lifts = (report.what_would_raise || []).filter(function (raise) { return raise.found; });
    lifts.sort(function (a, b) { return changesOf(a).length - changesOf(b).length; });
    prioritiesList.textContent = '';
    lifts.slice(0, 5).forEach(function (raise) {
      var item = element('li');
      item.appendChild(element('p', 'lift', (judgementTitles[raise.judgement] || raise.judgement) + ': from '
        + gradeWords[raise.grade] + ' to ' + gradeWords[raise.to] + '.'));
      var list = element('ul');
      (raise.weaknesses || []).forEach(function (weakness) {
        (weakness.changes || []).forEach(function (change) {
          var practice = document.getElementById('c-' + change.subject)
            ? 'Improve practice on: ' + questionOf(change.subject) + ' (now ' + change.from + '; aim: ' + change.to
              + ')'
            : capital(change.change);
          var line = element('li', null, practice);
          if (titles[weakness.id]) {
            line.appendChild(element('span', 'answers', ' This answers: ' + titles[weakness.id] + '.'));
          }
          list.appendChild(line);
        });
      });
      item.appendChild(list);
      prioritiesList.appendChild(item);
    });
    prioritiesStatus.textContent = lifts.length ? 'The fewest changes in practice that would lift a judgement one '
      + 'grade, re-checked through the rules:' : 'No set of changes was found that lifts a judgement one grade.';
  }

  function showProblems(json) {
    gradesList.hidden = true;
    problems.hidden = false;
    problems.textContent = '';
    checkStatus.textContent = json.summary + ' Fix these to see the predicted judgements:';
    json.errors.forEach(function (error) {
      var item = element('li', null, error.text);
      problems.appendChild(item);
    });
  }

  function findingTitles(report) {
    var titles = {};
    (report.findings || []).forEach(function (finding) { titles[finding.id] = finding.title; });
    return titles;
  }

  function showGrades(report) {
    problems.hidden = true;
    gradesList.hidden = false;
    var titles = findingTitles(report);
    var open = {};
    Array.prototype.forEach.call(gradesList.querySelectorAll('details[open]'), function (details) {
      open[details.getAttribute('data-judgement')] = true;
    });
    gradesList.textContent = '';
    var changed = [];
    var rows = report.areas.map(function (area) {
      return { id: area.id, title: area.title, grade: area.grade, area: area };
    });
    if (report.overall) {
      rows.push({ id: 'overall', title: 'Overall effectiveness', grade: report.overall.grade, area: report.overall });
    }
    rows.forEach(function (row) {
      var words = row.grade ? gradeWords[row.grade] : 'Not graded';
      var item = element('li', 'grade-row');
      var line = element('p', 'grade-line');
      line.appendChild(element('span', 'judgement', row.title));
      line.appendChild(document.createTextNode(' '));
      line.appendChild(element('strong', 'grade g-' + (row.grade || 'ungraded'), words));
      if (previous[row.id] !== undefined && previous[row.id] !== row.grade) {
        var was = previous[row.id] ? gradeWords[previous[row.id]] : 'not graded';
        line.appendChild(element('span', 'was', ' (was ' + was + ')'));
        item.className += ' moved';
        changed.push(row.title + ': ' + words + ', was ' + was);
      }
      item.appendChild(line);
      item.appendChild(reasons(row, titles, open[row.id]));
      gradesList.appendChild(item);
      previous[row.id] = row.grade;
    });
    checkStatus.textContent = changed.length ? 'Changed: ' + changed.join('; ') + '.'
      : 'Up to date with the answers.';
  }

  function reasons(row, titles, isOpen) {
    var details = element('details');
    details.setAttribute('data-judgement', row.id);
    if (isOpen) { details.open = true; }
    details.appendChild(element('summary', null, 'Why'));
    var area = row.area;
    if (area.strengths !== undefined) {
      details.appendChild(element('p', null, area.strengths + ' strengths and ' + area.weaknesses
        + ' weaknesses from ' + area.answered + ' answers.'));
    }
    if (area.basis) { details.appendChild(element('p', null, capital(area.basis) + '.')); }
    var list = element('ul');
    (area.reasons || []).forEach(function (reason) {
      var item = element('li', null, capital(reason.reason) + '.');
      var because = (reason.because || []).map(function (id) { return titles[id]; }).filter(Boolean);
      if (because.length) {
        var sub = element('ul');
        because.forEach(function (title) { sub.appendChild(element('li', null, title)); });
        item.appendChild(sub);
      }
      list.appendChild(item);
    });
    if (!list.childNodes.length) {
      list.appendChild(element('li', null, 'Nothing holds this judgement back.'));
    }
    details.appendChild(list);
    return details;
  }

  function capital(text) {
    return text ? text.charAt(0).toUpperCase() + text.slice(1) : text;
  }

  // ---- switching framework ----

  var switchStatus = document.getElementById('framework-status');
  var proposed = null;

  function frameworkTitle() {
    var select = document.getElementById('framework');
    var option = select && select.querySelector('option[value="' + form.getAttribute('data-framework') + '"]');
    return option ? option.textContent : form.getAttribute('data-framework');
  }

  function keepFramework(message) {
    var select = document.getElementById('framework');
    if (select) { select.value = form.getAttribute('data-framework'); }
    var panel = document.getElementById('switch-confirm');
    if (panel) { panel.hidden = true; panel.textContent = ''; }
    proposed = null;
    switchStatus.textContent = message;
  }

  /** Asks the server for the form under another framework; anything it would drop is shown first. */
  function proposeSwitch(id, confirmed) {
    if (id === form.getAttribute('data-framework')) { keepFramework(''); return; }
    switchStatus.textContent = 'Working out what switching framework keeps...';
    api('/api/switch?framework=' + encodeURIComponent(id), yaml()).then(function (result) {
      if (result.status !== 200) {
        keepFramework(result.status === 422 ? 'The framework can be switched once the answers can be checked: fix '
          + 'the problems listed under Predicted judgements first.' : (result.json.error || 'The framework could '
          + 'not be switched.'));
        return;
      }
      var dropped = result.json.dropped;
      if (!dropped.length || (confirmed && JSON.stringify(confirmed) === JSON.stringify(dropped))) {
        applySwitch(result.json);
        switchStatus.textContent = 'Switched to ' + result.json.title + (dropped.length ? ', dropping what was '
          + 'listed.' : '; every answer was kept.') + ' Nothing is written to the file until you save.';
        document.getElementById('framework').focus();
        schedule();
      } else {
        showConfirm(result.json);
      }
    }).catch(function () {
      keepFramework('The server does not answer: is selfcheck serve still running?');
    });
  }

  function showConfirm(json) {
    proposed = json;
    var panel = document.getElementById('switch-confirm');
    panel.textContent = '';
    panel.appendChild(element('h3', null, 'Switching to ' + json.title + ' drops ' + (json.dropped.length === 1
      ? 'this' : 'these ' + json.dropped.length + ' things') + ' from the form')).id = 'switch-title';
    panel.appendChild(element('p', null, json.title + ' does not judge them, so they cannot be kept under it. '
      + 'Everything else stays. The file changes only when you save.'));
    var list = element('ul');
    json.dropped.forEach(function (text) { list.appendChild(element('li', null, text)); });
    panel.appendChild(list);
    var yes = element('button', null, 'Switch to ' + json.title + ' and drop these');
    yes.type = 'button';
    yes.id = 'switch-yes';
    yes.addEventListener('click', function () { proposeSwitch(proposed.framework, proposed.dropped); });
    var no = element('button', null, 'Keep ' + frameworkTitle());
    no.type = 'button';
    no.id = 'switch-no';
    no.addEventListener('click', function () {
      keepFramework('Kept ' + frameworkTitle() + '; nothing was dropped.');
      document.getElementById('framework').focus();
    });
    panel.appendChild(yes);
    panel.appendChild(no);
    panel.hidden = false;
    switchStatus.textContent = 'Switching to ' + json.title + ' would drop ' + json.dropped.length
      + (json.dropped.length === 1 ? ' thing' : ' things') + ': confirm or keep the current framework below.';
    panel.focus();
  }

  function applySwitch(json) {
    form.innerHTML = json.form;
    form.setAttribute('data-framework', json.framework);
    document.getElementById('framework-title').textContent = json.title;
    proposed = null;
  }

  function save() {
    saveStatus.textContent = 'Saving...';
    api('/api/save', yaml(), { 'X-Selfcheck-Version': version }).then(function (result) {
      if (result.status === 200) {
        version = result.json.version;
        form.setAttribute('data-version', version);
        saveStatus.textContent = result.json.message;
        var note = document.getElementById('comments-note');
        if (note && result.json.comments_kept < result.json.comments) { note.hidden = true; }
        reloadButton.hidden = true;
        dropDraft();
        draftStatus.textContent = '';
      } else if (result.status === 409) {
        saveStatus.textContent = result.json.error;
        reloadButton.hidden = false;
      } else if (result.status === 422) {
        saveStatus.textContent = 'Not saved: ' + result.json.summary + ' '
          + result.json.errors.map(function (e) { return e.text; }).join(' ');
      } else {
        saveStatus.textContent = 'Not saved: ' + (result.json.error || 'the server refused');
      }
    }).catch(function () {
      saveStatus.textContent = 'Not saved: the server does not answer.';
    });
  }

  form.addEventListener('input', schedule);
  form.addEventListener('change', schedule);
  form.addEventListener('submit', function (event) { event.preventDefault(); });
  document.getElementById('save').addEventListener('click', save);
  reloadButton.addEventListener('click', function () {
    dropDraft();
    window.location.reload();
  });
  document.getElementById('report-form').addEventListener('submit', function () {
    document.getElementById('report-yaml').value = yaml();
  });
  restoreDraft().then(check, check);
}());
