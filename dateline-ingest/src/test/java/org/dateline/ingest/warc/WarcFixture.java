package org.dateline.ingest.warc;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.nio.channels.FileChannel;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPOutputStream;
import org.netpreserve.jwarc.HttpRequest;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcMetadata;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcRequest;
import org.netpreserve.jwarc.WarcResource;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.Warcinfo;

/** Writes small WARC files for tests with jwarc's writer, recording where each record starts. */
final class WarcFixture {

  private final List<WarcRecord> records = new ArrayList<>();

  /** A page of invented news with one long paragraph mentioning {@code subject}. */
  static String page(String subject) {
    return "<!DOCTYPE html><html><head><title>" + subject + " | Estuary Echo</title>"
        + "<meta property=\"og:site_name\" content=\"Estuary Echo\"></head><body>"
        + "<nav><a href=\"/\">Home</a> <a href=\"/news\">News</a></nav><article><h1>" + subject
        + "</h1><p>" + subject + " was the talk of the estuary towns on Wednesday, as councillors "
        + "from both banks met to agree the next steps.</p></article></body></html>";
  }

  WarcFixture warcinfo() throws IOException {
    records.add(new Warcinfo.Builder().filename("crawl.warc")
        .fields(Map.of("software", List.of("dateline-test"))).build());
    return this;
  }

  WarcFixture request(String uri) throws IOException {
    HttpRequest http = new HttpRequest.Builder("GET", URI.create(uri).getPath())
        .addHeader("Host", URI.create(uri).getHost()).build();
    records.add(new WarcRequest.Builder(uri).body(http).build());
    return this;
  }

  WarcFixture response(String uri, int status, String contentType, byte[] body)
      throws IOException {
    HttpResponse http = new HttpResponse.Builder(status, status == 200 ? "OK" : "Other")
        .body(MediaType.parse(contentType), body).build();
    records.add(new WarcResponse.Builder(uri).body(http).build());
    return this;
  }

  /** A response record whose block is {@code block} as given, HTTP or not. */
  WarcFixture rawResponse(String uri, byte[] block) throws IOException {
    records.add(new WarcResponse.Builder(uri).body(MediaType.HTTP_RESPONSE, block).build());
    return this;
  }

  WarcFixture htmlResponse(String uri, String html) throws IOException {
    return response(uri, 200, "text/html; charset=utf-8", html.getBytes(StandardCharsets.UTF_8));
  }

  WarcFixture gzipEncodedResponse(String uri, String html) throws IOException {
    ByteArrayOutputStream zipped = new ByteArrayOutputStream();
    try (GZIPOutputStream gzip = new GZIPOutputStream(zipped)) {
      gzip.write(html.getBytes(StandardCharsets.UTF_8));
    }
    HttpResponse http = new HttpResponse.Builder(200, "OK")
        .addHeader("Content-Encoding", "gzip")
        .body(MediaType.parse("text/html"), zipped.toByteArray()).build();
    records.add(new WarcResponse.Builder(uri).body(http).build());
    return this;
  }

  WarcFixture legacyResponse(String uri, String html, Charset charset) throws IOException {
    return response(uri, 200, "text/html; charset=" + charset.name(), html.getBytes(charset));
  }

  WarcFixture resource(String uri, String html) throws IOException {
    records.add(new WarcResource.Builder(URI.create(uri))
        .body(MediaType.parse("text/html"), html.getBytes(StandardCharsets.UTF_8)).build());
    return this;
  }

  WarcFixture metadata(String uri) throws IOException {
    records.add(new WarcMetadata.Builder().targetURI(uri)
        .fields(Map.of("outlinks", List.of("https://estuaryecho.example/other"))).build());
    return this;
  }

  /** Writes the records to {@code file}; returns the offset each record starts at. */
  List<Long> writeTo(Path file, WarcCompression compression) throws IOException {
    List<Long> offsets = new ArrayList<>();
    try (FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE,
            StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING);
        org.netpreserve.jwarc.WarcWriter writer =
            new org.netpreserve.jwarc.WarcWriter(channel, compression)) {
      for (WarcRecord record : records) {
        offsets.add(writer.position());
        writer.write(record);
      }
    }
    return offsets;
  }
}
