package org.corpuslint.spark;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.corpuslint.engine.CorpusLintException;

/**
 * Articles stored as a Parquet table, read by Spark's own reader: the columns
 * named by {@link FieldNames} become one {@link CorpusRecord} each, as {@link RecordArticle}
 * lays them out. A record without text or id is an input error, reported before the run.
 */
final class RecordReader {

    private RecordReader() {}

    /** Every field as a string: no schema inference pass over the corpus. */
    static StructType schema(FieldNames fields) {
        return DataTypes.createStructType(List.of(
                DataTypes.createStructField(fields.text(), DataTypes.StringType, true),
                DataTypes.createStructField(fields.id(), DataTypes.StringType, true),
                DataTypes.createStructField(fields.date(), DataTypes.StringType, true),
                DataTypes.createStructField(fields.source(), DataTypes.StringType, true)));
    }

    static JavaRDD<CorpusRecord> read(Dataset<Row> records, FieldNames fields) {
        List<String> present = Arrays.asList(records.columns());
        for (String required : List.of(fields.text(), fields.id())) {
            if (!present.contains(required)) {
                throw new CorpusLintException("the corpus records have no field '" + required
                        + "' (fields: " + present + ")");
            }
        }
        List<Column> columns = new ArrayList<>();
        for (String name : List.of(fields.text(), fields.id(), fields.date(), fields.source())) {
            columns.add(present.contains(name)
                    ? functions.col(name).cast(DataTypes.StringType).as(name)
                    : functions.lit(null).cast(DataTypes.StringType).as(name));
        }
        return records.select(columns.toArray(Column[]::new)).javaRDD()
                .map(row -> RecordArticle.record(row.getString(0), row.getString(1),
                        row.getString(2), row.getString(3)));
    }

}
