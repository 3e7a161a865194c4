package org.corpuslint.run;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.corpuslint.baseline.Fingerprint;
import org.corpuslint.model.Finding;
import org.corpuslint.model.Fix;
import org.corpuslint.model.FixConfidence;
import org.corpuslint.model.Position;
import org.corpuslint.model.RecordLocation;
import org.corpuslint.model.Severity;
import org.corpuslint.model.TextEdit;

/**
 * How a spooled finding (and its baseline fingerprint, when the run has a baseline) is written
 * to a spill file and read back, field for field, so that a finding read back equals the one
 * written. Strings are written as Java's modified UTF-8 in chunks, which keeps a lone
 * surrogate of a document's text as it was.
 */
final class SpoolFormat {

    /** Characters per {@code writeUTF} chunk: at most 3 bytes each, under its 65,535 limit. */
    private static final int CHUNK = 16_384;

    private SpoolFormat() {}

    static void write(DataOutputStream out, FindingSpool.Entry entry) throws IOException {
        Finding f = entry.finding();
        string(out, f.ruleId());
        out.writeByte(f.severity().ordinal());
        string(out, f.path());
        position(out, f.start());
        position(out, f.end());
        string(out, f.message());
        RecordLocation record = f.recordLocation();
        out.writeBoolean(record != null);
        if (record != null) {
            out.writeLong(record.line());
            string(out, record.id());
        }
        Fix fix = f.fix();
        out.writeBoolean(fix != null);
        if (fix != null) {
            string(out, fix.description());
            out.writeByte(fix.confidence().ordinal());
            out.writeInt(fix.edits().size());
            for (TextEdit edit : fix.edits()) {
                position(out, edit.start());
                position(out, edit.end());
                string(out, edit.replacement());
            }
        }
        Fingerprint print = entry.fingerprint();
        out.writeBoolean(print != null);
        if (print != null) {
            string(out, print.rule());
            string(out, print.path());
            string(out, print.text());
            string(out, print.context());
        }
    }

    /** The next entry, or {@code null} at the end of the file. */
    static FindingSpool.Entry read(DataInputStream in) throws IOException {
        String ruleId;
        try {
            ruleId = string(in);
        } catch (EOFException end) {
            return null;
        }
        Severity severity = Severity.values()[in.readByte()];
        String path = string(in);
        Position start = position(in);
        Position end = position(in);
        String message = string(in);
        RecordLocation record = in.readBoolean() ? new RecordLocation(in.readLong(), string(in))
                : null;
        Fix fix = null;
        if (in.readBoolean()) {
            String description = string(in);
            FixConfidence confidence = FixConfidence.values()[in.readByte()];
            int edits = in.readInt();
            List<TextEdit> list = new ArrayList<>(edits);
            for (int i = 0; i < edits; i++) {
                list.add(new TextEdit(position(in), position(in), string(in)));
            }
            fix = new Fix(description, list, confidence);
        }
        Fingerprint print = in.readBoolean()
                ? new Fingerprint(string(in), string(in), string(in), string(in)) : null;
        return new FindingSpool.Entry(new Finding(ruleId, severity, path, start, end, message,
                fix, record), print);
    }

    private static void position(DataOutputStream out, Position p) throws IOException {
        out.writeInt(p.line());
        out.writeInt(p.column());
        out.writeInt(p.offset());
    }

    private static Position position(DataInputStream in) throws IOException {
        return new Position(in.readInt(), in.readInt(), in.readInt());
    }

    private static void string(DataOutputStream out, String s) throws IOException {
        if (s == null) {
            out.writeInt(-1);
            return;
        }
        out.writeInt(s.length());
        for (int i = 0; i == 0 || i < s.length(); i += CHUNK) { // "" is one empty chunk
            out.writeUTF(s.substring(i, Math.min(s.length(), i + CHUNK)));
        }
    }

    private static String string(DataInputStream in) throws IOException {
        int length = in.readInt();
        if (length < 0) {
            return null;
        }
        if (length <= CHUNK) {
            return in.readUTF();
        }
        StringBuilder s = new StringBuilder(length);
        while (s.length() < length) {
            s.append(in.readUTF());
        }
        return s.toString();
    }
}
