using System.Text.RegularExpressions;

namespace PolicyKB.Search.Precedents;

/// <summary>
/// How much each word of a text counts when two wordings are compared, so that form text does not decide how alike two
/// clauses are. A word weighs its inverse clause frequency over the store (ln((N+1)/(df+1)) + 1: a word in every
/// clause still counts, a rare one several times more). Template text weighs nothing: a field label opening a line or
/// sentence, before a colon, that the store prints in several clauses ("Cơ quan chủ trì:", "Nơi nhận:"), and a short
/// line or sentence that several documents print alike (a signature block's "KT. CHỦ TỊCH", "- Lưu: VT"). Both are
/// learnt from the store, not listed.
/// </summary>
public sealed partial class WordWeights
{
    /// <summary>Longest label (words before the colon) or line read as template text.</summary>
    public const int ShortWords = 6;

    private readonly Dictionary<string, int> _clausesWith;
    private readonly HashSet<string> _labels;
    private readonly HashSet<string> _lines;
    private readonly int _clauses;

    private WordWeights(Dictionary<string, int> clausesWith, HashSet<string> labels, HashSet<string> lines, int clauses)
    {
        _clausesWith = clausesWith;
        _labels = labels;
        _lines = lines;
        _clauses = clauses;
    }

    /// <summary>Every word weighs 1 and nothing is template text (no store to learn from).</summary>
    public static WordWeights Uniform { get; } = new([], [], [], 0);

    /// <summary>Learns the weights from the clauses of a store: (document id, clause text) pairs.</summary>
    public static WordWeights Learn(IEnumerable<(string DocumentId, string Text)> clauses)
    {
        var clausesWith = new Dictionary<string, int>(StringComparer.Ordinal);
        var labelCount = new Dictionary<string, int>(StringComparer.Ordinal);
        var lineDocuments = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        var count = 0;
        foreach (var (documentId, text) in clauses)
        {
            count++;
            var tokens = WordTokenizer.Tokenize(text);
            foreach (var key in tokens.Where(t => t.IsWord).Select(t => t.Key).Distinct(StringComparer.Ordinal))
                clausesWith[key] = clausesWith.GetValueOrDefault(key) + 1;
            foreach (var line in tokens.GroupBy(t => t.Segment).Select(g => g.ToList()))
            {
                if (LabelKey(line) is { } label) labelCount[label] = labelCount.GetValueOrDefault(label) + 1;
                if (LineKey(line) is { } lineKey) (lineDocuments.TryGetValue(lineKey, out var set) ? set : lineDocuments[lineKey] = new(StringComparer.Ordinal)).Add(documentId);
            }
        }
        return new WordWeights(
            clausesWith,
            labelCount.Where(p => p.Value >= 2).Select(p => p.Key).ToHashSet(StringComparer.Ordinal),
            lineDocuments.Where(p => p.Value.Count >= 2).Select(p => p.Key).ToHashSet(StringComparer.Ordinal),
            count);
    }

    /// <summary>The weight of each token, in order.</summary>
    public double[] Weigh(IReadOnlyList<WordToken> tokens)
    {
        var weights = new double[tokens.Count];
        var template = new HashSet<WordToken>(ReferenceEqualityComparer.Instance);
        foreach (var line in tokens.GroupBy(t => t.Segment).Select(g => g.ToList()))
        {
            if (LineKey(line) is { } lineKey && _lines.Contains(lineKey)) template.UnionWith(line);
            else if (LabelKey(line) is { } label && _labels.Contains(label)) template.UnionWith(line.Take(LabelLength(line)));
        }
        for (var i = 0; i < tokens.Count; i++)
        {
            var token = tokens[i];
            weights[i] = !token.IsWord || template.Contains(token) ? 0
                : _clauses == 0 ? 1
                : Math.Log((_clauses + 1.0) / (_clausesWith.GetValueOrDefault(token.Key) + 1.0)) + 1;
        }
        return weights;
    }

    /// <summary>The words before a colon that ends within the line's first <see cref="ShortWords"/> words, folded.</summary>
    private static string? LabelKey(IReadOnlyList<WordToken> line)
    {
        var length = LabelLength(line);
        return length == 0 ? null : Masked(line.Take(length));
    }

    private static int LabelLength(IReadOnlyList<WordToken> line)
    {
        for (var i = 0; i < Math.Min(line.Count, ShortWords + 1); i++)
        {
            if (line[i].Text.TrimEnd().EndsWith(':')) return line.Take(i + 1).Any(t => t.IsWord) ? i + 1 : 0;
        }
        return 0;
    }

    private static string? LineKey(IReadOnlyList<WordToken> line) =>
        line.Count(t => t.IsWord) is > 0 and <= ShortWords ? Masked(line) : null;

    // Numbers differ between documents that print the same form line ("Số: 36/KH-SYT", "Khoản 2"): they are masked.
    private static string Masked(IEnumerable<WordToken> tokens) =>
        string.Join(' ', tokens.Where(t => t.IsWord).Select(t => Digits().Replace(t.Key, "#")));

    [GeneratedRegex(@"\d+")]
    private static partial Regex Digits();
}
