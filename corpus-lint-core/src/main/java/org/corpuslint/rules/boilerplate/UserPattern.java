package org.corpuslint.rules.boilerplate;

import java.util.regex.Pattern;

/** A regular expression a user configured for one kind; a line it finds is boilerplate. */
record UserPattern(BoilerplateKind kind, Pattern pattern) {

    boolean finds(String line) {
        return pattern.matcher(line).find();
    }
}
