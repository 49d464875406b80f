package io.tcgateway.bootstrap.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.tcgateway.adapter.json.DocumentId;
import io.tcgateway.domain.verify.Verification;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;

/**
 * Writes a {@link Verdict} as one compact JSON line, fields always in this order ({@code id} only
 * when the document has one, {@code line} only in {@code --jsonl} mode):
 *
 * <pre>
 * {"id":..,"line":..,"valid":true|false,"reason":"kebab-code"|null,"detail":"text"|null,
 *  "walletVersion":"v4r2"|null,"address":"0:&lt;hex&gt;"|null,"payloadChecked":false,
 *  "domainChecked":true|false}
 * </pre>
 *
 * {@code reason} is a {@link io.tcgateway.domain.verify.RejectionReason} code, or {@value
 * #UNREADABLE} for input that is not a document; {@code walletVersion} and {@code address} (raw
 * form) are set for valid documents only.
 */
final class VerdictJson {
  /** The {@code reason} of a document that could not be read. */
  static final String UNREADABLE = "unreadable";

  private static final JsonFactory JSON = new JsonFactory();

  private VerdictJson() {}

  static String line(Verdict verdict) {
    StringWriter text = new StringWriter();
    try (JsonGenerator out = JSON.createGenerator(text)) {
      out.writeStartObject();
      if (verdict.id().isPresent()) {
        out.writeFieldName("id");
        switch (verdict.id().get()) {
          case DocumentId.Text id -> out.writeString(id.value());
          case DocumentId.Numeric id -> out.writeNumber(id.value());
        }
      }
      if (verdict.line().isPresent()) {
        out.writeNumberField("line", verdict.line().getAsLong());
      }
      switch (verdict) {
        case Verdict.Checked checked -> {
          switch (checked.verification()) {
            case Verification.Valid valid ->
                fields(out, true, null, null, valid.wallet().version(), valid.address().toRaw());
            case Verification.Rejected rejected ->
                fields(out, false, rejected.reason().code(), rejected.detail(), null, null);
          }
          out.writeBooleanField("payloadChecked", false);
          out.writeBooleanField("domainChecked", checked.domainChecked());
        }
        case Verdict.Unreadable unreadable -> {
          fields(out, false, UNREADABLE, unreadable.problem(), null, null);
          out.writeBooleanField("payloadChecked", false);
          out.writeBooleanField("domainChecked", false);
        }
      }
      out.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return text.toString();
  }

  private static void fields(
      JsonGenerator out,
      boolean valid,
      String reason,
      String detail,
      String walletVersion,
      String address)
      throws IOException {
    out.writeBooleanField("valid", valid);
    out.writeStringField("reason", reason);
    out.writeStringField("detail", detail);
    out.writeStringField("walletVersion", walletVersion);
    out.writeStringField("address", address);
  }
}
