// Injected by HtmlReportBrowserTest into the report of a document whose text is markup: opens
// it and reports whether any of that markup became elements or ran.
(function () {
  'use strict';
  var result = { errors: [] };
  try {
    document.querySelector('#doc-list li[data-doc]').click();
    result.title = document.title;
    result.scripts = document.scripts.length;
    result.images = document.images.length;
    result.header = document.querySelector('#doc-text .ln .c').textContent;
    result.message = document.querySelector('#doc-findings li').textContent;
  } catch (e) {
    result.errors.push(String(e && e.stack || e));
  }
  var out = document.createElement('pre');
  out.id = 'self-test-result';
  out.textContent = encodeURIComponent(JSON.stringify(result));
  document.body.appendChild(out);
})();
