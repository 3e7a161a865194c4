package org.corpuslint.rules.boilerplate;

import com.google.re2j.Pattern;
import com.google.re2j.PatternSyntaxException;

/**
 * A regular expression a user configured for one kind; a line it finds is boilerplate. It runs
 * on RE2/J, whose time is linear in the line's length whatever the pattern: a configuration can
 * come with the corpus, and a backtracking engine hangs on {@code (.*,){12}X} and a line of
 * commas. RE2/J has no backreferences and no lookaround; such a pattern is refused.
 */
record UserPattern(BoilerplateKind kind, Pattern pattern) {

    /** Longer patterns are not hand-written boilerplate; the limit bounds compile cost. */
    static final int MAX_LENGTH = 1000;

    /** Thrown for a pattern that cannot be used; the message says why. */
    static final class Refused extends Exception {
        final String description;

        Refused(String description) {
            super(description);
            this.description = description;
        }
    }

    static UserPattern compile(BoilerplateKind kind, String regex) throws Refused {
        if (regex.length() > MAX_LENGTH) {
            throw new Refused("longer than " + MAX_LENGTH + " characters");
        }
        try {
            return new UserPattern(kind, Pattern.compile(regex, Pattern.CASE_INSENSITIVE));
        } catch (PatternSyntaxException e) {
            throw new Refused(e.getDescription() + "; backreferences and lookaround are not"
                    + " supported (patterns run on the linear-time RE2 engine)");
        }
    }

    boolean finds(String line) {
        return pattern.matcher(line).find();
    }
}
