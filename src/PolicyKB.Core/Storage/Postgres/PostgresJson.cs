using System.Text.Json;
using System.Text.Json.Serialization;
using PolicyKB.Documents;

namespace PolicyKB.Storage.Postgres;

/// <summary>
/// JSON for the jsonb columns (document metadata, facts): plain data read and written whole, so a field added later
/// reads as its default without a migration. Partial dates keep their ISO form ("2021-01"), as in the LiteDB store.
/// </summary>
internal static class PostgresJson
{
    /// <summary>The serializer options.</summary>
    public static readonly JsonSerializerOptions Options = new() { Converters = { new PartialDateConverter() } };

    private sealed class PartialDateConverter : JsonConverter<PartialDate>
    {
        public override PartialDate Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            PartialDate.ParseIso(reader.GetString()) ?? throw new JsonException($"ngày không hợp lệ: '{reader.GetString()}'");

        public override void Write(Utf8JsonWriter writer, PartialDate value, JsonSerializerOptions options) => writer.WriteStringValue(value.ToString());
    }
}
