package dev.leakguard.analyzer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Set;

/** The official SARIF 2.1.0 JSON schema (from shared/data), for validating what we write. */
public final class SarifSchema {
  private static final JsonSchema SCHEMA = load();

  private SarifSchema() {}

  /** Every schema violation of a SARIF document, as text; empty when it is valid. */
  public static List<String> violations(String sarif) {
    try {
      JsonNode doc = new ObjectMapper().readTree(sarif);
      Set<ValidationMessage> messages = SCHEMA.validate(doc);
      return messages.stream().map(ValidationMessage::getMessage).sorted().toList();
    } catch (IOException e) {
      return List.of("not JSON: " + e.getMessage());
    }
  }

  private static JsonSchema load() {
    try (InputStream in = SarifSchema.class.getResourceAsStream("/sarif-schema-2.1.0.json")) {
      return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
