namespace PolicyKB.Citations;

/// <summary>
/// One recognizer of the extractor, in the manner of a Markdig block parser: a cheap trigger says whether the rule
/// can match anywhere in the text, and only then does the rule run its bounded patterns and propose candidates.
/// Overlaps between rules are settled by the extractor (longest span first, then rule order).
/// </summary>
internal interface ICitationRule
{
    /// <summary>Cheap test on the whole text (a character or a word it needs), so most clauses skip the rule.</summary>
    bool Triggers(CitationContext context);

    /// <summary>Adds the rule's candidates to <paramref name="output"/>. Never throws.</summary>
    void Find(CitationContext context, List<CitationCandidate> output);
}
