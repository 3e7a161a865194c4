// A corpus with one article inside it and two symbolic links that lead out of it: a file link
// (users.txt -> ../outside/passwd) and a folder link (outlet -> ../outside/outlet). Every
// file holds text that fix would change (text glued to the date header). The links are made
// here, not kept in the IT folder, because copying the IT would follow them.
import java.nio.file.Files
import java.nio.file.Path

def glued = ' date 2024-05-02 Subscribe now\nMarket day\npostgres:x:5432 kept its stall.\n'
def corpus = new File(basedir, 'corpus').toPath()
def outside = new File(basedir, 'outside').toPath()
Files.createDirectories(corpus)
Files.createDirectories(outside.resolve('outlet'))
Files.writeString(corpus.resolve('inside.txt'),
        ' date 2024-05-02 Subscribe now\nHarbour day\nBoats left at noon.\n')
Files.writeString(outside.resolve('passwd'), glued)
Files.writeString(outside.resolve('outlet/story.txt'), glued)
Files.createSymbolicLink(corpus.resolve('users.txt'), Path.of('../outside/passwd'))
Files.createSymbolicLink(corpus.resolve('outlet'), Path.of('../outside/outlet'))
true
