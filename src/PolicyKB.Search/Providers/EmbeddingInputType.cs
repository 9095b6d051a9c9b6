using Microsoft.Extensions.AI;

namespace PolicyKB.Search.Providers;

/// <summary>
/// Tells a generator whether it embeds a search query or a stored passage, through
/// <see cref="EmbeddingGenerationOptions.AdditionalProperties"/>["input_type"]. Asymmetric models (e5: "query: " /
/// "passage: ") need it; PolicyKB's providers add the configured prefix, other generators ignore the property.
/// Without it a generator treats the input as a passage, the common case when indexing.
/// </summary>
public static class EmbeddingInputType
{
    /// <summary>Key in <see cref="EmbeddingGenerationOptions.AdditionalProperties"/>.</summary>
    public const string PropertyName = "input_type";

    /// <summary>The value for search queries.</summary>
    public const string Query = "query";

    /// <summary>The value for stored passages (clauses).</summary>
    public const string Passage = "passage";

    /// <summary>New options marking the inputs as queries (new each call: options are mutable).</summary>
    public static EmbeddingGenerationOptions ForQuery() => Create(Query);

    /// <summary>New options marking the inputs as passages.</summary>
    public static EmbeddingGenerationOptions ForPassage() => Create(Passage);

    /// <summary>True when <paramref name="options"/> mark the inputs as queries ("query", any case).</summary>
    public static bool IsQuery(EmbeddingGenerationOptions? options) =>
        options?.AdditionalProperties is { } properties
        && properties.TryGetValue(PropertyName, out var value)
        && string.Equals(value?.ToString(), Query, StringComparison.OrdinalIgnoreCase);

    /// <summary>The prefix to use for <paramref name="options"/>'s input type.</summary>
    internal static string Prefix(EmbeddingGenerationOptions? options, string queryPrefix, string passagePrefix) =>
        IsQuery(options) ? queryPrefix : passagePrefix;

    private static EmbeddingGenerationOptions Create(string type) =>
        new() { AdditionalProperties = new AdditionalPropertiesDictionary { [PropertyName] = type } };
}
