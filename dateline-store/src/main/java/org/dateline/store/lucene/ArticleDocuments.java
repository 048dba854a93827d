package org.dateline.store.lucene;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.apache.lucene.document.BinaryDocValuesField;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.util.BytesRef;
import org.dateline.model.Analysis;
import org.dateline.model.Article;
import org.dateline.model.Mention;

/**
 * Maps an {@link Article} to the Lucene document that stores it, and back. Every article field is
 * stored as written, so {@code toArticle(toDocument(a, f)).equals(a)}: an absent optional is an
 * absent field, list values keep their order, the date is an epoch day.
 */
final class ArticleDocuments {

  /** Body text: analyzed, stored, offsets in the postings so snippets need no re-analysis. */
  private static final FieldType TEXT_TYPE = textType();

  private ArticleDocuments() {}

  /**
   * The document for {@code article}.
   *
   * @param fingerprint the stored fingerprint (see {@link FieldNames#FINGERPRINT})
   * @param analysis what the language layer read in it, if anything
   * @throws IllegalArgumentException if the id or outlet is too long to be an index term
   */
  static Document toDocument(Article article, String fingerprint, Optional<Analysis> analysis,
      long arrival) {
    Document doc = new Document();
    doc.add(new NumericDocValuesField(FieldNames.ARRIVAL, arrival));
    BytesRef id = term("article id", article.id());
    doc.add(new StringField(FieldNames.ID, article.id(), Field.Store.YES));
    doc.add(new SortedDocValuesField(FieldNames.ID, id));
    doc.add(new StoredField(FieldNames.FINGERPRINT, fingerprint));
    doc.add(new BinaryDocValuesField(FieldNames.FINGERPRINT, new BytesRef(fingerprint)));
    doc.add(new StoredField(FieldNames.SOURCE, article.source()));
    article.url().ifPresent(url -> doc.add(new StoredField(FieldNames.URL, url)));
    article.outlet().ifPresent(outlet -> {
      doc.add(new StoredField(FieldNames.OUTLET, outlet));
      BytesRef key = term("outlet", StoreAnalyzers.outletKey(outlet));
      doc.add(new StringField(FieldNames.OUTLET, key, Field.Store.NO));
    });
    article.byline().ifPresent(byline -> doc.add(new StoredField(FieldNames.BYLINE, byline)));
    article.title().ifPresent(title -> doc.add(new TextField(FieldNames.TITLE, title, Field.Store.YES)));
    article.published().ifPresent(date -> {
      long day = date.toEpochDay();
      doc.add(new LongPoint(FieldNames.PUBLISHED, day));
      doc.add(new NumericDocValuesField(FieldNames.PUBLISHED, day));
      doc.add(new StoredField(FieldNames.PUBLISHED, day));
    });
    article.credits().forEach(credit -> doc.add(new StoredField(FieldNames.CREDITS, credit)));
    article.dateline().ifPresent(place -> doc.add(new StoredField(FieldNames.DATELINE, place)));
    doc.add(new Field(FieldNames.TEXT, article.text(), TEXT_TYPE));
    article.furniture().forEach(piece -> doc.add(new StoredField(FieldNames.FURNITURE, piece)));
    analysis.ifPresent(read -> {
      doc.add(new StoredField(FieldNames.ANALYSIS, AnalysisJson.write(read)));
      read.mentions().stream().map(Mention::actorId).distinct()
          .forEach(actor -> doc.add(new StringField(FieldNames.ACTOR, term("actor id", actor), Field.Store.NO)));
    });
    return doc;
  }

  /** The article a stored document (as read back from the index) holds. */
  static Article toArticle(Document doc) {
    return new Article(
        required(doc, FieldNames.ID),
        required(doc, FieldNames.SOURCE),
        optional(doc, FieldNames.URL),
        optional(doc, FieldNames.OUTLET),
        optional(doc, FieldNames.BYLINE),
        optional(doc, FieldNames.TITLE),
        Optional.ofNullable(doc.getField(FieldNames.PUBLISHED))
            .map(field -> LocalDate.ofEpochDay(numeric(field))),
        List.of(doc.getValues(FieldNames.CREDITS)),
        optional(doc, FieldNames.DATELINE),
        required(doc, FieldNames.TEXT),
        List.of(doc.getValues(FieldNames.FURNITURE)));
  }

  /** The analysis a stored document holds, if any. */
  static Optional<Analysis> toAnalysis(Document doc) {
    return Optional.ofNullable(doc.get(FieldNames.ANALYSIS)).map(AnalysisJson::read);
  }

  private static BytesRef term(String what, String value) {
    BytesRef bytes = new BytesRef(value);
    if (bytes.length > IndexWriter.MAX_TERM_LENGTH) {
      throw new IllegalArgumentException(what + " is longer than " + IndexWriter.MAX_TERM_LENGTH
          + " UTF-8 bytes: " + value.substring(0, 80) + "…");
    }
    return bytes;
  }

  private static String required(Document doc, String field) {
    String value = doc.get(field);
    if (value == null) {
      throw new IllegalStateException("stored article " + doc.get(FieldNames.ID) + " lacks its "
          + field + " field: the store is damaged");
    }
    return value;
  }

  private static Optional<String> optional(Document doc, String field) {
    return Optional.ofNullable(doc.get(field));
  }

  private static long numeric(IndexableField field) {
    Number value = field.numericValue();
    if (value == null) {
      throw new IllegalStateException("stored " + field.name() + " is not a number");
    }
    return value.longValue();
  }

  private static FieldType textType() {
    FieldType type = new FieldType(TextField.TYPE_STORED);
    type.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
    type.freeze();
    return type;
  }
}
