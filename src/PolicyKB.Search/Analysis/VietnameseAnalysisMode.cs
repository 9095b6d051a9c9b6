namespace PolicyKB.Search.Analysis;

/// <summary>Which variant of <see cref="VietnameseAnalyzer"/> a field uses.</summary>
public enum VietnameseAnalysisMode
{
    /// <summary>Syllables and document numbers, accented and folded at one position.</summary>
    Unigrams,
    /// <summary>Two-syllable shingles of the accented syllables.</summary>
    Shingles,
    /// <summary>Two-syllable shingles of the folded syllables.</summary>
    FoldedShingles,
}
