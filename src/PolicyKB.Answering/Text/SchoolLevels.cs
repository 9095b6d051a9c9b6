using System.Text.RegularExpressions;
using PolicyKB.Search.Analysis;

namespace PolicyKB.Answering.Text;

/// <summary>
/// The school levels as people say them ("cấp 1", "cấp 2", "cấp 3") spelled as documents write them ("tiểu học",
/// "trung học cơ sở", "trung học phổ thông"). Only in a question about schooling (học, trường, giáo dục, giáo viên,
/// lớp): "cấp 3" elsewhere is a level of something else ("rủi ro cấp 3"). Left as typed, the digit would also be
/// required of the answer as a number the question names.
/// </summary>
public static partial class SchoolLevels
{
    private static readonly string[] Spelled = ["tiểu học", "trung học cơ sở", "trung học phổ thông"];

    /// <summary><paramref name="question"/> with each colloquial school level spelled out; unchanged when it asks about no school.</summary>
    public static string Spell(string question)
    {
        var folded = VietnameseNormalizer.Fold(question);
        if (!Schooling().IsMatch(folded)) return question;
        // A question typed without diacritics gets the words without them, so it is still read as typed.
        var plain = !VietnameseNormalizer.HasDiacritics(question);
        return Level().Replace(question, m =>
        {
            var level = m.Groups["n"].Value.ToUpperInvariant() switch { "1" or "I" => 0, "2" or "II" => 1, _ => 2 };
            return plain ? VietnameseNormalizer.Fold(Spelled[level]) : Spelled[level];
        });
    }

    /// <summary>"cấp 1", "cap 2", "cấp III", not "cấp 12" nor "cấp 3.000".</summary>
    [GeneratedRegex(@"(?i)\b(?:cấp|cap)\s+(?<n>[123]|III|II|I)(?![\d.,/\p{L}])")]
    private static partial Regex Level();

    /// <summary>Words of schooling, folded.</summary>
    [GeneratedRegex(@"\b(?:hoc|truong|giao duc|giao vien|lop)\b")]
    private static partial Regex Schooling();
}
