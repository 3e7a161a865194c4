package org.corpuslint.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ByteArrayDataInputTest {

    @Test
    void readsWhatADataOutputStreamWroteThroughThePlainBuffer() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        // A buffer smaller than some writes, so that both of its paths are taken.
        DataOutputStream out = new DataOutputStream(new PlainBufferedOutput(bytes, 7));
        out.writeBoolean(true);
        out.writeByte(-3);
        out.writeShort(-12345);
        out.writeShort(54321);
        out.writeInt(-2);
        out.writeInt(0x7f80ff01);
        out.writeLong(Long.MIN_VALUE + 12345);
        out.writeLong(-1L);
        out.writeDouble(0.75);
        out.writeUTF("quay – pier");
        byte[] text = "harbour crane".getBytes(StandardCharsets.UTF_8);
        out.write(text);
        out.close();
        ByteArrayDataInput in = new ByteArrayDataInput(bytes.toByteArray());
        assertEquals(true, in.readBoolean());
        assertEquals(-3, in.readByte());
        assertEquals(-12345, in.readShort());
        assertEquals(54321, in.readUnsignedShort());
        assertEquals(-2, in.readInt());
        assertEquals(0x7f80ff01, in.readInt());
        assertEquals(Long.MIN_VALUE + 12345, in.readLong());
        assertEquals(-1L, in.readLong());
        assertEquals(0.75, in.readDouble());
        assertEquals("quay – pier", in.readUTF());
        assertEquals("harbour", in.readUtf8(7));
        byte[] rest = new byte[6];
        in.readFully(rest);
        assertArrayEquals(" crane".getBytes(StandardCharsets.UTF_8), rest);
        assertEquals(0, in.remaining());
        assertThrows(EOFException.class, in::readInt);
    }

    @Test
    void aCutShortValueIsAnEndOfFileNotAWrongNumber() {
        ByteArrayDataInput in = new ByteArrayDataInput(new byte[] {1, 2, 3});
        assertThrows(EOFException.class, in::readInt);
        assertThrows(EOFException.class, () -> in.readUtf8(-1));
    }
}
