/**
 * Evaluation harness and benchmarks: plants defects into a clean corpus (by default
 * {@code ../shared/corpora/news-dev} when present) and reports how well each rule finds them.
 * One sub-package per rule family; each has a {@code main} run with {@code exec:java}.
 */
package org.corpuslint.eval;
