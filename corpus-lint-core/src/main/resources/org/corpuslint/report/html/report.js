(function () {
  'use strict';
  // Finding tuple fields (see HtmlReportData): rule, severity, start/end offset, line, column,
  // message and suggestion indexes into data.strings.
  var RULE = 0, SEV = 1, START = 2, END = 3, LINE = 4, COL = 5, MSG = 6, FIX = 7;
  var PAGE = 200;
  var BOILERPLATE = 'boilerplate';

  var data = JSON.parse(document.getElementById('corpus-lint-data').textContent);
  var docs = data.docs, rules = data.rules, strings = data.strings, sevs = data.severities;
  var byPath = {};
  // A document past the text cap comes with a tally ([rule, severity, n]) instead of findings.
  docs.forEach(function (d, i) {
    byPath[d.path] = i;
    var c = [0, 0, 0];
    d.findings.forEach(function (f) { c[f[SEV]]++; });
    (d.tally || []).forEach(function (t) { c[t[1]] += t[2]; });
    d.counts = c;
    d.total = c[0] + c[1] + c[2];
  });

  function $(id) { return document.getElementById(id); }
  function esc(s) {
    return String(s).replace(/[&<>"']/g, function (c) {
      return { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }[c];
    });
  }
  var numbers = new Intl.NumberFormat('en-US');  // one formatter: toLocaleString makes one per call
  function num(n) { return numbers.format(n); }
  function plural(n, word) { return num(n) + ' ' + word + (n === 1 ? '' : 's'); }
  function worst(counts) { return counts[0] ? 0 : counts[1] ? 1 : 2; }

  // ---- summary ----
  // Totals cover the whole run, also the documents that are not listed.
  var totals = [0, 0, 0], byRule = rules.map(function () { return [0, 0, 0]; });
  if (data.totals) {
    data.totals.forEach(function (t) { totals[t[1]] += t[2]; byRule[t[0]][t[1]] += t[2]; });
  } else {
    docs.forEach(function (d) {
      d.findings.forEach(function (f) { totals[f[SEV]]++; byRule[f[RULE]][f[SEV]]++; });
    });
  }
  var docsWithFindings = data.docsWithFindings !== undefined ? data.docsWithFindings : docs.length;
  var findingCount = totals[0] + totals[1] + totals[2];

  function renderMeta() {
    var parts = [];
    if (data.corpusRoot) { parts.push('corpus <code>' + esc(data.corpusRoot) + '</code>'); }
    parts.push(esc(data.tool.name + ' ' + data.tool.version));
    parts.push('generated ' + esc(data.generated.replace('T', ' ').replace('Z', ' UTC')));
    if (data.capped) {
      parts.push('<span id="capped">texts shown for the ' + plural(data.capped.embedded, 'document')
        + ' with the most findings; ' + num(data.capped.listed) + ' more listed by path and counts'
        + (data.capped.unlisted ? '; ' + plural(data.capped.unlisted, 'document') + ' ('
          + plural(data.capped.unlistedFindings, 'finding') + ') only counted here, listed in corpus-lint.json'
          : '') + '</span>');
    }
    $('meta').innerHTML = parts.join(' &middot; ');
  }

  function card(cls, id, label, value, sub) {
    return '<div class="card ' + cls + '"><div class="label">' + label + '</div>'
      + '<div class="value" id="' + id + '">' + num(value) + '</div>'
      + '<div class="sub">' + (sub || '&nbsp;') + '</div></div>';
  }

  function renderCards() {
    $('cards').innerHTML =
      card('docs', 'sum-documents', 'Documents', data.documents,
        plural(docsWithFindings, 'document') + ' with findings')
      + card('total', 'sum-findings', 'Findings', findingCount,
        plural(rules.filter(function (r, i) { return sum(byRule[i]) > 0; }).length, 'rule') + ' reporting')
      + card('error', 'sum-error', 'Errors', totals[0])
      + card('warning', 'sum-warning', 'Warnings', totals[1])
      + card('info', 'sum-info', 'Info', totals[2]);
  }

  function sum(c) { return c[0] + c[1] + c[2]; }

  function renderRuleTable() {
    var order = rules.map(function (r, i) { return i; })
      .filter(function (i) { return sum(byRule[i]) > 0; })
      .sort(function (a, b) { return sum(byRule[b]) - sum(byRule[a]) || (rules[a].id < rules[b].id ? -1 : 1); });
    var max = order.length ? sum(byRule[order[0]]) : 1;
    var rows = order.map(function (i) {
      var c = byRule[i], t = sum(c);
      var bar = '<div class="bar" title="' + esc(rules[i].id + ': ' + t) + '" style="width:'
        + Math.max(2, Math.round(100 * t / max)) + '%">'
        + [0, 1, 2].map(function (s) {
          return c[s] ? '<span class="s' + s + '" style="width:' + (100 * c[s] / t) + '%"></span>' : '';
        }).join('') + '</div>';
      return '<tr data-rule="' + i + '"><td class="rule"><button type="button" title="'
        + esc(rules[i].summary) + '">' + esc(rules[i].id) + '</button></td><td>' + bar + '</td>'
        + [0, 1, 2].map(function (s) {
          return '<td class="num' + (c[s] ? '' : ' zero') + '">' + num(c[s]) + '</td>';
        }).join('') + '<td class="num"><b>' + num(t) + '</b></td></tr>';
    });
    $('rule-table').tBodies[0].innerHTML = rows.join('')
      || '<tr><td colspan="6" class="zero">No findings: the corpus lints clean.</td></tr>';
    $('rule-table').addEventListener('click', function (e) {
      var row = e.target.closest('tr[data-rule]');
      if (row && e.target.closest('button')) {
        $('filter-rule').value = row.getAttribute('data-rule');
        renderList();
        document.querySelector('.browser').scrollIntoView({ behavior: 'smooth' });
      }
    });
  }

  function countBadge(d) {
    return '<span class="count s' + worst(d.counts) + '" title="' + esc(
      d.counts[0] + ' error, ' + d.counts[1] + ' warning, ' + d.counts[2] + ' info') + '">'
      + num(d.total) + '</span>';
  }

  function renderTopDocs() {
    var top = docs.map(function (d, i) { return i; })
      .sort(function (a, b) { return docs[b].total - docs[a].total || (docs[a].path < docs[b].path ? -1 : 1); })
      .slice(0, 10);
    $('top-docs').innerHTML = top.map(function (i) {
      return '<li><a href="#doc=' + encodeURIComponent(docs[i].path) + '">' + esc(docs[i].path)
        + '</a>' + countBadge(docs[i]) + '</li>';
    }).join('') || '<li class="zero">No document has findings.</li>';
  }

  // ---- document list with filters ----
  var shown = [], limit = PAGE, current = -1;

  function matchCount(d, rule, sev) {
    if (rule < 0 && sev < 0) { return d.total; }
    var n = 0;
    (d.tally || []).forEach(function (t) {
      if ((rule < 0 || t[0] === rule) && (sev < 0 || t[1] === sev)) { n += t[2]; }
    });
    for (var k = 0; k < d.findings.length; k++) {
      var f = d.findings[k];
      if ((rule < 0 || f[RULE] === rule) && (sev < 0 || f[SEV] === sev)) { n++; }
    }
    return n;
  }

  function renderList(keepLimit) {
    var name = $('filter-name').value.trim().toLowerCase();
    var rule = $('filter-rule').value === '' ? -1 : +$('filter-rule').value;
    var sev = $('filter-severity').value === '' ? -1 : +$('filter-severity').value;
    var matching = 0;
    shown = [];
    docs.forEach(function (d, i) {
      if (name && d.path.toLowerCase().indexOf(name) < 0) { return; }
      var n = matchCount(d, rule, sev);
      if (n > 0) { shown.push({ i: i, n: n }); matching += n; }
    });
    if ($('sort').value === 'count') {
      shown.sort(function (a, b) { return b.n - a.n || a.i - b.i; });
    }
    if (!keepLimit) { limit = PAGE; }
    var html = shown.slice(0, limit).map(function (s) {
      var d = docs[s.i];
      return '<li tabindex="0" data-doc="' + s.i + '"' + (s.i === current ? ' class="active"' : '') + ' title="'
        + esc(d.path) + '"><span class="name"><bdi>' + esc(d.path) + '</bdi></span>'
        + '<span class="count s' + worst(d.counts) + '">' + num(s.n) + '</span></li>';
    }).join('');
    $('doc-list').innerHTML = html || '<li class="empty">No document matches these filters.</li>';
    $('more').hidden = shown.length <= limit;
    $('more').textContent = 'Show ' + Math.min(PAGE, shown.length - limit) + ' more of '
      + num(shown.length - limit);
    var clean = data.documents - docsWithFindings;
    $('list-status').textContent = plural(shown.length, 'document') + ' \u00b7 '
      + plural(matching, 'finding') + (clean > 0 ? ' \u00b7 ' + num(clean) + ' clean' : '');
    $('list-status').title = clean > 0 ? num(clean) + ' documents without findings are not listed' : '';
  }

  function setUpFilters() {
    var select = $('filter-rule');
    rules.forEach(function (r, i) {
      if (sum(byRule[i]) > 0) {
        var o = document.createElement('option');
        o.value = String(i);
        o.textContent = r.id;
        select.appendChild(o);
      }
    });
    ['filter-rule', 'filter-severity', 'sort'].forEach(function (id) {
      $(id).addEventListener('change', function () { renderList(); });
    });
    $('filter-name').addEventListener('input', function () { renderList(); });
    $('more').addEventListener('click', function () { limit += PAGE; renderList(true); });
    $('doc-list').addEventListener('click', function (e) {
      var li = e.target.closest('li[data-doc]');
      if (li) { openDocument(+li.getAttribute('data-doc'), -1); }
    });
  }

  // ---- one document, rendered on demand ----
  function lineStarts(text) {
    var starts = [0], ends = [];
    for (var i = 0; i < text.length; i++) {
      var c = text.charCodeAt(i);
      if (c === 10 || c === 13) {
        ends.push(i);
        if (c === 13 && text.charCodeAt(i + 1) === 10) { i++; }
        starts.push(i + 1);
      }
    }
    if (starts[starts.length - 1] === text.length && starts.length > 1) { starts.pop(); }
    else { ends.push(text.length); }
    return { starts: starts, ends: ends };
  }

  function findingTitle(f) {
    return sevs[f[SEV]] + ' [' + rules[f[RULE]].id + '] ' + strings[f[MSG]]
      + (f[FIX] >= 0 ? '\nsuggestion: ' + strings[f[FIX]] : '');
  }

  function renderText(d) {
    var text = d.text, lines = lineStarts(text), fs = d.findings, out = [];
    var isBp = fs.map(function (f) { return rules[f[RULE]].id === BOILERPLATE; });
    for (var ln = 0; ln < lines.starts.length; ln++) {
      var ls = lines.starts[ln], le = lines.ends[ln], last = ln === lines.starts.length - 1;
      var cuts = [ls, le], points = [], tags = [];
      var inHeader = d.header > 0 && ln === 0;
      var blockLine = false;
      fs.forEach(function (f, k) {
        var s = f[START], e = f[END];
        if (s === e) {
          if (s >= ls && (s <= le || last)) { points.push(k); }
          return;
        }
        if (s < le && e > ls || s === le && s === ls) {
          if (s > ls) { cuts.push(s); }
          if (e < le) { cuts.push(e); }
          if (isBp[k] && s <= ls && e >= le && le > ls) { blockLine = true; }
          if (isBp[k] && (s >= ls && s <= le)) { tags.push('bp'); }
        }
      });
      cuts = cuts.filter(function (v, i, a) { return a.indexOf(v) === i; }).sort(function (a, b) { return a - b; });
      var html = '';
      var pointAt = function (pos) {
        points.forEach(function (k) {
          var p = Math.min(Math.max(fs[k][START], ls), le);
          if (p === pos) {
            html += '<mark class="pt s' + fs[k][SEV] + '" data-f="' + k + '" title="'
              + esc(findingTitle(fs[k])) + '"></mark>';
          }
        });
      };
      for (var c = 0; c + 1 < cuts.length; c++) {
        var a = cuts[c], b = cuts[c + 1];
        pointAt(a);
        var active = [];
        for (var k = 0; k < fs.length; k++) {
          if (fs[k][START] < fs[k][END] && fs[k][START] <= a && fs[k][END] >= b) { active.push(k); }
        }
        var piece = esc(text.substring(a, b));
        if (active.length) {
          // Hatched only when boilerplate alone covers it: another finding inside a block keeps
          // its severity colour.
          var sev = 2, bp = true;
          active.forEach(function (k) { sev = Math.min(sev, fs[k][SEV]); bp = bp && isBp[k]; });
          piece = '<mark class="s' + sev + (bp ? ' bp' : '') + '" data-f="' + active.join(' ')
            + '" title="' + esc(active.map(function (k) { return findingTitle(fs[k]); }).join('\n\n'))
            + '">' + piece + '</mark>';
        }
        html += piece;
      }
      pointAt(le);
      if (inHeader && ln === 0) { html += '<span class="tag hd" data-label="date header"></span>'; }
      if (tags.length) { html += '<span class="tag bp" data-label="boilerplate"></span>'; }
      out.push('<div class="ln' + (inHeader ? ' hd' : '') + (blockLine ? ' bpl' : '')
        + '"><span class="c">' + (html || '\u200b') + '</span></div>');
    }
    return out.join('');
  }

  function openDocument(i, findingIndex) {
    if (i < 0 || i >= docs.length) { return; }
    current = i;
    hidePopover();
    var d = docs[i];
    var legend = '<div class="legend"><span><i class="l0"></i>error</span><span><i class="l1"></i>warning</span>'
      + '<span><i class="l2"></i>info</span><span><i class="lh"></i>date header</span>'
      + '<span><i class="lb"></i>boilerplate</span></div>';
    var list = d.findings.map(function (f, k) {
      return '<li tabindex="0" data-f="' + k + '"><span class="pos">' + f[LINE] + ':' + f[COL] + '</span>'
        + '<span class="sev s' + f[SEV] + '">' + esc(sevs[f[SEV]]) + '</span>'
        + '<span class="rule">' + esc(rules[f[RULE]].id) + '</span><span>' + esc(strings[f[MSG]])
        + (f[FIX] >= 0 ? ' <span class="fix">\u2192 ' + esc(strings[f[FIX]]) + '</span>' : '')
        + '</span></li>';
    }).join('');
    var body = d.text === null ? '<div class="note">' + esc(d.note) + '</div>'
      : '<div class="text" id="doc-text">' + renderText(d) + '</div>';
    $('doc-pane').innerHTML = '<div class="doc-head"><h3 id="doc-title">' + esc(d.path) + '</h3>'
      + '<div class="doc-count">' + plural(d.total, 'finding') + '</div>' + legend + '</div>'
      + '<ul class="findings" id="doc-findings">' + list + '</ul>' + body;
    Array.prototype.forEach.call($('doc-list').children, function (li) {
      li.classList.toggle('active', +li.getAttribute('data-doc') === i);
    });
    try {
      history.replaceState(null, '', '#doc=' + encodeURIComponent(d.path));
    } catch (e) { /* some browsers refuse on file: URLs; the hash is a convenience */ }
    if (findingIndex >= 0) { selectFinding(findingIndex); }
  }

  function selectFinding(k) {
    var items = $('doc-findings').children;
    Array.prototype.forEach.call(items, function (li) {
      li.classList.toggle('selected', +li.getAttribute('data-f') === k);
    });
    var marks = document.querySelectorAll('#doc-text mark');
    var target = null;
    Array.prototype.forEach.call(marks, function (m) {
      var hit = (' ' + m.getAttribute('data-f') + ' ').indexOf(' ' + k + ' ') >= 0;
      m.classList.toggle('flash', hit);
      if (hit && !target) { target = m; }
    });
    if (target) {
      target.scrollIntoView({ block: 'nearest' });
      showPopover(target, [k]);
    }
  }

  // ---- popover with message and suggestion ----
  function showPopover(anchor, ks) {
    var d = docs[current], pop = $('popover');
    pop.innerHTML = ks.map(function (k) {
      var f = d.findings[k];
      return '<div class="item"><div class="head"><span class="sev s' + f[SEV] + '">'
        + esc(sevs[f[SEV]]) + '</span><span class="rule">' + esc(rules[f[RULE]].id) + '</span>'
        + '<span class="pos">line ' + f[LINE] + ', column ' + f[COL] + '</span></div>'
        + '<div class="msg">' + esc(strings[f[MSG]]) + '</div>'
        + (f[FIX] >= 0 ? '<div class="fix">Suggestion: ' + esc(strings[f[FIX]]) + '</div>' : '')
        + '</div>';
    }).join('');
    pop.hidden = false;
    var r = anchor.getBoundingClientRect();
    var left = Math.min(r.left + window.scrollX, window.scrollX + document.documentElement.clientWidth - pop.offsetWidth - 12);
    pop.style.left = Math.max(8, left) + 'px';
    pop.style.top = (r.bottom + window.scrollY + 6) + 'px';
  }
  function hidePopover() { $('popover').hidden = true; }

  function setUpDocumentPane() {
    $('doc-pane').addEventListener('click', function (e) {
      var mark = e.target.closest('mark[data-f]');
      if (mark) {
        e.stopPropagation();
        showPopover(mark, mark.getAttribute('data-f').split(' ').map(Number));
        return;
      }
      var item = e.target.closest('#doc-findings li[data-f]');
      if (item) { e.stopPropagation(); selectFinding(+item.getAttribute('data-f')); }
    });
    document.addEventListener('click', function (e) {
      if (!e.target.closest('#popover')) { hidePopover(); }
    });
    document.addEventListener('keydown', function (e) {
      if (e.key === 'Escape') { hidePopover(); }
      // Keyboard users open a listed document or finding with Enter, as a click would.
      if (e.key === 'Enter' && e.target.matches && e.target.matches('li[tabindex]')) {
        e.preventDefault();
        e.target.click();
      }
    });
    window.addEventListener('hashchange', openFromHash);
  }

  function openFromHash() {
    var m = /^#doc=([^&]*)(?:&finding=(\d+))?/.exec(location.hash);
    if (m) {
      var i = byPath[decodeURIComponent(m[1])];
      if (i !== undefined && (i !== current || m[2])) {
        openDocument(i, m[2] ? +m[2] : -1);
      }
    }
  }

  // ---- corpus statistics: which outlet or month is rotten ----
  function renderSlices(id, slices, more) {
    var max = 0;
    slices.forEach(function (x) { max = Math.max(max, x.findingsPerThousandDocuments); });
    $(id).tBodies[0].innerHTML = slices.map(function (x) {
      var rate = x.findingsPerThousandDocuments;
      return '<tr><td class="rule" title="' + esc(x.name) + '">' + esc(x.name) + '</td><td><div class="bar" title="'
        + esc(x.name + ': ' + rate + ' findings per 1,000 documents') + '" style="width:'
        + Math.max(2, Math.round(100 * rate / (max || 1))) + '%"><span class="s1" style="width:100%"></span></div></td>'
        + '<td class="num">' + num(x.documents) + '</td><td class="num">' + num(x.words) + '</td>'
        + '<td class="num"><b>' + num(x.findings) + '</b></td></tr>';
    }).join('') + (more ? '<tr><td colspan="5" class="zero">' + plural(more, 'more outlet')
      + ' in corpus-lint.json</td></tr>' : '');
  }

  function renderStatistics() {
    var st = data.statistics;
    if (!st) { return; }
    $('stats-panels').hidden = false;
    renderSlices('outlet-table', st.byOutlet, st.outletsNotListed);
    renderSlices('month-table', st.byMonth, 0);
  }

  renderMeta();
  renderCards();
  renderStatistics();
  renderRuleTable();
  renderTopDocs();
  setUpFilters();
  setUpDocumentPane();
  renderList();
  openFromHash();
})();
