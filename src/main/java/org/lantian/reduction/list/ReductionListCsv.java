package org.lantian.reduction.list;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Import and export of the reduction list in its one CSV layout (docs/reduction-list-csv.md): UTF-8, a header row
 * with the {@link CsvColumn} names, one row per measure with the enterprise's fields repeated on each of its rows, and
 * one row with an empty level for an enterprise without measures.
 */
public final class ReductionListCsv {

    private ReductionListCsv() {
    }

    /** Imports CSV text. Nothing is imported unless every row is valid; otherwise every problem is reported. */
    public static ImportResult parse(String csv) {
        return CsvImporter.importText(csv);
    }

    /** Imports from a character stream (already decoded). */
    public static ImportResult read(Reader reader) throws IOException {
        StringBuilder sb = new StringBuilder();
        char[] buf = new char[8192];
        for (int n; (n = reader.read(buf)) > 0; ) {
            sb.append(buf, 0, n);
        }
        return parse(sb.toString());
    }

    /** Imports UTF-8 bytes; bytes that are not UTF-8 are reported with the row they are on. */
    public static ImportResult read(InputStream in) throws IOException {
        return read(in.readAllBytes());
    }

    public static ImportResult read(Path file) throws IOException {
        return read(Files.readAllBytes(file));
    }

    /** Imports UTF-8 bytes (a leading byte-order mark is allowed). */
    public static ImportResult read(byte[] bytes) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            int row = 1;
            for (int i = 0; i < in.position(); i++) {
                if (bytes[i] == '\n') {
                    row++;
                }
            }
            return new ImportResult.Rejected(List.of(new RowError(row, RowError.WHOLE_FILE,
                    "not valid UTF-8 (byte offset " + in.position() + "); save the file as UTF-8")));
        }
        try {
            CoderResult flush = decoder.flush(out);
            if (flush.isError()) {
                flush.throwException();
            }
        } catch (CharacterCodingException e) {
            throw new IllegalStateException(e);
        }
        out.flip();
        return parse(out.toString());
    }

    /** Writes the list in the CSV layout (header, then each enterprise's rows in order; LF line ends). */
    public static void write(ReductionList list, Writer out) throws IOException {
        CSVFormat format = CSVFormat.RFC4180.builder().setRecordSeparator("\n").get();
        CSVPrinter printer = new CSVPrinter(out, format);
        // the optional columns only when some enterprise uses them: a list without them exports as before
        List<OptionalCsvColumn> optional = Arrays.stream(OptionalCsvColumn.values())
                .filter(c -> list.enterprises().stream().anyMatch(c::usedBy)).toList();
        List<String> header = new ArrayList<>(CsvColumn.headers());
        optional.forEach(c -> header.add(c.header()));
        printer.printRecord(header);
        for (EnterprisePlan plan : list.plans()) {
            List<String> enterprise = enterpriseFields(plan.enterprise());
            List<String> optionalValues = optional.stream().map(c -> c.export(plan.enterprise())).toList();
            if (plan.measures().isEmpty()) {
                List<String> row = new ArrayList<>(enterprise);
                while (row.size() < CsvColumn.values().length) {
                    row.add("");
                }
                row.addAll(optionalValues);
                printer.printRecord(row);
            }
            for (Measure m : plan.measures()) {
                List<String> row = new ArrayList<>(enterprise);
                row.addAll(measureFields(m));
                row.addAll(optionalValues);
                printer.printRecord(row);
            }
        }
        printer.flush();
    }

    public static void write(ReductionList list, Path file) throws IOException {
        Files.writeString(file, toCsv(list), StandardCharsets.UTF_8);
    }

    public static String toCsv(ReductionList list) {
        StringWriter w = new StringWriter();
        try {
            write(list, w);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return w.toString();
    }

    private static List<String> enterpriseFields(Enterprise e) {
        Emissions em = e.annualEmissions();
        return List.of(
                e.creditCode(),
                e.name(),
                e.countyCode(),
                e.industry().code(),
                e.grade().name(),
                CsvFormatting.number(e.baselineProduction().amount()),
                e.baselineProduction().unit(),
                CsvFormatting.number(em.so2()),
                CsvFormatting.number(em.nox()),
                CsvFormatting.number(em.pm()),
                CsvFormatting.number(em.vocs()),
                String.join(";", e.productionLines()),
                String.valueOf(e.basicNeeds()),
                String.valueOf(e.staggered()),
                String.valueOf(e.synthetic()));
    }

    private static List<String> measureFields(Measure m) {
        Emissions c = m.expectedCut();
        return List.of(
                m.level().name(),
                nullToEmpty(m.line()),
                nullToEmpty(m.process()),
                m.action().name(),
                CsvFormatting.number(m.limitPercent()),
                CsvFormatting.number(m.hours()),
                CsvFormatting.number(c.so2()),
                CsvFormatting.number(c.nox()),
                CsvFormatting.number(c.pm()),
                CsvFormatting.number(c.vocs()),
                m.indicator() == null ? "" : m.indicator().name(),
                nullToEmpty(m.description()));
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
