package org.lantian.reduction;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;

import org.lantian.platform.http.BadRequest;

/**
 * The list's CSV as text, decoded strictly. Spreadsheets in China often save CSV as GBK: read as UTF-8 it would
 * turn every enterprise name into replacement characters without a word, so an undecodable body is refused naming
 * where it went wrong, and GBK/GB18030 files are taken when the request says so ({@code charset=GB18030}).
 */
final class CsvBody {

    private static final Map<String, Charset> ACCEPTED = Map.of(
            "utf-8", StandardCharsets.UTF_8, "utf8", StandardCharsets.UTF_8,
            "gbk", Charset.forName("GBK"), "gb18030", Charset.forName("GB18030"), "gb2312", Charset.forName("GB18030"));

    private CsvBody() {
    }

    static String decode(byte[] body, String contentType) {
        Charset charset = charset(contentType);
        CharsetDecoder decoder = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(body == null ? new byte[0] : body);
        CharBuffer out = CharBuffer.allocate((int) Math.min(Integer.MAX_VALUE - 8L, (long) in.remaining() + 1));
        var result = decoder.decode(in, out, true);
        if (result.isError()) {
            int at = in.position();
            throw new BadRequest("Content-Type", "the CSV is not valid " + charset.name() + " at byte " + at + " (line "
                    + line(body, at) + "); save it as UTF-8, or send Content-Type: text/csv; charset=GB18030 for a GBK file");
        }
        decoder.flush(out);
        return out.flip().toString();
    }

    private static Charset charset(String contentType) {
        if (contentType == null) {
            return StandardCharsets.UTF_8;
        }
        for (String part : contentType.split(";")) {
            String p = part.strip().toLowerCase(Locale.ROOT);
            if (p.startsWith("charset=")) {
                String name = p.substring("charset=".length()).replace("\"", "").strip();
                Charset c = ACCEPTED.get(name);
                if (c == null) {
                    // ISO-8859-1, a common client default, cannot carry the list's Chinese names: refused rather than garbled
                    throw new BadRequest("Content-Type", "charset " + name + " cannot carry the list's Chinese names: "
                            + "send UTF-8 (or GBK/GB18030)");
                }
                return c;
            }
        }
        return StandardCharsets.UTF_8;
    }

    private static int line(byte[] body, int upTo) {
        int line = 1;
        for (int i = 0; i < upTo && i < body.length; i++) {
            if (body[i] == '\n') {
                line++;
            }
        }
        return line;
    }
}
