package org.corpuslint.rules.typo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;

/**
 * Build step (the core's {@code process-classes} phase): computes from the dictionaries and name
 * lists on the class path what every start of the typo rule would otherwise compute, into small
 * resources under the classes folder: {@link DictionaryTrigramTable},
 * {@link PersonalNameTable}. Public only so that the build can run it.
 */
public final class PrecomputedTables {

    private PrecomputedTables() {}

    /** {@code args[0]}: the classes folder. */
    public static void main(String[] args) {
        Path classes = Path.of(args[0]);
        try {
            DictionaryTrigramTable.writeAll(classes);
            PersonalNameTable.writeAll(classes);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the precomputed tables into " + classes,
                    e);
        }
    }
}
