// includes in the corpus's corpus-lint.yaml match nothing: the check fails, naming the folder
// and the patterns, instead of passing on 0 documents (a silent CI gate bypass).
def log = new File(basedir, 'build.log').readLines()
def folder = new File(basedir, 'articles').absolutePath

assert log.contains("[WARNING] corpus-lint: no document under ${folder} matches includes [**/*.tx] and excludes []".toString())
assert log.contains('[INFO] corpus-lint: 0 documents, 0 findings (0 errors, 0 warnings, 0 info)')
def failure = log.find { it.startsWith('[ERROR] Failed to execute goal') }
assert failure != null
assert failure.contains("on project empty-includes: corpus-lint linted no document: no file under ${folder}"
        + " matches includes [**/*.tx] and excludes []; correct the patterns or the folder, or set"
        + " allowEmpty=true if an empty corpus is expected -> [Help 1]")
assert !log.any { it =~ /^\s+at org\./ } : 'a stack trace was printed'
true
