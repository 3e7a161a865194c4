// Copy the example corpus's articles into this IT's folder: fix writes, and the example corpus
// itself must never be written to.
import java.nio.file.Files
import java.nio.file.StandardCopyOption

def source = new File(basedir, '../../../../example-corpus/articles').canonicalFile
assert source.isDirectory() : "example corpus not found at ${source}"
def target = new File(basedir, 'articles')
target.mkdirs()
source.eachFile { file ->
    Files.copy(file.toPath(), new File(target, file.name).toPath(), StandardCopyOption.REPLACE_EXISTING)
}
new File(basedir, 'original').mkdirs()
source.eachFile { file ->
    Files.copy(file.toPath(), new File(basedir, "original/${file.name}").toPath(), StandardCopyOption.REPLACE_EXISTING)
}
true
