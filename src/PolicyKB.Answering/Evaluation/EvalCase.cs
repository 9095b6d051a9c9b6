using System.Text.Json.Serialization;

namespace PolicyKB.Answering.Evaluation;

/// <summary>
/// One question of an answer evaluation file (JSON lines). An answer is judged correct when: for an unanswerable case
/// (<see cref="ExpectRefusal"/>), it is the refusal; otherwise it is not a refusal, cites at least one of
/// <see cref="ExpectClauses"/> (when given), contains every string of <see cref="ExpectText"/> (ignoring case), and has
/// the expected <see cref="ExpectMode"/> (when given).
/// </summary>
public sealed record EvalCase
{
    /// <summary>Case id.</summary>
    [JsonPropertyName("id")] public string Id { get; init; } = "";

    /// <summary>Category ("legal-basis", "number", "responsibility", "deadline", "unanswerable", "follow-up"…).</summary>
    [JsonPropertyName("category")] public string Category { get; init; } = "";

    /// <summary>The question.</summary>
    [JsonPropertyName("question")] public string Question { get; init; } = "";

    /// <summary>Earlier questions of the same conversation, asked first.</summary>
    [JsonPropertyName("history")] public IReadOnlyList<string> History { get; init; } = [];

    /// <summary>Clause ids of which at least one must be cited.</summary>
    [JsonPropertyName("expectClauses")] public IReadOnlyList<string> ExpectClauses { get; init; } = [];

    /// <summary>Strings the answer must contain.</summary>
    [JsonPropertyName("expectText")] public IReadOnlyList<string> ExpectText { get; init; } = [];

    /// <summary>True when the documents cannot answer and the refusal is expected.</summary>
    [JsonPropertyName("expectRefusal")] public bool ExpectRefusal { get; init; }

    /// <summary>"dev" (tune on it) or "test" (report it), split by document; empty in sets without a split.</summary>
    [JsonPropertyName("split")] public string Split { get; init; } = "";

    /// <summary>The expected mode ("graph", "extractive"), when it matters.</summary>
    [JsonPropertyName("expectMode")] public string? ExpectMode { get; init; }
}
