package org.corpuslint.cache;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.corpuslint.model.Finding;
import org.corpuslint.model.Fix;
import org.corpuslint.model.FixConfidence;
import org.corpuslint.model.Position;
import org.corpuslint.model.RecordLocation;
import org.corpuslint.model.Severity;
import org.corpuslint.model.TextEdit;
import org.corpuslint.profile.ExactStatistics;

/** Findings written to and read from the cache, every field of them. */
final class FindingCodec {

    private FindingCodec() {}

    static void write(DataOutput out, List<Finding> findings) throws IOException {
        out.writeInt(findings.size());
        for (Finding f : findings) {
            ExactStatistics.writeString(out, f.ruleId());
            out.writeByte(f.severity().ordinal());
            ExactStatistics.writeString(out, f.path());
            writePosition(out, f.start());
            writePosition(out, f.end());
            ExactStatistics.writeString(out, f.message());
            out.writeBoolean(f.fix() != null);
            if (f.fix() != null) {
                ExactStatistics.writeString(out, f.fix().description());
                out.writeByte(f.fix().confidence().ordinal());
                out.writeInt(f.fix().edits().size());
                for (TextEdit edit : f.fix().edits()) {
                    writePosition(out, edit.start());
                    writePosition(out, edit.end());
                    ExactStatistics.writeString(out, edit.replacement());
                }
            }
            RecordLocation record = f.recordLocation();
            out.writeBoolean(record != null);
            if (record != null) {
                out.writeLong(record.line());
                writeNullable(out, record.id());
            }
        }
    }

    static List<Finding> read(DataInput in) throws IOException {
        int n = in.readInt();
        List<Finding> findings = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            String rule = ExactStatistics.readString(in);
            Severity severity = Severity.values()[in.readByte()];
            String path = ExactStatistics.readString(in);
            Position start = readPosition(in);
            Position end = readPosition(in);
            String message = ExactStatistics.readString(in);
            Fix fix = null;
            if (in.readBoolean()) {
                String description = ExactStatistics.readString(in);
                FixConfidence confidence = FixConfidence.values()[in.readByte()];
                int edits = in.readInt();
                List<TextEdit> list = new ArrayList<>(edits);
                for (int k = 0; k < edits; k++) {
                    list.add(new TextEdit(readPosition(in), readPosition(in),
                            ExactStatistics.readString(in)));
                }
                fix = new Fix(description, list, confidence);
            }
            RecordLocation record = in.readBoolean()
                    ? new RecordLocation(in.readLong(), readNullable(in)) : null;
            findings.add(new Finding(rule, severity, path, start, end, message, fix, record));
        }
        return findings;
    }

    private static void writePosition(DataOutput out, Position p) throws IOException {
        out.writeInt(p.line());
        out.writeInt(p.column());
        out.writeInt(p.offset());
    }

    private static Position readPosition(DataInput in) throws IOException {
        return new Position(in.readInt(), in.readInt(), in.readInt());
    }

    static void writeNullable(DataOutput out, String text) throws IOException {
        out.writeBoolean(text != null);
        if (text != null) {
            ExactStatistics.writeString(out, text);
        }
    }

    static String readNullable(DataInput in) throws IOException {
        return in.readBoolean() ? ExactStatistics.readString(in) : null;
    }
}
