// The check ran in the verify phase (default phase of the goal), honoured the POM's <rules>
// option, found nothing on the clean articles, and the build passed.
def log = new File(basedir, 'build.log').readLines()

assert log.any { it.contains('--- corpus-lint-maven-plugin:') && it.contains(':check (default) @ clean-in-verify ---') }
assert log.contains('[INFO] corpus-lint: 2 documents, 0 findings (0 errors, 0 warnings, 0 info)')
assert !log.any { it.contains('[missing-date]') || it.contains('[boilerplate]') }
assert log.contains('[INFO] BUILD SUCCESS')
assert new File(basedir, 'target/corpus-lint/corpus-lint.sarif').isFile()
assert new File(basedir, 'target/corpus-lint/corpus-lint.json').isFile()
assert new File(basedir, 'target/corpus-lint/corpus-lint.html').isFile()
true
