// Injected after the report's own script by HtmlReportBrowserTest: drives the page as a person
// would (click a document, click a highlight, change the filters) and writes what it saw into
// <pre id="self-test-result"> as URI-encoded JSON, which chromium --dump-dom prints.
(function () {
  'use strict';
  var result = { errors: [] };
  function byId(id) { return document.getElementById(id); }
  function text(id) { var e = byId(id); return e ? e.textContent.trim() : null; }
  function visible(e) {
    if (!e) { return false; }
    var box = e.getBoundingClientRect(), style = getComputedStyle(e);
    return box.width > 0 && box.height > 0 && style.visibility !== 'hidden' && style.display !== 'none';
  }
  function listed() {
    return Array.prototype.map.call(document.querySelectorAll('#doc-list li[data-doc]'),
      function (li) { return li.title; });
  }
  function choose(id, label) {
    var select = byId(id);
    var option = Array.prototype.find.call(select.options, function (o) { return o.text === label; });
    select.value = option ? option.value : '';
    select.dispatchEvent(new Event('change'));
  }
  try {
    result.summary = {
      documents: text('sum-documents'), findings: text('sum-findings'),
      error: text('sum-error'), warning: text('sum-warning'), info: text('sum-info')
    };
    result.summaryVisible = ['sum-documents', 'sum-findings', 'sum-error', 'sum-warning', 'sum-info']
      .every(function (id) { return visible(byId(id)); });
    result.ruleRows = Array.prototype.map.call(document.querySelectorAll('#rule-table tbody tr'),
      function (tr) { return tr.cells[0].textContent + '=' + tr.cells[5].textContent; });
    result.barsVisible = Array.prototype.every.call(document.querySelectorAll('#rule-table .bar'), visible);
    result.topDocuments = Array.prototype.map.call(document.querySelectorAll('#top-docs a'),
      function (a) { return a.textContent; });
    result.listed = listed();

    var item = Array.prototype.find.call(document.querySelectorAll('#doc-list li[data-doc]'),
      function (li) { return li.title === SELF_TEST_DOCUMENT; });
    item.click();
    result.openTitle = text('doc-title');
    var mark = document.querySelector('#doc-text mark:not(.pt)');
    result.mark = { text: mark.textContent, visible: visible(mark), title: mark.title,
      classes: mark.className };
    result.headerLineMarked = visible(document.querySelector('#doc-text .ln.hd .tag.hd'));
    mark.click();
    result.popoverVisible = visible(byId('popover'));
    result.popover = byId('popover').textContent;

    choose('filter-rule', 'boilerplate');
    result.byRule = listed();
    choose('filter-rule', 'All rules');
    choose('filter-severity', 'warning');
    result.bySeverity = listed();
    choose('filter-severity', 'All severities');
    var search = byId('filter-name');
    search.value = 'ferry';
    search.dispatchEvent(new Event('input'));
    result.byName = listed();
    result.status = text('list-status');
  } catch (e) {
    result.errors.push(String(e && e.stack || e));
  }
  var out = document.createElement('pre');
  out.id = 'self-test-result';
  out.textContent = encodeURIComponent(JSON.stringify(result));
  document.body.appendChild(out);
})();
