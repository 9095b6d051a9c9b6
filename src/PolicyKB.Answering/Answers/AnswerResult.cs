using System.Text.Json.Serialization;
using PolicyKB.Answering.Verification;

namespace PolicyKB.Answering.Answers;

/// <summary>The answer to one question, as the CLI prints it (<c>--json</c>) and <c>POST /api/ask</c> returns it.</summary>
/// <param name="Question">The question as asked.</param>
/// <param name="Answer">The answer text (Vietnamese) with numbered citations "[1]".</param>
/// <param name="Mode"><see cref="AnswerModes"/>: "extractive", "graph" or "llm".</param>
/// <param name="Citations">The sources "[n]" refers to.</param>
/// <param name="Refused">True when the documents do not answer the question ("Không tìm thấy nội dung này…").</param>
public sealed record AnswerResult(string Question, string Answer, string Mode, IReadOnlyList<AnswerCitation> Citations, bool Refused)
{
    /// <summary>The refusal text.</summary>
    public const string NotFound = "Không tìm thấy nội dung này trong các văn bản hiện có";

    /// <summary>The question actually searched, when a follow-up was rewritten with the conversation ("còn Hà Tĩnh thì sao?").</summary>
    public string? ResolvedQuestion { get; init; }

    /// <summary>The closest clauses shown instead of an answer when refused.</summary>
    public IReadOnlyList<AnswerCitation> Closest { get; init; } = [];

    /// <summary>The result of the verification gate.</summary>
    public VerificationReport Verification { get; init; } = VerificationReport.Empty;

    /// <summary>The conversation the question belongs to.</summary>
    public string? SessionId { get; init; }

    /// <summary>Time taken, milliseconds.</summary>
    public long TookMs { get; init; }

    /// <summary>The intent read from the question ("quantity", "responsibility", "citingdocuments"…).</summary>
    public string Intent { get; init; } = "";

    /// <summary>A note for the user (model unavailable, answer trimmed by the gate).</summary>
    public string? Note { get; init; }

    /// <summary>The documents the question may mean, when it could mean several (mode "clarify"); the UI links them.</summary>
    public IReadOnlyList<DocumentChoice> Choices { get; init; } = [];

    /// <summary>The features the answer calibrator read of the best quote (training collection only; not serialised).</summary>
    [JsonIgnore]
    public IReadOnlyList<double>? CalibrationFeatures { get; init; }

    /// <summary>Ids of the clauses the answer quoted, kept with the conversation's turn; none for a refusal.</summary>
    public IReadOnlyList<string> CitedClauseIds() => Refused ? [] : Citations.Select(c => c.ClauseId).Distinct(StringComparer.Ordinal).ToList();
}
