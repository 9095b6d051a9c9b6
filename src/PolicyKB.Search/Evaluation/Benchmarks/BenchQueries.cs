using System.Globalization;
using System.Text;
using PolicyKB.Storage;

namespace PolicyKB.Search.Evaluation.Benchmarks;

/// <summary>
/// Realistic queries drawn from what is stored, reproducibly (fixed seed): document numbers the way people type
/// them ("Quyết định 281/QĐ-TTg", "QĐ 281"), three-to-seven-word phrases from clause text, the same phrases without
/// diacritics (typed on a phone without a Vietnamese keyboard), and section headings; plus any judged queries given.
/// </summary>
public static class BenchQueries
{
    /// <summary>Builds <paramref name="count"/> queries (fewer when the store is nearly empty).</summary>
    public static IReadOnlyList<string> Build(IDocumentStore store, int count, IEnumerable<string>? extra = null, int seed = 42)
    {
        var random = new Random(seed);
        var queries = new List<string>((extra ?? []).Take(count / 4));
        var documents = store.ListDocuments();
        var keys = store.FindCitations().Where(c => c.Number is { Length: > 0 }).Select(c => (c.Type, c.Key, Number: c.Number!)).DistinctBy(c => c.Key).ToList();
        var clauses = documents.Count == 0 ? [] : documents.OrderBy(_ => random.Next()).Take(200).SelectMany(d => store.GetClauses(d.Id)).Where(c => c.Text.Length >= 40).ToList();
        var headings = clauses.Select(c => c.Heading).Where(h => h.Length is >= 8 and <= 120).Distinct(StringComparer.Ordinal).ToList();
        for (var attempts = 0; queries.Count < count && attempts < count * 10; attempts++)
        {
            var query = (attempts % 8) switch
            {
                0 or 1 when keys.Count > 0 => NumberQuery(keys[random.Next(keys.Count)], random),
                2 or 3 or 4 when clauses.Count > 0 => Phrase(clauses[random.Next(clauses.Count)].Text, random),
                5 or 6 when clauses.Count > 0 => Unaccented(Phrase(clauses[random.Next(clauses.Count)].Text, random)),
                7 when headings.Count > 0 => headings[random.Next(headings.Count)].ToLower(CultureInfo.GetCultureInfo("vi-VN")),
                _ => null,
            };
            if (query is { Length: > 1 }) queries.Add(query);
        }
        return queries;
    }

    /// <summary>The text without diacritics, đ → d, as typed without a Vietnamese keyboard.</summary>
    public static string Unaccented(string text)
    {
        var sb = new StringBuilder(text.Length);
        foreach (var c in text.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark) continue;
            sb.Append(c switch { 'đ' => 'd', 'Đ' => 'D', _ => c });
        }
        return sb.ToString().Normalize(NormalizationForm.FormC);
    }

    private static string NumberQuery((string? Type, string Key, string Number) citation, Random random)
    {
        var shortNumber = citation.Number.Split('/')[0];
        return random.Next(3) switch
        {
            0 => citation.Key,
            1 when citation.Type is { Length: > 0 } type => $"{type} {citation.Number}",
            _ => $"{Abbreviation(citation.Type)} {shortNumber}".Trim(),
        };
    }

    private static string Abbreviation(string? type) => type switch
    {
        "Quyết định" => "QĐ",
        "Nghị định" => "NĐ",
        "Thông tư" => "TT",
        "Chỉ thị" => "CT",
        "Nghị quyết" => "NQ",
        "Kế hoạch" => "KH",
        null => "",
        _ => type,
    };

    private static string Phrase(string text, Random random)
    {
        var words = text.Split((char[])[' ', '\n', ',', ';', ':', '.', '(', ')', '"', '“', '”'], StringSplitOptions.RemoveEmptyEntries);
        if (words.Length < 3) return string.Join(' ', words);
        var length = Math.Min(words.Length, random.Next(3, 8));
        var start = random.Next(words.Length - length + 1);
        return string.Join(' ', words, start, length);
    }
}
