// A missing corpus folder is a configuration error: one clear message naming the folder and
// the setting, and no stack trace.
def log = new File(basedir, 'build.log').readLines()
def folder = new File(basedir, 'artciles').absolutePath

def failure = log.find { it.startsWith('[ERROR] Failed to execute goal') }
assert failure != null
assert failure.contains("on project missing-corpus: corpus-lint: invalid <corpusDirectory> (-Dcorpus-lint.corpusDirectory):"
        + " corpus directory ${folder} does not exist; point it at the folder that holds the articles -> [Help 1]")
assert !log.any { it =~ /^\s+at org\./ } : 'a stack trace was printed'
assert !log.any { it.contains('Exception:') } : 'an exception was printed'
assert !new File(basedir, 'target/corpus-lint').exists()
true
