using System.Text.RegularExpressions;
using PolicyKB.Search.Analysis;

namespace PolicyKB.Answering.Questions;

/// <summary>A question prepared for the rules: lowercase with diacritics, folded, and the references it names.</summary>
public sealed partial class QuestionText
{
    /// <summary>Prepares <paramref name="question"/>; <paramref name="references"/> are the citation keys it names.</summary>
    public QuestionText(string question, IReadOnlyList<string> references)
    {
        var plain = Punctuation().Replace(question, " ");
        Lower = " " + string.Join(' ', VietnameseNormalizer.Normalize(plain).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)) + " ";
        Folded = " " + string.Join(' ', VietnameseNormalizer.Fold(plain).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)) + " ";
        References = references;
    }

    /// <summary>NFC lowercase, single-spaced, padded with one space each side.</summary>
    public string Lower { get; }

    /// <summary>Folded (no diacritics), single-spaced, padded with one space each side.</summary>
    public string Folded { get; }

    /// <summary>Citation keys of the documents the question names.</summary>
    public IReadOnlyList<string> References { get; }

    /// <summary>Everything but letters, digits and the characters of a số hiệu or a percentage.</summary>
    [GeneratedRegex(@"[^\p{L}\p{M}\d/\-%]+")]
    private static partial Regex Punctuation();
}
