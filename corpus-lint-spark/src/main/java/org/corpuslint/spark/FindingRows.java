package org.corpuslint.spark;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.corpuslint.model.Finding;
import org.corpuslint.model.Fix;
import org.corpuslint.model.FixConfidence;
import org.corpuslint.model.Position;
import org.corpuslint.model.RecordLocation;
import org.corpuslint.model.Severity;
import org.corpuslint.model.TextEdit;

/**
 * A finding as one table row, in Parquet and JSON Lines alike: the document, the rule, the
 * severity, the start and end positions (1-based lines and columns, 0-based offsets; the end is
 * exclusive), the message, the fix (its description, confidence and edits) or nulls, and for a
 * record of a JSON Lines file its line in the file and its id (else nulls). The row holds the
 * whole finding: {@link #finding} gives it back unchanged.
 */
public final class FindingRows {

    private static final StructType EDIT = DataTypes.createStructType(List.of(
            field("startLine", DataTypes.IntegerType), field("startColumn", DataTypes.IntegerType),
            field("startOffset", DataTypes.IntegerType), field("endLine", DataTypes.IntegerType),
            field("endColumn", DataTypes.IntegerType), field("endOffset", DataTypes.IntegerType),
            field("replacement", DataTypes.StringType)));

    /** The columns, in order. */
    public static final StructType SCHEMA = DataTypes.createStructType(List.of(
            field("document", DataTypes.StringType), field("rule", DataTypes.StringType),
            field("severity", DataTypes.StringType),
            field("startLine", DataTypes.IntegerType), field("startColumn", DataTypes.IntegerType),
            field("startOffset", DataTypes.IntegerType), field("endLine", DataTypes.IntegerType),
            field("endColumn", DataTypes.IntegerType), field("endOffset", DataTypes.IntegerType),
            field("message", DataTypes.StringType), field("fix", DataTypes.StringType),
            field("fixConfidence", DataTypes.StringType),
            field("fixEdits", DataTypes.createArrayType(EDIT, false)),
            field("recordLine", DataTypes.LongType), field("recordId", DataTypes.StringType)));

    private FindingRows() {}

    private static StructField field(String name, DataType type) {
        return DataTypes.createStructField(name, type, true);
    }

    public static Row row(Finding finding) {
        Fix fix = finding.fix();
        RecordLocation record = finding.recordLocation();
        List<Row> edits = null;
        if (fix != null) {
            edits = new ArrayList<>();
            for (TextEdit edit : fix.edits()) {
                edits.add(RowFactory.create(edit.start().line(), edit.start().column(),
                        edit.start().offset(), edit.end().line(), edit.end().column(),
                        edit.end().offset(), edit.replacement()));
            }
        }
        return RowFactory.create(finding.path(), finding.ruleId(), finding.severity().label(),
                finding.start().line(), finding.start().column(), finding.start().offset(),
                finding.end().line(), finding.end().column(), finding.end().offset(),
                finding.message(), fix == null ? null : fix.description(),
                fix == null ? null : fix.confidence().label(),
                edits == null ? null
                        : scala.jdk.javaapi.CollectionConverters.asScala(edits).toSeq(),
                record == null ? null : record.line(), record == null ? null : record.id());
    }

    public static Finding finding(Row row) {
        Fix fix = null;
        if (!row.isNullAt(10)) {
            List<TextEdit> edits = new ArrayList<>();
            for (Row edit : row.<Row>getList(12)) {
                edits.add(new TextEdit(new Position(edit.getInt(0), edit.getInt(1), edit.getInt(2)),
                        new Position(edit.getInt(3), edit.getInt(4), edit.getInt(5)),
                        edit.getString(6)));
            }
            fix = new Fix(row.getString(10), edits, FixConfidence.parse(row.getString(11)));
        }
        return new Finding(row.getString(1), Severity.parse(row.getString(2)), row.getString(0),
                new Position(row.getInt(3), row.getInt(4), row.getInt(5)),
                new Position(row.getInt(6), row.getInt(7), row.getInt(8)), row.getString(9), fix,
                row.isNullAt(13) ? null : new RecordLocation(row.getLong(13), row.getString(14)));
    }
}
