using System.Text.RegularExpressions;
using PolicyKB.Search.Analysis;

namespace PolicyKB.Search.Keyword;

/// <summary>Reads a raw query into <see cref="QueryTerms"/>; never throws on any input.</summary>
public static partial class QueryTermsParser
{
    /// <summary>Parses the query; text beyond <see cref="QueryTerms.MaxWords"/> words is ignored.</summary>
    public static QueryTerms Parse(string? query)
    {
        if (string.IsNullOrWhiteSpace(query)) return new QueryTerms([], []);
        var text = VietnameseNormalizer.Normalize(query.Length > QueryTerms.MaxLength ? query[..QueryTerms.MaxLength] : query)
            .Replace('“', '"').Replace('”', '"');
        var words = new List<string>();
        var phrases = new List<IReadOnlyList<string>>();
        var parts = text.Split('"');
        for (var i = 0; i < parts.Length; i++)
        {
            var tokens = Tokens(parts[i]);
            // Odd parts sit between quotes; an unclosed last quote makes its text plain words.
            var quoted = i % 2 == 1 && i < parts.Length - 1;
            if (quoted && tokens.Count > 1) phrases.Add(tokens);
            words.AddRange(tokens);
        }
        if (words.Count > QueryTerms.MaxWords) words = words.Take(QueryTerms.MaxWords).ToList();
        return new QueryTerms(words, phrases);
    }

    private static List<string> Tokens(string text) => Token().Matches(text).Select(m => m.Value).ToList();

    /// <summary>The same token shapes the index uses (<see cref="VietnameseTokenizer"/>).</summary>
    [GeneratedRegex(@"\d{1,5}(?:[/\-][\p{L}\d]+)*/[\p{L}\d]+(?:[/\-][\p{L}\d]+)*|[\p{L}\p{M}\p{N}]+")]
    private static partial Regex Token();
}
