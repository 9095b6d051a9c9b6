using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;
using PolicyKB.Search.Analysis;

namespace PolicyKB.Search.Keyword;

/// <summary>
/// Computes highlight spans from the index analyzer's own token offsets: a token of the text is highlighted when its
/// folded form is one of the query's folded words (Lucene.Net.Highlighter is not available here, and this keeps
/// highlighting faithful to what actually matched). Only the <see cref="VietnameseTokenizer"/> runs: the filters after it
/// in <see cref="VietnameseAnalyzer"/> (lower-casing, document-number parts, folding with the original kept) stack
/// their tokens on the tokenizer's offsets, so they add no span, only a copy of the token's state per accented syllable
/// (about 12 KB a highlighted clause).
/// </summary>
public sealed class HighlightFinder
{
    private readonly Analyzer _analyzer = Analyzer.NewAnonymous((_, reader) => new TokenStreamComponents(new VietnameseTokenizer(reader)));

    /// <summary>Spans of <paramref name="text"/> matching any of <paramref name="foldedWords"/> in any form, in order, merged when adjacent.</summary>
    public IReadOnlyList<HighlightSpan> Find(string text, IReadOnlySet<string> foldedWords) => Find(text, HighlightWords.AnyForm(foldedWords));

    /// <summary>Spans of <paramref name="text"/> matching <paramref name="words"/> (accents as typed), in order, merged when adjacent.</summary>
    public IReadOnlyList<HighlightSpan> Find(string text, HighlightWords words)
    {
        if (words.IsEmpty || text.Length == 0) return [];
        var spans = new List<HighlightSpan>();
        using var stream = _analyzer.GetTokenStream("text", text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        var offset = stream.AddAttribute<IOffsetAttribute>();
        stream.Reset();
        var lastStart = -1;
        while (stream.IncrementToken())
        {
            if (offset.StartOffset == lastStart) continue;
            // The text's own span, as written, is what the user sees and what is compared.
            if (!words.Matches(text.AsSpan(offset.StartOffset, offset.EndOffset - offset.StartOffset))) continue;
            lastStart = offset.StartOffset;
            Merge(spans, text, offset.StartOffset, offset.EndOffset);
        }
        stream.End();
        return spans;
    }

    private static void Merge(List<HighlightSpan> spans, string text, int start, int end)
    {
        if (spans.Count > 0)
        {
            var last = spans[^1];
            var lastEnd = last.Start + last.Length;
            if (start >= lastEnd && start - lastEnd <= 1 && text.AsSpan(lastEnd, start - lastEnd).IsWhiteSpace())
            {
                spans[^1] = last with { Length = end - last.Start };
                return;
            }
            if (start < lastEnd) return;
        }
        spans.Add(new HighlightSpan(start, end - start));
    }
}
