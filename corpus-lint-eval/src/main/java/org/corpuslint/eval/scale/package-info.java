/**
 * The scale benchmark: corpora of 10k to 1M articles generated from news-dev paragraphs, as text
 * files and as JSON Lines, and a check of them as the plugin runs it, timed with its peak memory
 * by {@code corpus-lint-eval/scripts/scale-benchmark.sh}.
 */
package org.corpuslint.eval.scale;
