using System.Globalization;
using System.Text.RegularExpressions;
using PolicyKB.Answering.Knowledge;
using PolicyKB.Answering.Text;
using PolicyKB.Citations;
using PolicyKB.Search.Analysis;

namespace PolicyKB.Answering.Questions;

/// <summary>Reads a question: intent by the ordered rules, then places, years, named documents and subject words.</summary>
public sealed partial class QuestionAnalyzer
{
    private static readonly Dictionary<string, string> TypeNames = new(StringComparer.Ordinal)
    {
        ["ke hoach"] = "Kế hoạch", ["quyet dinh"] = "Quyết định", ["chi thi"] = "Chỉ thị", ["nghi quyet"] = "Nghị quyết",
        ["nghi dinh"] = "Nghị định", ["thong tu"] = "Thông tư", ["cong van"] = "Công văn", ["huong dan"] = "Hướng dẫn",
    };

    /// <summary>Words that open a question about a measured quantity ("Tỷ lệ … là bao nhiêu?").</summary>
    private static readonly string[][] Measures =
    [
        ["tỷ", "lệ"], ["tỷ", "số"], ["tỷ", "suất"], ["số", "lượng"], ["số", "lượt"], ["số"], ["mức"], ["giá"], ["chi", "phí"],
        ["kinh", "phí"], ["ngân", "sách"], ["diện", "tích"],
    ];

    private readonly IQuestionRule[] _rules;

    internal QuestionAnalyzer(IQuestionRule[] rules) => _rules = rules;

    /// <summary>The analyzer with the default rules.</summary>
    public static QuestionAnalyzer CreateDefault() => QuestionAnalyzerBuilder.CreateDefault().Build();

    /// <summary>Analyses <paramref name="question"/> against what the knowledge base knows. Never throws.</summary>
    public QuestionAnalysis Analyze(string question, KnowledgeSnapshot knowledge)
    {
        question = TextSanitizer.Clean(question);
        if (question.Length > 2000) question = question[..2000];
        // An acronym the documents never write ("TP.HCM") is read as the words they do write ("thành phố Hồ Chí Minh").
        question = knowledge.Acronyms.Expand(question, knowledge.Terms);
        // "học phí cấp 3" says "trung học phổ thông" as people do.
        question = SchoolLevels.Spell(question);
        var folded = !VietnameseNormalizer.HasDiacritics(question);
        var references = knowledge.References.Resolve(question);
        var numbers = Number().Matches(question).Select(m => m.Value).ToList();
        var unknown = numbers.Where(n => !knowledge.KnownNumbers.Contains(KnowledgeSnapshot.Normalized(n))).ToList();
        if (references.Count == 0 && numbers.Count == 0 && TypedSerial().Match(VietnameseNormalizer.Fold(question)) is { Success: true } serial
            && !IsYear(serial.Groups["serial"].Value) && !StoredSerial.Names(serial.Value, serial.Groups["serial"].Value, knowledge.StoredNumbers))
        {
            unknown.Add(serial.Value.Trim());
        }
        var withoutNumbers = Number().Replace(question, " ");
        var text = new QuestionText(question, references, unknown.Count > 0);
        var intent = _rules.Where(r => r.Triggers(text)).Select(r => r.Match(text)).FirstOrDefault(i => i is not null) ?? QuestionIntent.General;
        var places = PlaceNames.Named(question, knowledge.PlaceKeys);
        var placeWords = places.SelectMany(p => p.Split(' ')).ToHashSet(StringComparer.Ordinal);
        var years = KnowledgeSnapshot.Year().Matches(withoutNumbers).Select(y => int.Parse(y.Value, CultureInfo.InvariantCulture)).Distinct().ToList();

        var content = new List<string>();
        var contentWords = new List<string>();
        var units = new List<string>();
        var unitWords = new List<string>();
        var searchWords = new List<string>();
        var afterHowMany = -1;
        var percent = PercentAsked().IsMatch(question);
        foreach (Match token in SyllableKeys.Tokens(percent ? PercentAsked().Replace(withoutNumbers, " ") : withoutNumbers))
        {
            var key = SyllableKeys.Key(token.Value, folded);
            var isPlace = placeWords.Contains(SyllableKeys.Key(token.Value, fold: true));
            var isYear = KnowledgeSnapshot.Year().IsMatch(token.Value) && token.Value.Length == 4;
            var lower = token.Value.ToLowerInvariant();
            // "số mấy" asks an identifier: the words after it are not a unit counted.
            if (lower is "nhiêu" or "nhieu" or "mấy") { afterHowMany = percent || (lower == "mấy" && IdentifierAsked(withoutNumbers, token.Index)) ? -1 : 0; continue; }
            if (isPlace || isYear) { searchWords.Add(token.Value); afterHowMany = -1; continue; }
            if (StopWords.Contains(key, folded)) { if (afterHowMany > 0) afterHowMany = -1; continue; }
            searchWords.Add(token.Value);
            if (!content.Contains(key, StringComparer.Ordinal)) { content.Add(key); contentWords.Add(lower); }
            if (afterHowMany >= 0 && afterHowMany < 2) { units.Add(key); unitWords.Add(lower); afterHowMany++; }
        }
        var measure = intent == QuestionIntent.Quantity && units.Count == 0 ? Measure(content, folded) : [];
        return new QuestionAnalysis
        {
            AllKeys = SyllableKeys.Keys(withoutNumbers, folded),
            MeasureKeys = measure,
            MeasureText = string.Join(' ', contentWords.Take(measure.Count)),
            Question = question,
            Intent = intent,
            Folded = folded,
            ContentKeys = content,
            UnitKeys = units,
            UnitText = string.Join(' ', unitWords),
            WantsPercent = percent,
            Places = places,
            Years = years,
            References = references,
            UnknownReferences = unknown,
            AskedType = AskedType(text.Folded),
            SearchText = string.Join(' ', searchWords.Concat(numbers)),
        };
    }

    /// <summary>The measure opening the subject and the word after it, when the subject opens with one.</summary>
    private static List<string> Measure(List<string> content, bool folded)
    {
        foreach (var measure in Measures)
        {
            var keys = measure.Select(w => SyllableKeys.Key(w, folded)).ToList();
            if (content.Count > keys.Count && content.Take(keys.Count).SequenceEqual(keys)) return content.Take(keys.Count + 1).ToList();
        }
        return [];
    }

    private static string? AskedType(string folded)
    {
        var match = AskedTypePattern().Match(folded);
        return match.Success ? TypeNames.GetValueOrDefault(match.Groups["type"].Value) : null;
    }

    /// <summary>True when the "mấy" at <paramref name="index"/> of <paramref name="question"/> follows "số" ("công văn số mấy").</summary>
    private static bool IdentifierAsked(string question, int index) =>
        question[..index].TrimEnd().EndsWith("số", StringComparison.OrdinalIgnoreCase);

    private static bool IsYear(string serial) => serial.Length == 4 && KnowledgeSnapshot.Year().IsMatch(serial);

    /// <summary>A số hiệu as typed: "25-CT/TW", "281/QĐ-TTg", "39/2017/TT-BYT", "30A/2008/NQ-CP".</summary>
    [GeneratedRegex(@"(?<![\p{L}\d])\d{1,5}[A-Za-z]?(?:/\d{4})?\s?[/\-]\s?\p{Lu}[\p{L}\d]*(?:[\-/][\p{L}\d]+)*")]
    internal static partial Regex Number();

    /// <summary>A percentage asked: "phần trăm" or the sign.</summary>
    [GeneratedRegex(@"(?i)phần trăm|phan tram|%")]
    private static partial Regex PercentAsked();

    /// <summary>
    /// A type word and a bare serial ("chỉ thị 99", "qđ 281"), folded. Not a span of time ("kế hoạch 5 năm", "kế hoạch 10
    /// ngày"): a number counting years, months or days after "kế hoạch" is its length, no document's serial.
    /// </summary>
    [GeneratedRegex(@"\b(?:quyet dinh|nghi dinh|nghi quyet|thong tu|chi thi|ke hoach|cong van|cong dien|to trinh|ket luan|qd|nd|nq|tt|ct|kh|cv)\.?\s*(?:so\s*)?(?<serial>\d{1,5})\b(?!\s+(?:nam|thang|ngay|tuan|quy)\b)")]
    private static partial Regex TypedSerial();

    [GeneratedRegex(@" (?:nhung |cac )?(?<type>ke hoach|quyet dinh|chi thi|nghi quyet|nghi dinh|thong tu|cong van|huong dan) (?:nao|gi) |(?:nhung|cac) (?<type>ke hoach|quyet dinh|chi thi|nghi quyet|nghi dinh|thong tu|cong van) ")]
    private static partial Regex AskedTypePattern();
}
