using System.Text.RegularExpressions;
using PolicyKB.Documents;
using PolicyKB.Search.Analysis;

namespace PolicyKB.Search.References;

/// <summary>
/// The knowledge base's own documents by số hiệu, so a query naming a document's number finds that document even when
/// nobody cites it. A document's number is its metadata number, or else the first number its title prints ("Nghị định
/// của Chính phủ số 61-CP ngày 05 tháng 7 năm 1994"). Documents sharing a number are ranked by the query's other words
/// found in their type, title, issuer and place ("qd 01 ubnd thanh hoa").
/// </summary>
public sealed partial class DocumentNumberIndex
{
    /// <summary>At most this many documents are put first for one query.</summary>
    public const int MaxDocuments = 5;

    private readonly Dictionary<string, List<Entry>> _bySerial = new(StringComparer.Ordinal);
    private readonly HashSet<string> _codes = new(StringComparer.Ordinal);

    /// <summary>Indexes <paramref name="documents"/>.</summary>
    public DocumentNumberIndex(IEnumerable<PolicyDocument> documents)
    {
        foreach (var document in documents)
        {
            var number = document.Metadata.Number ?? TitleNumber(document.Metadata.Title);
            if (number is null) continue;
            var read = NumberReferenceReader.Read(number, _ => true);
            if (read is null) continue;
            var (reference, _) = read.Value;
            var type = document.Metadata.Type is { } t ? VietnameseNormalizer.Fold(t) : reference.Type;
            var year = reference.Year ?? document.Metadata.IssuedOn?.Year.ToString(System.Globalization.CultureInfo.InvariantCulture);
            var words = Words().Matches(VietnameseNormalizer.Fold($"{document.Metadata.Type} {document.Metadata.Title} {document.Metadata.Issuer} {document.Metadata.Place}"))
                .Select(m => m.Value).ToHashSet(StringComparer.Ordinal);
            foreach (var code in reference.Codes) _codes.Add(code);
            if (!_bySerial.TryGetValue(reference.Serial, out var list)) _bySerial[reference.Serial] = list = [];
            list.Add(new Entry(document, reference with { Type = type, Year = year }, words));
        }
    }

    /// <summary>True when no document has a number.</summary>
    public bool IsEmpty => _bySerial.Count == 0;

    /// <summary>
    /// The documents whose own number the query names, best first: the serial must be theirs, and the year, type and
    /// codes typed must not contradict theirs; the query's other words then rank them. Empty when it names none.
    /// </summary>
    public IReadOnlyList<PolicyDocument> Find(string query, SearchFilters filters)
    {
        if (NumberReferenceReader.Read(query, _codes.Contains) is not var (reference, context)) return [];
        if (!_bySerial.TryGetValue(reference.Serial, out var candidates)) return [];
        return candidates
            .Where(e => Fits(e.Reference, reference) && (filters.IsEmpty || DocumentFilter.Matches(e.Document, filters)))
            .Select(e => (e.Document, Score: context.Count(e.Words.Contains)))
            .OrderByDescending(p => p.Score)
            .Take(MaxDocuments)
            .Select(p => p.Document)
            .ToList();
    }

    private static bool Fits(NumberReference document, NumberReference query) =>
        (query.Year is null || query.Year == document.Year)
        && (query.Type is null || document.Type is null || query.Type == document.Type)
        && query.Codes.All(document.Codes.Contains);

    /// <summary>The first số hiệu printed in a title ("số 61-CP"), when the header gave none.</summary>
    private static string? TitleNumber(string? title) =>
        title is not null && TitleNumberPattern().Match(title) is { Success: true } m ? m.Groups["n"].Value : null;

    [GeneratedRegex(@"\b(?:số|Số|SỐ)\s*(?<n>\d{1,5}[-/][\p{L}\d\-/]+)")]
    private static partial Regex TitleNumberPattern();

    [GeneratedRegex(@"[a-z0-9]+")]
    private static partial Regex Words();

    private sealed record Entry(PolicyDocument Document, NumberReference Reference, IReadOnlySet<string> Words);
}
