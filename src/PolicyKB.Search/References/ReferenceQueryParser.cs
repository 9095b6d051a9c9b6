using System.Text.RegularExpressions;
using PolicyKB.Citations;
using PolicyKB.Search.Analysis;

namespace PolicyKB.Search.References;

/// <summary>
/// Finds references to documents in a query, in any spelling officials type ("QĐ 281", "Quyết định số 281/QĐ-TTg",
/// "qd 281/qd-ttg", "CT 25-CT/TW", "Thông tư 39", "TT 39/2017/TT-BYT", "Luật Dược"), and resolves them to the
/// citation keys ingestion produced, so the clauses citing those documents can be ranked first.
/// </summary>
public sealed partial class ReferenceQueryParser
{
    private static readonly Dictionary<string, string> TypeWords = new(StringComparer.Ordinal)
    {
        ["quyet dinh"] = "Quyết định", ["qd"] = "Quyết định",
        ["nghi dinh"] = "Nghị định", ["nd"] = "Nghị định",
        ["nghi quyet"] = "Nghị quyết", ["nq"] = "Nghị quyết",
        ["thong tu"] = "Thông tư", ["tt"] = "Thông tư",
        ["chi thi"] = "Chỉ thị", ["ct"] = "Chỉ thị",
        ["ke hoach"] = "Kế hoạch", ["kh"] = "Kế hoạch",
        ["cong van"] = "Công văn", ["cv"] = "Công văn",
        ["ket luan"] = "Kết luận", ["kl"] = "Kết luận",
        ["huong dan"] = "Hướng dẫn", ["hd"] = "Hướng dẫn",
        ["thong bao"] = "Thông báo", ["tb"] = "Thông báo",
        ["bao cao"] = "Báo cáo", ["bc"] = "Báo cáo",
        ["cong dien"] = "Công điện", ["cd"] = "Công điện",
        ["luat"] = "Luật",
    };

    private readonly Dictionary<string, List<string>> _keysBySerial = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _keysByFoldedNumber = new(StringComparer.Ordinal);
    // A document known by name only, with its words padded for whole-word matching, folded and as written (lower case,
    // NFC): made once here, since Resolve runs on every search and the list holds every named law the store cites.
    private readonly List<(string Key, string PaddedFolded, string PaddedMarked)> _namedKeys = [];

    /// <summary>Creates a parser over the citation keys known to the knowledge base.</summary>
    public ReferenceQueryParser(IEnumerable<string> knownKeys)
    {
        // Keys arrive in the read model's order, which differs between two opens of the same folder; ordinal order
        // makes the references a response lists, and which key wins when two fold alike, the same every time.
        foreach (var key in knownKeys.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal))
        {
            var serial = LeadingDigits(key);
            if (serial.Length > 0 && key.Length > serial.Length && key[serial.Length] is '/' or '-')
            {
                if (!_keysBySerial.TryGetValue(serial.TrimStart('0'), out var list)) _keysBySerial[serial.TrimStart('0')] = list = [];
                list.Add(key);
                _keysByFoldedNumber[VietnameseNormalizer.Fold(key)] = key;
            }
            else
            {
                var folded = VietnameseNormalizer.Fold(key);
                // Short names ("Luật") would match too much as words of a query.
                if (folded.Length >= 8) _namedKeys.Add((key, Padded(folded, false), Padded(key.Normalize(System.Text.NormalizationForm.FormC).ToLowerInvariant(), true)));
            }
        }
    }

    /// <summary>Keys of the documents the query refers to; empty when it names none.</summary>
    public IReadOnlyList<string> Resolve(string query)
    {
        var folded = VietnameseNormalizer.Fold(query);
        var keys = new List<string>();
        foreach (Match number in FullNumber().Matches(folded))
        {
            var normalized = DocumentNumber.Normalize(number.Value);
            var candidate = normalized is null ? null : _keysByFoldedNumber.GetValueOrDefault(VietnameseNormalizer.Fold(normalized));
            candidate ??= _keysByFoldedNumber.GetValueOrDefault(number.Value);
            if (candidate is not null) keys.Add(candidate);
        }
        if (keys.Count == 0)
        {
            foreach (Match reference in TypedSerial().Matches(folded))
            {
                var type = TypeWords[reference.Groups["type"].Value.Replace("  ", " ")];
                var serial = reference.Groups["serial"].Value.TrimStart('0');
                foreach (var key in _keysBySerial.GetValueOrDefault(serial) ?? [])
                {
                    if (DocumentNumber.TypeFromNumber(key) == type || (type == "Luật" && key.Contains("/QH", StringComparison.Ordinal))) keys.Add(key);
                }
            }
        }
        // A document known by name only ("Luật Dược") is named by its words, whole: folded when the query is typed without
        // diacritics, else as written, so that "pháp luật được dùng" does not name "Luật Dược", which folds alike.
        var marked = VietnameseNormalizer.HasDiacritics(query);
        var words = Padded(marked ? query.Normalize(System.Text.NormalizationForm.FormC).ToLowerInvariant() : folded, marked);
        foreach (var (key, paddedFolded, paddedMarked) in _namedKeys)
        {
            if (words.Contains(marked ? paddedMarked : paddedFolded, StringComparison.Ordinal)) keys.Add(key);
        }
        return keys.Distinct(StringComparer.Ordinal).ToList();
    }

    /// <summary>
    /// True when the query is nothing but document references: numbers as typed ("281/QĐ-TTg", "25-CT/TW"), a
    /// type word with a serial ("QĐ 281"), type words, "số", "ngày", "năm" and dates. Such a query's words say
    /// nothing an embedding could add to the documents the numbers name ("QĐ 281", "Chỉ thị 25-CT/TW").
    /// </summary>
    public static bool IsReferenceOnly(string query)
    {
        var folded = VietnameseNormalizer.Fold(query);
        var rest = TypedSerial().Replace(FullNumber().Replace(folded, " "), " ");
        var words = Word().Matches(rest).Select(m => m.Value).ToList();
        var typeWords = TypeWords.Keys.SelectMany(k => k.Split(' ')).ToHashSet(StringComparer.Ordinal);
        return rest.Length < folded.Length && words.All(w => typeWords.Contains(w) || w is "so" or "ngay" or "nam" || w.All(char.IsAsciiDigit));
    }

    private static string LeadingDigits(string key)
    {
        var end = 0;
        while (end < key.Length && char.IsAsciiDigit(key[end])) end++;
        return key[..end];
    }

    [GeneratedRegex(@"[a-z0-9]+")]
    private static partial Regex Word();

    /// <summary>The words of <paramref name="text"/> between single spaces, with a space at each end (letters of any script when <paramref name="marked"/>).</summary>
    private static string Padded(string text, bool marked) => " " + string.Join(' ', (marked ? AnyWord() : Word()).Matches(text).Select(m => m.Value)) + " ";

    [GeneratedRegex(@"[\p{L}\p{M}\d]+")]
    private static partial Regex AnyWord();

    /// <summary>A whole number as typed, folded: "281/qd-ttg", "25-ct/tw", "39/2017/tt-byt", "46/2018/ttbyt".</summary>
    [GeneratedRegex(@"\b\d{1,5}(?:[/\-]\s?[a-z\d]+)*/\s?[a-z\d]+(?:[/\-][a-z\d]+)*")]
    private static partial Regex FullNumber();

    /// <summary>A type word or abbreviation and a serial: "qd 281", "quyet dinh so 281", "thong tu 39", "ct 25".</summary>
    [GeneratedRegex(@"\b(?<type>quyet dinh|nghi dinh|nghi quyet|thong tu|chi thi|ke hoach|cong van|ket luan|huong dan|thong bao|bao cao|cong dien|luat|qd|nd|nq|tt|ct|kh|cv|kl|hd|tb|bc|cd)\.?\s*(?:so\s*)?(?<serial>\d{1,5})\b")]
    private static partial Regex TypedSerial();
}
