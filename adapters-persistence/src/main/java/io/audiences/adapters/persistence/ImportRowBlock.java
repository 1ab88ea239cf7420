package io.audiences.adapters.persistence;

import io.audiences.application.command.ImportRow;
import io.audiences.domain.prospect.Company;
import io.audiences.domain.prospect.ProspectBatch;
import io.audiences.domain.prospect.ProspectDraft;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Consecutive rows of an import's file packed into one value of {@code prospect_import_blocks}:
 * storing a file costs one insert per block rather than one per row, and a step reads and deletes
 * one value. Each row is its number, then a valid prospect's seven fields or what was wrong with
 * it; a string is its UTF-8 length ({@code -1} for none) and bytes. The first byte is the format's
 * version, so that a later format can still read blocks stored before an upgrade.
 */
final class ImportRowBlock {

    private static final byte VERSION = 1;
    private static final byte VALID = 0;
    private static final byte MALFORMED = 1;

    private ImportRowBlock() {
    }

    static byte[] encode(List<ImportRow> rows) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(rows.size() * 128);
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeByte(VERSION);
            out.writeInt(rows.size());
            for (ImportRow row : rows) {
                out.writeLong(row.number());
                if (row.item() instanceof ProspectBatch.Valid valid) {
                    ProspectDraft draft = valid.draft();
                    Company company = draft.company();
                    out.writeByte(VALID);
                    write(out, draft.linkedinUrl() == null ? null : draft.linkedinUrl().url());
                    write(out, draft.email() == null ? null : draft.email().value());
                    write(out, draft.firstName());
                    write(out, draft.lastName());
                    write(out, draft.headline());
                    write(out, company == null ? null : company.name());
                    write(out, company == null ? null : company.domain());
                } else {
                    out.writeByte(MALFORMED);
                    write(out, ((ProspectBatch.Malformed) row.item()).details());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    static List<ImportRow> decode(byte[] block) {
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(block))) {
            byte version = in.readByte();
            if (version != VERSION) {
                throw new IllegalStateException("a block of import rows in format " + version + ", not " + VERSION);
            }
            int count = in.readInt();
            List<ImportRow> rows = new ArrayList<>(count);
            for (int i = 0; i < count; i++) {
                long number = in.readLong();
                ProspectBatch.Item item = in.readByte() == VALID
                        ? new ProspectBatch.Valid(ProspectRow.draft(read(in), read(in), read(in), read(in), read(in), read(in), read(in)))
                        : new ProspectBatch.Malformed(read(in));
                rows.add(new ImportRow(number, item));
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void write(DataOutputStream out, String value) throws IOException {
        if (value == null) {
            out.writeInt(-1);
            return;
        }
        byte[] utf8 = value.getBytes(StandardCharsets.UTF_8);
        out.writeInt(utf8.length);
        out.write(utf8);
    }

    private static String read(DataInputStream in) throws IOException {
        int length = in.readInt();
        if (length < 0) {
            return null;
        }
        byte[] utf8 = in.readNBytes(length);
        if (utf8.length != length) {
            throw new IOException("a block of import rows ends inside a value");
        }
        return new String(utf8, StandardCharsets.UTF_8);
    }
}
