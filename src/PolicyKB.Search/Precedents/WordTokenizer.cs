using System.Text.RegularExpressions;
using PolicyKB.Search.Analysis;

namespace PolicyKB.Search.Precedents;

/// <summary>Splits a text into <see cref="WordToken"/>s: Vietnamese syllables as written, compared folded.</summary>
public static partial class WordTokenizer
{
    /// <summary>Longest inputs compared word by word; beyond this the texts are cut (a clause is far shorter).</summary>
    public const int MaxWords = 1500;

    /// <summary>The words of <paramref name="text"/>, at most <see cref="MaxWords"/>.</summary>
    public static IReadOnlyList<WordToken> Tokenize(string text)
    {
        var tokens = new List<WordToken>();
        var segment = 0;
        foreach (Match m in WordWithSpace().Matches(text))
        {
            if (tokens.Count == MaxWords) break;
            var word = m.Value.TrimEnd();
            var trimmed = word.Trim(Edge);
            var key = VietnameseNormalizer.Fold(trimmed.Length > 0 ? trimmed : word);
            tokens.Add(new WordToken(m.Value, key, m.Index, segment));
            // A form line pasted as one paragraph ("… thực phẩm. Cơ quan chủ trì: …") still starts its own segment.
            if (m.Value.Contains('\n') || word.EndsWith('.') || word.EndsWith(';') || word.EndsWith('!') || word.EndsWith('?')) segment++;
        }
        return tokens;
    }

    private static readonly char[] Edge = ",.;:!?()[]\"'“”‘’…*".ToCharArray();

    [GeneratedRegex(@"\S+\s*")]
    private static partial Regex WordWithSpace();
}
