using PolicyKB.Decoding;
using PolicyKB.Documents;
using PolicyKB.Parsing;

namespace PolicyKB.Search.Embeddings.Tuning;

/// <summary>
/// Query ↔ passage pairs mined from documents with PolicyKB's own clause parser: a heading ("Mức thu học phí") is
/// what a reader would type, and the clause under it ("Mức thu học phí đối với cơ sở giáo dục công lập …") is the
/// passage search must find. A clause whose own text is only its heading takes the passage from its first children.
/// </summary>
public static class HeadingPairMiner
{
    /// <summary>Source name of the pairs.</summary>
    public const string Source = "heading";

    /// <summary>Source name of first sentence ↔ rest pairs.</summary>
    public const string SentenceSource = "sentence";

    private const int MinHeadingWords = 3, MaxHeadingWords = 20, MinBodyWords = 8, MaxBodyWords = 64;

    /// <summary>
    /// At most <paramref name="perDocument"/> pairs from each file (spread over the document, the same on every run);
    /// a file that cannot be decoded is skipped.
    /// </summary>
    public static IEnumerable<ContrastivePair> Mine(IEnumerable<string> files, int perDocument, int sentencesPerDocument = 0)
    {
        var decoders = ContentDecoders.CreateDefault();
        var parser = ClauseParser.CreateDefault();
        foreach (var file in files)
        {
            DecodedText decoded;
            try { decoded = decoders.DecodeFile(file); }
            catch (DecodingException) { continue; }
            var clauses = parser.Parse("mine", decoded.Lines, ClauseParser.ModeFor(decoded.Format));
            foreach (var pair in Spread(FromClauses(clauses), perDocument)) yield return pair;
            foreach (var pair in Spread(FromSentences(clauses), sentencesPerDocument)) yield return pair;
        }
    }

    /// <summary>
    /// First sentence ↔ rest of a clause with no heading: the first sentence states what the clause is about in
    /// fewer words ("Học sinh tiểu học được miễn học phí."), the rest says it at length.
    /// </summary>
    public static List<ContrastivePair> FromSentences(IReadOnlyList<Clause> clauses)
    {
        var pairs = new List<ContrastivePair>();
        foreach (var clause in clauses)
        {
            if (clause.Kind == ClauseKind.Preamble || clause.Heading.Length > 0) continue;
            var text = clause.Text.Trim();
            var end = text.IndexOf(". ", StringComparison.Ordinal);
            if (end < 0) continue;
            var first = Words(text[..end]);
            var rest = Words(text[(end + 2)..]);
            if (first.Length < MinHeadingWords + 2 || first.Length > MaxHeadingWords + 5 || rest.Length < MinBodyWords) continue;
            pairs.Add(new ContrastivePair(string.Join(' ', first), string.Join(' ', rest.Take(MaxBodyWords)), SentenceSource));
        }
        return pairs;
    }

    // At most `count` items spread evenly over the list (the same on every run).
    private static IEnumerable<ContrastivePair> Spread(List<ContrastivePair> pairs, int count)
    {
        var step = Math.Max(1.0, (double)pairs.Count / Math.Max(1, count));
        for (var k = 0.0; k < pairs.Count && (int)(k / step) < count; k += step) yield return pairs[(int)k];
    }

    /// <summary>Heading ↔ body pairs of one parsed document, in document order.</summary>
    public static List<ContrastivePair> FromClauses(IReadOnlyList<Clause> clauses)
    {
        var byId = clauses.ToDictionary(c => c.Id, StringComparer.Ordinal);
        var pairs = new List<ContrastivePair>();
        foreach (var clause in clauses)
        {
            var heading = clause.Heading.Trim();
            var headingWords = Words(heading).Length;
            if (clause.Kind == ClauseKind.Preamble || headingWords < MinHeadingWords || headingWords > MaxHeadingWords) continue;
            var body = new List<string>(Words(Body(clause)));
            foreach (var child in clause.ChildIds)
            {
                if (body.Count >= MinBodyWords) break;
                if (byId.TryGetValue(child, out var c)) body.AddRange(Words(c.Text));
            }
            if (body.Count < MinBodyWords) continue;
            pairs.Add(new ContrastivePair(heading, string.Join(' ', body.Take(MaxBodyWords)), Source));
        }
        return pairs;
    }

    // The clause's own text without its heading line (Text starts with the label and heading when it has one).
    private static string Body(Clause clause)
    {
        var text = clause.Text;
        var at = text.IndexOf(clause.Heading, StringComparison.Ordinal);
        return at >= 0 ? text[(at + clause.Heading.Length)..] : text;
    }

    private static string[] Words(string text) => text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
}
