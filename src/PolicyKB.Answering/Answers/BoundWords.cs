using System.Text.RegularExpressions;
using PolicyKB.Answering.Text;

namespace PolicyKB.Answering.Answers;

/// <summary>A bound written one way ("không quá") also read the other ("tối đa"), so coverage meets the asker's word.</summary>
internal static partial class BoundWords
{
    /// <summary>
    /// <paramref name="text"/> with the bound it states written both ways: "không quá 09 tháng" also reads "tối đa",
    /// "không dưới" also "tối thiểu, ít nhất", so "tối đa mấy tháng" finds "không quá 09 tháng/năm học".
    /// </summary>
    public static string BothWays(string text)
    {
        // A unit printed as a symbol ("75.000 m3") is also read as the words asked ("bao nhiêu mét khối").
        text = UnitSymbols.Spelled(text);
        var extra = "";
        if (UpperBound().IsMatch(text)) extra += " tối đa không quá";
        if (LowerBound().IsMatch(text)) extra += " tối thiểu ít nhất không dưới";
        return extra.Length == 0 ? text : text + " |" + extra;
    }

    [GeneratedRegex(@"(?i)\b(?:không quá|không vượt quá|tối đa)\b")]
    private static partial Regex UpperBound();

    [GeneratedRegex(@"(?i)\b(?:không dưới|không ít hơn|tối thiểu|ít nhất)\b")]
    private static partial Regex LowerBound();
}
