// mvn site ran corpus-lint:report: the page lists the findings per rule and per document with
// links into the HTML report, which sits beside it; errors in the corpus did not fail the site.
def log = new File(basedir, 'build.log').text
assert log.contains('[INFO] BUILD SUCCESS')

def page = new File(basedir, 'target/site/corpus-lint-report.html')
assert page.isFile()
def html = page.getText('UTF-8')
assert html.contains('3 documents in ')
assert html.contains('2 findings (1 error, 1 warning, 0 info).')
assert html.contains('<a href="corpus-lint/corpus-lint.html">Open the interactive report</a>')
assert html.contains('Findings by rule')
assert html.contains('Findings by document')
assert html.contains('href="corpus-lint/corpus-lint.html#doc=budget.txt&amp;finding=0"')
assert html.contains('href="corpus-lint/corpus-lint.html#doc=tram%20%26%20bus.txt"')
assert html.contains("page chrome glued to the date header: 'Read more: {our picks, here}'")

def report = new File(basedir, 'target/site/corpus-lint/corpus-lint.html')
assert report.isFile()
assert report.getText('UTF-8').contains('<script type="application/json" id="corpus-lint-data">')

// The project's reports menu lists it.
assert new File(basedir, 'target/site/project-reports.html').getText('UTF-8').contains('corpus-lint-report.html')
true
