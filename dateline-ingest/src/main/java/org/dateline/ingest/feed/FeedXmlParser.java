package org.dateline.ingest.feed;

import com.rometools.rome.io.impl.XmlFixerReader;
import java.io.IOException;
import java.io.StringReader;
import java.util.regex.Pattern;
import org.jdom2.Document;
import org.jdom2.JDOMException;
import org.jdom2.input.SAXBuilder;
import org.jdom2.input.sax.XMLReaders;
import org.xml.sax.InputSource;

/**
 * Parses feed XML into a JDOM document without resolving anything outside it: external general
 * and parameter entities are off, external DTDs are not loaded, any entity resolution yields
 * nothing, and entities are not expanded. HTML entities that feeds use without declaring them
 * ({@code &nbsp;}, {@code &mdash;}) are repaired first, and characters XML forbids are dropped.
 */
final class FeedXmlParser {

  private static final Pattern NOT_XML_CHARACTER =
      Pattern.compile("[^\\x09\\x0A\\x0D\\x20-\\uD7FF\\uE000-\\uFFFD\\x{10000}-\\x{10FFFF}]");

  Document parse(String xml) throws JDOMException, IOException {
    String clean = NOT_XML_CHARACTER.matcher(xml).replaceAll("");
    return builder().build(new XmlFixerReader(new StringReader(clean)));
  }

  private static SAXBuilder builder() {
    SAXBuilder builder = new SAXBuilder(XMLReaders.NONVALIDATING);
    builder.setFeature("http://xml.org/sax/features/external-general-entities", false);
    builder.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
    builder.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
    builder.setEntityResolver((publicId, systemId) -> new InputSource(new StringReader("")));
    builder.setExpandEntities(false);
    return builder;
  }
}
