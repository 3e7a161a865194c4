package org.corpuslint.fix;

import java.util.List;

/**
 * What {@code fix} did to one file.
 *
 * @param path the file, relative to the corpus root
 * @param status what happened
 * @param fixesApplied the number of fixes in the new text (0 when skipped)
 * @param diff the unified diff of the change ({@code ""} when skipped)
 * @param notes why a fix was set aside or the file skipped, one sentence each
 */
public record FileFix(String path, Status status, int fixesApplied, String diff,
        List<String> notes) {

    public FileFix {
        notes = List.copyOf(notes);
    }

    /** This outcome without its diff, to keep once the diff has been shown or written. */
    public FileFix withoutDiff() {
        return diff.isEmpty() ? this : new FileFix(path, status, fixesApplied, "", notes);
    }

    public enum Status {
        /** The fixes were written to the file. */
        FIXED,
        /** Dry run: the fixes were computed, not written. */
        WOULD_FIX,
        /** The file changed after it was linted; it was left alone. */
        SKIPPED_CHANGED,
        /** The file could not be read, encoded or written; it was left alone. */
        SKIPPED_FAILED,
        /**
         * Writing the file would leave the corpus or lose something it has (a hard link, its
         * owner, its read-only mode); it was left alone.
         */
        SKIPPED_UNSAFE;

        public boolean skipped() {
            return this != FIXED && this != WOULD_FIX;
        }
    }
}
