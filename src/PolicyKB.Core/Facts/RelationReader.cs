using System.Text.RegularExpressions;
using PolicyKB.Documents;

namespace PolicyKB.Facts;

/// <summary>Reads the relation each citation of one clause stands in (see <see cref="Rules.RelationRule"/>).</summary>
public static partial class RelationReader
{
    /// <summary>The relations stated in <paramref name="text"/> toward its citations (ordered by offset).</summary>
    public static IEnumerable<RelationFact> Read(string text, IReadOnlyList<Citation> citations, RelationPlace place)
    {
        // Hard-wrapped lines (PDF text) continue the sentence; the replacement keeps the citations' offsets.
        text = text.Replace('\n', ' ');
        var seen = new HashSet<(string, string)>();
        Citation? previous = null;
        string? previousKind = null;
        string previousScope = RelationScopes.Whole;
        foreach (var citation in citations)
        {
            if (citation.Start < 0 || citation.Start > text.Length) continue;
            var sentenceStart = SentenceStart(text, citation.Start);
            var sameSentence = previous is not null && previous.Start + previous.Length >= sentenceStart;
            var from = sameSentence ? Math.Min(citation.Start, previous!.Start + previous.Length) : sentenceStart;
            var window = text[from..citation.Start];
            string? kind = null;
            var scope = RelationScopes.Whole;
            string? part = null;
            if (sameSentence && EndsWithConnector(window) && previousKind is not null) { kind = previousKind; scope = previousScope; }
            else if (sameSentence && NameOpener().IsMatch(window)) continue; // a document named inside the previous one's title
            else if (LastVerb(window, place) is { } verb)
            {
                kind = verb.Kind;
                var between = window[verb.End..];
                if (PartMarker().IsMatch(between)) { scope = RelationScopes.Part; part = Squash(between); }
            }
            var end = SentenceEnd(text, citation.Start + citation.Length);
            var after = text[Math.Min(citation.Start + citation.Length, end)..end];
            if (kind is null && place != RelationPlace.Preamble && Expires().IsMatch(after)) kind = RelationKinds.Repeals;
            previous = citation;
            previousKind = kind;
            previousScope = scope;
            if (kind is null) continue;
            if (place == RelationPlace.Body && !AboutItself(text[sentenceStart..end], window)) continue;
            if (!seen.Add((kind, citation.Key))) continue;
            var fact = new RelationFact { Relation = kind, TargetKey = citation.Key, Scope = scope, Part = part, Source = place == RelationPlace.Title ? "title" : "body" };
            var sentence = text[sentenceStart..end];
            if (place == RelationPlace.Body && FactDates.Find(sentence) is { Date.IsComplete: true } date && DateOf(sentence, citation))
                fact.EffectiveOn = date.Date.ToString();
            yield return fact;
        }
    }

    private static bool DateOf(string sentence, Citation citation) =>
        // The date must be the effect's ("kể từ ngày 01 tháng 01 năm 2026"), not the cited act's own issue date.
        EffectFrom().IsMatch(sentence) && (citation.Date is null || !sentence.Contains("từ ngày " + citation.Date, StringComparison.Ordinal));

    private static (string Kind, int End)? LastVerb(string window, RelationPlace place)
    {
        (string, int)? last = null;
        foreach (Match m in Verb().Matches(window))
        {
            // "được sửa đổi, bổ sung tại …", "bị bãi bỏ bởi …": another document acts, this one only reports it.
            if (Passive().IsMatch(window[..m.Index])) { last = null; continue; }
            // In the preamble only a sentence opening with "Thực hiện"/"Triển khai" states what the document implements.
            if (place == RelationPlace.Preamble && !OpensSentence(window[..m.Index])) { last = null; continue; }
            var kind = m.Groups["repeal"].Success ? RelationKinds.Repeals : m.Groups["replace"].Success ? RelationKinds.Replaces
                : m.Groups["amend"].Success ? RelationKinds.Amends : m.Groups["guide"].Success ? RelationKinds.Guides
                : m.Groups["apply"].Success ? RelationKinds.Applies : RelationKinds.Implements;
            var allowed = place switch
            {
                RelationPlace.Title => true,
                RelationPlace.Preamble => kind == RelationKinds.Implements,
                _ => kind is RelationKinds.Repeals or RelationKinds.Replaces or RelationKinds.Amends,
            };
            last = allowed ? (kind, m.Index + m.Length) : null;
        }
        return last;
    }

    private static bool AboutItself(string sentence, string window) =>
        ThisDocument().IsMatch(sentence) || VerbFirst().IsMatch(window);

    private static bool EndsWithConnector(string window) => Connector().IsMatch(window) || TrailingAnd().IsMatch(window);

    private static bool OpensSentence(string before) => before.Trim().Length == 0 || before.TrimEnd().EndsWith(']') && before.Length < 60;

    private static int SentenceStart(string text, int index)
    {
        for (var i = Math.Min(index, text.Length) - 1; i > 0; i--)
        {
            var c = text[i];
            if (c == ';') return i + 1;
            if (c == '.' && i + 2 < text.Length && text[i + 1] == ' ' && char.IsUpper(text[i + 2]) && i > 0 && !char.IsUpper(text[i - 1])) return i + 1;
        }
        return 0;
    }

    private static int SentenceEnd(string text, int index)
    {
        for (var i = Math.Min(index, text.Length); i < text.Length; i++)
        {
            var c = text[i];
            if (c == ';') return i;
            if (c == '.' && (i + 1 == text.Length || (text[i + 1] == ' ' && i + 2 < text.Length && char.IsUpper(text[i + 2])))) return i;
        }
        return text.Length;
    }

    private static string Squash(string text) => Metadata.VietnameseText.Squash(text).Trim(' ', ',', ':');

    [GeneratedRegex(@"(?<repeal>bãi\s+bỏ|hủy\s+bỏ|huỷ\s+bỏ)|(?<replace>thay\s+thế)|(?<amend>sửa\s+đổi(?:\s*,\s*bổ\s+sung)?)|(?<guide>hướng\s+dẫn(?:\s+thi\s+hành|\s+thực\s+hiện)?|quy\s+định\s+chi\s+tiết)|(?<apply>áp\s+dụng)|(?<implement>thực\s+hiện|triển\s+khai|thi\s+hành)", RegexOptions.IgnoreCase)]
    private static partial Regex Verb();

    [GeneratedRegex(@"\b(?:điều|khoản|điểm|chương|mục|phụ\s+lục|danh\s+mục|các\s+quy\s+định|một\s+số|nội\s+dung|tại)\b", RegexOptions.IgnoreCase)]
    private static partial Regex PartMarker();

    [GeneratedRegex(@"^[\s,;()\-–]*(?:(?:và|hoặc|cùng)[\s,;()]*)?$", RegexOptions.IgnoreCase)]
    private static partial Regex Connector();

    [GeneratedRegex(@"(?:^|\s)(?:và|hoặc)\s*$|,\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex TrailingAnd();

    [GeneratedRegex(@"(?:được|bị|đã\s+được)\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex Passive();

    [GeneratedRegex(@"^[\s,)]*(?:về|quy\s+định|ban\s+hành|hướng\s+dẫn|sửa\s+đổi|phê\s+duyệt|của)\b", RegexOptions.IgnoreCase)]
    private static partial Regex NameOpener();

    [GeneratedRegex(@"^[\s,]*(?:hết\s+hiệu\s+lực|bị\s+bãi\s+bỏ|không\s+còn\s+hiệu\s+lực)|\s(?:hết\s+hiệu\s+lực|bị\s+bãi\s+bỏ)(?:\s+thi\s+hành)?\s+(?:kể\s+)?từ", RegexOptions.IgnoreCase)]
    private static partial Regex Expires();

    [GeneratedRegex(@"\b(?:Quyết\s+định|Nghị\s+định|Thông\s+tư|Nghị\s+quyết|Chỉ\s+thị|Kế\s+hoạch|Luật|Pháp\s+lệnh|Quy\s+định|Quy\s+chế|Văn\s+bản)\s+này\b", RegexOptions.IgnoreCase)]
    private static partial Regex ThisDocument();

    [GeneratedRegex(@"^\s*(?:Điều\s+\d+\s*[.:]?\s*)?(?:bãi\s+bỏ|thay\s+thế|sửa\s+đổi)", RegexOptions.IgnoreCase)]
    private static partial Regex VerbFirst();

    [GeneratedRegex(@"(?:kể\s+)?từ\s+ngày\s+\d", RegexOptions.IgnoreCase)]
    private static partial Regex EffectFrom();
}
