using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace PolicyKB.Cli;

/// <summary>JSON output: camelCase, Vietnamese letters written as themselves, nulls kept so every field is present.</summary>
internal static class CliJson
{
    public static readonly JsonSerializerOptions Indented = Create(true);
    public static readonly JsonSerializerOptions Compact = Create(false);

    public static void Write<T>(TextWriter output, T value, bool indented = true) =>
        output.WriteLine(JsonSerializer.Serialize(value, indented ? Indented : Compact));

    private static JsonSerializerOptions Create(bool indented) => new(JsonSerializerDefaults.Web)
    {
        WriteIndented = indented,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
    };
}
