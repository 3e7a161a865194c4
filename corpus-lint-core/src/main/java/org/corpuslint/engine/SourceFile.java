package org.corpuslint.engine;

import java.nio.file.Path;

/** A file to lint: where it is, and its path relative to the corpus root with {@code /}. */
public record SourceFile(Path absolutePath, String relativePath) {}
