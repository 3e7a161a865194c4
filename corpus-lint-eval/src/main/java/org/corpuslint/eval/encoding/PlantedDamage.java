package org.corpuslint.eval.encoding;

/**
 * One planted damage: where it is in the planted document and what kind it is.
 *
 * @param path the document
 * @param start the first offset of the damaged text
 * @param end the offset after it
 * @param kind the damage kind's label ({@code mojibake}, {@code entity}, …)
 */
record PlantedDamage(String path, int start, int end, String kind) {}
