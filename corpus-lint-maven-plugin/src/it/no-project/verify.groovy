// Run without any project: Maven used its stand-alone stub, the corpus folder came from the
// user property (relative to the directory Maven ran in), reports went to ./target/corpus-lint.
def log = new File(basedir, 'build.log').readLines()

assert !new File(basedir, 'pom.xml').exists()
assert log.any { it.contains('--- corpus-lint-maven-plugin:') && it.contains(':check (default-cli) @ standalone-pom ---') }
assert log.contains("[WARNING] articles/ferry.txt:1:18: warning [boilerplate] page chrome glued to the date header: 'Read more stories like this' (suggestion: delete the text after the date)")
assert log.contains('[INFO] corpus-lint: 2 documents, 1 finding (0 errors, 1 warning, 0 info)')
assert log.contains('[INFO] BUILD SUCCESS')
assert new File(basedir, 'target/corpus-lint/corpus-lint.sarif').isFile()
assert new File(basedir, 'target/corpus-lint/corpus-lint.json').text.contains('"rule" : "boilerplate"')
true
