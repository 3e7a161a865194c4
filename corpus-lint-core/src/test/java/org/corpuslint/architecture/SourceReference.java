package org.corpuslint.architecture;

/** {@code fromPackage} names a type of {@code toPackage} at {@code file}:{@code line}. */
record SourceReference(String fromPackage, String toPackage, String file, int line) {

    @Override
    public String toString() {
        return file + ":" + line + " (" + fromPackage + " -> " + toPackage + ")";
    }
}
