package org.corpuslint.corpus;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.regex.Pattern;

/**
 * The temporary files {@code fix} writes next to a file before moving them over it:
 * {@code .<name>.<digits>.corpus-lint-tmp}. A killed {@code fix} can leave one behind; the name
 * is distinctive enough that the linter skips such files and the next {@code fix} removes them,
 * and nothing else ever matches.
 */
public final class FixTempFile {

    public static final String SUFFIX = ".corpus-lint-tmp";

    /** The name a file gets in a temporary file's name is cut to keep it under 255 bytes. */
    private static final int MAX_NAME_CHARS = 80;
    private static final Pattern NAME = Pattern.compile("\\..+\\.[0-9]{1,20}"
            + Pattern.quote(SUFFIX), Pattern.DOTALL);
    private static final SecureRandom RANDOM = new SecureRandom();

    private FixTempFile() {}

    /** Whether {@code fileName} is the name of one of fix's temporary files. */
    public static boolean isTempFileName(String fileName) {
        return NAME.matcher(fileName).matches();
    }

    /**
     * Creates a new, empty temporary file for {@code target} in {@code target}'s folder, readable
     * and writable by its creator only (the caller sets the final owner and mode).
     */
    public static Path createFor(Path target) throws IOException {
        String name = target.getFileName().toString();
        if (name.codePointCount(0, name.length()) > MAX_NAME_CHARS) {
            name = name.substring(0, name.offsetByCodePoints(0, MAX_NAME_CHARS));
        }
        boolean posix = target.getFileSystem().supportedFileAttributeViews().contains("posix");
        FileAttribute<?>[] ownerOnly = posix
                ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(
                        PosixFilePermissions.fromString("rw-------"))}
                : new FileAttribute<?>[0];
        for (int attempt = 0; ; attempt++) {
            String digits = Long.toUnsignedString(RANDOM.nextLong());
            Path temporary = target.resolveSibling("." + name + "." + digits + SUFFIX);
            try {
                return Files.createFile(temporary, ownerOnly);
            } catch (FileAlreadyExistsException e) {
                if (attempt >= 100) {
                    throw e;
                }
            }
        }
    }
}
