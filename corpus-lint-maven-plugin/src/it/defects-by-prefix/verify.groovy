// mvn corpus-lint:check resolved the plugin by prefix, failed the build on the two errors,
// printed every finding as a compiler-style line plus the summary, wrote the default reports
// and, as under GitHub Actions, printed an annotation per finding.
import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').readLines()
def reports = new File(basedir, 'target/corpus-lint')
def sarifFile = new File(reports, 'corpus-lint.sarif')
def jsonFile = new File(reports, 'corpus-lint.json')
def htmlFile = new File(reports, 'corpus-lint.html')

assert log.any { it.contains('--- corpus-lint-maven-plugin:') && it.contains(':check (default-cli) @ defects-by-prefix ---') }

def expectedLines = [
    "[ERROR] corpus/local/malformed.txt:1:7: error [missing-date] publication date '20/11/2023' is not an ISO date (YYYY-MM-DD) (suggestion: replace with '2023-11-20')",
    "[WARNING] corpus/world/glued.txt:1:18: warning [boilerplate] page chrome glued to the date header: 'Share this article' (suggestion: delete the text after the date)",
    "[ERROR] corpus/world/missing.txt:1:1: error [missing-date] document has no publication date",
    "[INFO] corpus-lint: 4 documents, 3 findings (2 errors, 1 warning, 0 info)",
    "[INFO]   boilerplate: 1 warning",
    "[INFO]   missing-date: 2 errors",
    "[INFO] corpus-lint statistics: 4 documents, 73 words; findings per 1,000 documents: boilerplate 250.0, missing-date 500.0",
    "[INFO]   outlets with the most findings per 1,000 documents (of 2): world 1000.0 (2 documents), local 500.0 (2 documents)",
    "[INFO]   months with the most findings per 1,000 documents (of 2): (undated) 1000.0 (2 documents), 2023-11 500.0 (2 documents)",
    "[INFO] corpus-lint: 2 findings have a safe fix; corpus-lint:fix applies safe fixes only",
    "[INFO] corpus-lint report: ${sarifFile.absolutePath}",
    "[INFO] corpus-lint report: ${jsonFile.absolutePath}",
    "[INFO] corpus-lint report: ${htmlFile.absolutePath}",
].collect { it.toString() }
def first = log.indexOf(expectedLines[0])
assert first >= 0 : "no console line for malformed.txt in build.log"
assert log.subList(first, first + expectedLines.size()) == expectedLines

def failure = log.find { it.startsWith('[ERROR] Failed to execute goal') }
assert failure != null
assert failure.contains("on project defects-by-prefix: corpus-lint found 2 findings at severity error or above"
        + " (2 errors, 1 warning, 0 info); 2 of them have a safe fix: run mvn corpus-lint:fix"
        + "; reports: ${sarifFile.absolutePath}, ${jsonFile.absolutePath}, ${htmlFile.absolutePath}")
assert log.contains('[INFO] BUILD FAILURE')

def json = new JsonSlurper().parse(jsonFile)
assert json.findings.collect { "${it.severity} ${it.rule} ${it.path} ${it.startLine}:${it.startColumn}-${it.endLine}:${it.endColumn}".toString() } == [
    'error missing-date local/malformed.txt 1:7-1:17',
    'warning boilerplate world/glued.txt 1:18-1:36',
    'error missing-date world/missing.txt 1:1-1:40',
]
assert json.findings[0].fix.edits[0].replacement == '2023-11-20'

def sarif = new JsonSlurper().parse(sarifFile)
assert sarif.version == '2.1.0'
def run = sarif.runs[0]
assert run.tool.driver.rules*.id.containsAll(['missing-date', 'boilerplate'])
assert run.results.collect { r ->
    def location = r.locations[0].physicalLocation
    "${r.level} ${r.ruleId} ${location.artifactLocation.uri} ${location.region.startLine}:${location.region.startColumn}".toString()
} == [
    'error missing-date local/malformed.txt 1:7',
    'warning boilerplate world/glued.txt 1:18',
    'error missing-date world/missing.txt 1:1',
]
assert run.results[1].fixes.size() == 1

// GITHUB_ACTIONS=true: one workflow command per finding, at the start of its line (no log prefix).
assert log.findAll { it.startsWith('::') } == [
    "::error file=corpus/local/malformed.txt,line=1,col=7,endLine=1,endColumn=16,title=missing-date (corpus-lint)::publication date '20/11/2023' is not an ISO date (YYYY-MM-DD) (suggestion: replace with '2023-11-20')",
    "::warning file=corpus/world/glued.txt,line=1,col=18,endLine=1,endColumn=35,title=boilerplate (corpus-lint)::page chrome glued to the date header: 'Share this article' (suggestion: delete the text after the date)",
    "::error file=corpus/world/missing.txt,line=1,col=1,endLine=1,endColumn=39,title=missing-date (corpus-lint)::document has no publication date",
]
assert htmlFile.text.contains('<script type="application/json" id="corpus-lint-data">')
true
