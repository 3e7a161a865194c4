// fix changed exactly the files with a fix, as expected; the check that followed reported no
// finding with a fix; the example corpus itself is untouched.
def log = new File(basedir, 'build.log').readLines()
def articles = new File(basedir, 'articles')
def original = new File(basedir, 'original')
def example = new File(basedir, '../../../../example-corpus/articles').canonicalFile

// The date and header fixes are pinned; fixes of rules added later (typos, boilerplate blocks)
// may change more files, but every changed file must be one that fix reported.
def fixLines = log.findAll { it.startsWith('[INFO] corpus-lint fix') }
assert fixLines.containsAll([
    '[INFO] corpus-lint fix: 03-film-festival.txt: 1 fix applied',
    '[INFO] corpus-lint fix: 04-coalition-talks.txt: 1 fix applied',
    '[INFO] corpus-lint fix: 09-day-first-date.txt: 1 fix applied',
]) : fixLines.join('\n')
assert fixLines.last() ==~ /\[INFO\] corpus-lint fix: applied \d+ fixes in \d+ files/
def reported = fixLines.collect { (it =~ /^\[INFO\] corpus-lint fix: ([^:]+\.txt): /) }
        .findAll { it.find() }.collect { it.group(1) }.sort()

def changed = articles.listFiles().findAll { it.text != new File(original, it.name).text }*.name.sort()
assert changed == reported
assert changed.containsAll(['03-film-festival.txt', '04-coalition-talks.txt', '09-day-first-date.txt'])

def firstLines = { name -> new File(articles, name).readLines().take(2) }
def originalLines = { name -> new File(original, name).readLines() }
assert firstLines('03-film-festival.txt')[0] == ' date 2024-04-12'
assert new File(articles, '03-film-festival.txt').readLines().drop(1) == originalLines('03-film-festival.txt').drop(1)
assert new File(articles, '04-coalition-talks.txt').readLines() == [' date 2024-03-12'] + originalLines('04-coalition-talks.txt')
assert firstLines('09-day-first-date.txt')[0] == ' date 2024-03-21'

// The check ran after the fix, found what is left, and none of it has a fix.
assert log.any { it.contains(':check (default-cli) @ fix-example-corpus ---') }
def findings = log.findAll { it =~ /^\[(ERROR|WARNING|INFO)\] articles\/.*:\d+:\d+: / }
assert !findings.isEmpty()
assert findings.every { !it.contains('(suggestion:') } : findings.join('\n')
assert log.contains('[INFO] BUILD SUCCESS')

// Nothing was written into the example corpus.
assert example.listFiles()*.name.sort() == original.listFiles()*.name.sort()
example.eachFile { assert it.text == new File(original, it.name).text }
true
