// The site report snippet of docs/reports.md, pasted into a bare POM, works: mvn site writes the
// corpus-lint page and the HTML report. The snippet here must be the documented one, verbatim.
def log = new File(basedir, 'build.log').text
assert log.contains('[INFO] BUILD SUCCESS')
assert new File(basedir, 'target/site/corpus-lint-report.html').isFile()
assert new File(basedir, 'target/site/corpus-lint/corpus-lint.html').isFile()

def reports = new File(basedir, '../../../../docs/reports.md').getText('UTF-8')
def section = reports.substring(reports.indexOf('## Maven site report'))
def start = section.indexOf('```xml\n') + '```xml\n'.length()
def snippet = section.substring(start, section.indexOf('```', start))
def pom = new File(basedir, 'pom.xml').getText('UTF-8')
assert pom.contains(snippet) : "the snippet in docs/reports.md changed; paste it into this IT's pom.xml:\n" + snippet
true
