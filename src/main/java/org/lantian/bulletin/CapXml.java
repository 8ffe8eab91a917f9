package org.lantian.bulletin;

import java.io.StringWriter;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/** Writes CAP 1.2 XML (the JDK's StAX writer; no dependency) and the Atom feed of the messages. */
public final class CapXml {

    public static final String CAP_NS = "urn:oasis:names:tc:emergency:cap:1.2";
    public static final String ATOM_NS = "http://www.w3.org/2005/Atom";
    public static final String CAP_TYPE = "application/cap+xml";
    public static final String ATOM_TYPE = "application/atom+xml";
    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    /** CAP's dateTime: seconds, an explicit offset, never "Z" (the schema's pattern). */
    private static final DateTimeFormatter CAP_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssxxx");

    private CapXml() {
    }

    /** A time as published: Asia/Shanghai, whole seconds. */
    static OffsetDateTime shanghai(OffsetDateTime t) {
        return t.atZoneSameInstant(SHANGHAI).toOffsetDateTime().truncatedTo(ChronoUnit.SECONDS);
    }

    static String time(OffsetDateTime t) {
        return shanghai(t).format(CAP_TIME);
    }

    /** One {@code <alert>} document. */
    public static String alert(CapMessage m) {
        return write(w -> writeAlert(w, m));
    }

    /** One feed entry per message, newest first; each links to its CAP document at {@code capUrl(message)}. */
    public static String feed(String selfUrl, String title, OffsetDateTime updated, List<CapMessage> messages,
                              java.util.function.Function<CapMessage, String> capUrl) {
        return write(w -> {
            w.writeStartElement("feed");
            w.writeDefaultNamespace(ATOM_NS);
            element(w, "id", selfUrl);
            element(w, "title", title);
            element(w, "updated", time(updated));
            w.writeStartElement("author");
            element(w, "name", messages.isEmpty() ? "Lantian" : messages.get(0).infos().get(0).senderName());
            w.writeEndElement();
            link(w, "self", ATOM_TYPE, selfUrl);
            for (CapMessage m : messages) {
                CapMessage.Info zh = m.infos().get(0);
                CapMessage.Info en = m.infos().size() > 1 ? m.infos().get(1) : zh;
                w.writeStartElement("entry");
                element(w, "id", "urn:lantian:cap:" + m.identifier());
                element(w, "title", zh.headline() + " / " + en.headline());
                element(w, "updated", time(m.sent()));
                element(w, "published", time(m.sent()));
                w.writeStartElement("category");
                w.writeAttribute("term", m.msgType());
                w.writeEndElement();
                element(w, "summary", zh.instruction());
                link(w, "alternate", CAP_TYPE, capUrl.apply(m));
                w.writeEndElement();
            }
            w.writeEndElement();
        });
    }

    private interface Body {
        void write(XMLStreamWriter w) throws XMLStreamException;
    }

    private static String write(Body body) {
        StringWriter out = new StringWriter();
        try {
            XMLStreamWriter w = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
            w.writeStartDocument("UTF-8", "1.0");
            body.write(w);
            w.writeEndDocument();
            w.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
        return out.toString();
    }

    private static void writeAlert(XMLStreamWriter w, CapMessage m) throws XMLStreamException {
        w.writeStartElement("alert");
        w.writeDefaultNamespace(CAP_NS);
        element(w, "identifier", m.identifier());
        element(w, "sender", m.sender());
        element(w, "sent", time(m.sent()));
        element(w, "status", "Actual");
        element(w, "msgType", m.msgType());
        element(w, "scope", "Public");
        if (!m.references().isEmpty()) {
            element(w, "references", String.join(" ", m.references()));
        }
        for (CapMessage.Info i : m.infos()) {
            w.writeStartElement("info");
            element(w, "language", i.language());
            element(w, "category", "Env");
            element(w, "event", i.event());
            element(w, "urgency", i.urgency());
            element(w, "severity", i.severity());
            element(w, "certainty", i.certainty());
            element(w, "effective", time(i.effective()));
            element(w, "expires", time(i.expires()));
            element(w, "senderName", i.senderName());
            element(w, "headline", i.headline());
            if (i.description() != null) {
                element(w, "description", i.description());
            }
            element(w, "instruction", i.instruction());
            w.writeStartElement("area");
            element(w, "areaDesc", i.areaDesc());
            w.writeStartElement("geocode");
            element(w, "valueName", CapMessages.GEOCODE_NAME);
            element(w, "value", i.geocode());
            w.writeEndElement();
            w.writeEndElement();
            w.writeEndElement();
        }
        w.writeEndElement();
    }

    private static void element(XMLStreamWriter w, String name, String text) throws XMLStreamException {
        w.writeStartElement(name);
        w.writeCharacters(text);
        w.writeEndElement();
    }

    private static void link(XMLStreamWriter w, String rel, String type, String href) throws XMLStreamException {
        w.writeStartElement("link");
        w.writeAttribute("rel", rel);
        w.writeAttribute("type", type);
        w.writeAttribute("href", href);
        w.writeEndElement();
    }
}
