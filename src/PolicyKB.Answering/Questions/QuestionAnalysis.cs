namespace PolicyKB.Answering.Questions;

/// <summary>A question read for answering: its intent and the parts retrieval and the answerers use.</summary>
public sealed record QuestionAnalysis
{
    /// <summary>The question as asked (after follow-up rewriting).</summary>
    public required string Question { get; init; }

    /// <summary>What it asks for.</summary>
    public required QuestionIntent Intent { get; init; }

    /// <summary>True when typed without diacritics: keys are then compared folded.</summary>
    public required bool Folded { get; init; }

    /// <summary>Distinct keys of the words that carry the subject (no question words, places, years or số hiệu).</summary>
    public required IReadOnlyList<string> ContentKeys { get; init; }

    /// <summary>Keys of the words right after "bao nhiêu"/"mấy" (the unit asked: "giường", "bác sĩ").</summary>
    public required IReadOnlyList<string> UnitKeys { get; init; }

    /// <summary>True when a percentage is asked ("bao nhiêu phần trăm", "%"): the answer must print one.</summary>
    public bool WantsPercent { get; init; }

    /// <summary>Folded keys of the places named.</summary>
    public required IReadOnlyList<string> Places { get; init; }

    /// <summary>Years named.</summary>
    public required IReadOnlyList<int> Years { get; init; }

    /// <summary>Citation keys of the documents named and known to the knowledge base.</summary>
    public required IReadOnlyList<string> References { get; init; }

    /// <summary>Documents named that the knowledge base does not know ("Chỉ thị 99-CT/TW").</summary>
    public required IReadOnlyList<string> UnknownReferences { get; init; }

    /// <summary>The document type asked for ("Kế hoạch" in "những kế hoạch nào"), if any.</summary>
    public string? AskedType { get; init; }

    /// <summary>The text sent to the search service.</summary>
    public required string SearchText { get; init; }
}
