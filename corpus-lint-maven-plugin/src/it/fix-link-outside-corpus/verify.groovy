// The file inside the corpus was fixed; the files the links lead to are byte for byte as
// prebuild.groovy wrote them, by default (the links are findings) and with followLinks=true
// (linted, but fix refuses to write them); the HTML report holds no text from outside.
def log = new File(basedir, 'build.log').readLines()
def glued = ' date 2024-05-02 Subscribe now\nMarket day\npostgres:x:5432 kept its stall.\n'
def outside = new File(basedir, 'outside')

assert new File(outside, 'passwd').bytes == glued.getBytes('UTF-8')
assert new File(outside, 'outlet/story.txt').bytes == glued.getBytes('UTF-8')
assert new File(basedir, 'corpus/inside.txt').text
        == ' date 2024-05-02\nHarbour day\nBoats left at noon.\n'
assert java.nio.file.Files.isSymbolicLink(new File(basedir, 'corpus/users.txt').toPath())
assert outside.list().sort() == ['outlet', 'passwd']
assert new File(outside, 'outlet').list() == ['story.txt'] as String[]

def fixLines = log.findAll { it.contains('corpus-lint fix') }
def note = 'its real path lies outside the corpus (a symbolic link followed with followLinks);' +
        ' fix never writes outside the corpus, so the file was left alone'
assert fixLines == [
    // default: only the file inside the corpus has a fix
    '[INFO] corpus-lint fix: inside.txt: 1 fix applied',
    '[INFO] corpus-lint fix: applied 1 fix in 1 file',
    // followLinks=true: the targets are linted, and their fixes refused
    "[WARNING] corpus-lint fix: outlet/story.txt: ${note}".toString(),
    "[WARNING] corpus-lint fix: users.txt: ${note}".toString(),
    '[INFO] corpus-lint fix: applied 0 fixes in 0 files; 2 files skipped',
] : fixLines.join('\n')

// The check names the links and lints nothing behind them.
def findings = log.findAll { it =~ /^\[(ERROR|WARNING|INFO)\] corpus\// }
assert findings == [
    '[ERROR] corpus/outlet:1:1: error [invalid-input] symbolic link to a folder outside the' +
            ' corpus; not followed (set followLinks to lint it)',
    '[ERROR] corpus/users.txt:1:1: error [invalid-input] symbolic link to a file outside the' +
            ' corpus; not linted or fixed (set followLinks to lint it)',
] : findings.join('\n')
def html = new File(basedir, 'target/corpus-lint/corpus-lint.html').getText('UTF-8')
assert !html.contains('postgres')
assert log.contains('[INFO] BUILD SUCCESS')
true
