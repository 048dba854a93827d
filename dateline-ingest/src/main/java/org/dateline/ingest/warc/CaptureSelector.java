package org.dateline.ingest.warc;

import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.dateline.ingest.html.DeclaredCharset;
import org.dateline.ingest.html.DocumentSizeLimit;
import org.jspecify.annotations.Nullable;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MessageBody;
import org.netpreserve.jwarc.MessageHeaders;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResource;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcTargetRecord;

/**
 * Decides whether a WARC record holds an HTML page and reads the page if it does: a
 * {@code response} record carrying an HTTP 200 response with an HTML content type, or a
 * {@code resource} record whose own content type is HTML. Page bodies are read up to the size
 * limit and no further, including after decompression.
 */
final class CaptureSelector {

  private static final Set<String> HTML_TYPES = Set.of("text/html", "application/xhtml+xml");
  private static final int HTTP_OK = 200;

  private final DocumentSizeLimit limit;

  CaptureSelector(DocumentSizeLimit limit) {
    this.limit = limit;
  }

  /** The record's page, or empty if the record is not a captured HTML page. */
  Optional<CapturedPage> select(WarcRecord record) throws IOException, OversizedRecordException {
    if (record instanceof WarcResponse response) {
      if (!baseType(response.headers()).equals("application/http")) {
        return Optional.empty();
      }
      HttpResponse http = response.http();
      if (http.status() != HTTP_OK || !isHtml(http.headers())) {
        return Optional.empty();
      }
      refuseIfLarger(http.body().size());
      return Optional.of(page(targetOf(response), http.headers(), http.bodyDecoded()));
    }
    if (record instanceof WarcResource resource && isHtml(resource.headers())) {
      refuseIfLarger(resource.body().size());
      return Optional.of(page(targetOf(resource), resource.headers(), resource.body()));
    }
    return Optional.empty();
  }

  private CapturedPage page(String target, MessageHeaders headers, MessageBody body)
      throws IOException, OversizedRecordException {
    InputStream in = body.stream();
    byte[] html = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limit.maxBytes() + 1));
    if (html.length > limit.maxBytes()) {
      throw new OversizedRecordException(limit.refusalOfUnknownSize() + " once decompressed");
    }
    Optional<String> charset =
        headers.first("Content-Type").flatMap(DeclaredCharset::ofContentType);
    return new CapturedPage(target, html, charset);
  }

  private void refuseIfLarger(long size) throws OversizedRecordException {
    Optional<String> refusal = limit.refusal(size);
    if (refusal.isPresent()) {
      throw new OversizedRecordException(refusal.get());
    }
  }

  private static String targetOf(WarcTargetRecord record) {
    @Nullable String target = record.target();
    return target == null ? "" : target.strip();
  }

  private static boolean isHtml(MessageHeaders headers) {
    return HTML_TYPES.contains(baseType(headers));
  }

  private static String baseType(MessageHeaders headers) {
    String value = headers.first("Content-Type").orElse("");
    int semicolon = value.indexOf(';');
    return (semicolon < 0 ? value : value.substring(0, semicolon)).strip().toLowerCase(Locale.ROOT);
  }
}
