package org.lantian.bulletin;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/** The official OASIS CAP 1.2 schema (src/test/resources/cap, offline) and small DOM helpers for the tests. */
final class CapSchema {

    static final String CAP = "urn:oasis:names:tc:emergency:cap:1.2";
    static final String ATOM = "http://www.w3.org/2005/Atom";
    private static final Schema SCHEMA;

    static {
        try {
            SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
            factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            SCHEMA = factory.newSchema(new StreamSource(CapSchema.class.getResource("/cap/CAP-v1.2.xsd").toExternalForm()));
        } catch (SAXException e) {
            throw new IllegalStateException(e);
        }
    }

    private CapSchema() {
    }

    /** Throws (with the schema's message) unless the document is a valid CAP 1.2 alert. */
    static void validate(String xml) {
        try {
            SCHEMA.newValidator().validate(new StreamSource(new StringReader(xml)));
        } catch (SAXException | IOException e) {
            throw new AssertionError("not valid CAP 1.2: " + e.getMessage() + "\n" + xml, e);
        }
    }

    static Document parse(String xml) {
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setNamespaceAware(true);
            return f.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
        } catch (Exception e) {
            throw new AssertionError("not well-formed XML: " + e.getMessage() + "\n" + xml, e);
        }
    }

    /** The text of the first element named {@code name} (CAP namespace) under {@code scope}, or null. */
    static String text(Element scope, String name) {
        NodeList list = scope.getElementsByTagNameNS(CAP, name);
        return list.getLength() == 0 ? null : list.item(0).getTextContent();
    }

    /** The direct children named {@code name} in {@code ns}. */
    static java.util.List<Element> children(Element parent, String ns, String name) {
        java.util.List<Element> result = new java.util.ArrayList<>();
        for (org.w3c.dom.Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && ns.equals(e.getNamespaceURI()) && name.equals(e.getLocalName())) {
                result.add(e);
            }
        }
        return result;
    }
}
