using System.Text.RegularExpressions;
using PolicyKB.Search.Analysis;

namespace PolicyKB.Answering.Questions;

/// <summary>
/// A question lower-cased and folded to its unaccented form for the question-word patterns, with "máy" (a machine:
/// "nhà máy điện", "máy móc") kept apart as "mayx": folded, it would read as "mấy" (how many) and turn a date or agency
/// question about a plant into a number question.
/// </summary>
public static partial class FoldedQuestion
{
    /// <summary>The folded form of <paramref name="question"/>, "máy" and its compounds typed without diacritics as "mayx".</summary>
    public static string Of(string question)
    {
        var folded = " " + VietnameseNormalizer.Fold(MachineAccented().Replace(question.ToLowerInvariant(), "mayx")) + " ";
        return MachineFolded().Replace(folded, m => m.Value.Replace(" may ", " mayx ", StringComparison.Ordinal)).Trim();
    }

    /// <summary>
    /// <see cref="Of"/> with punctuation as spaces, padded by one space each side, for the " word " patterns of the
    /// question checks ("địa chỉ web nào?" → " dia chi web nao ").
    /// </summary>
    public static string Spaced(string question) => " " + Punctuation().Replace(Of(question), " ").Trim() + " ";

    [GeneratedRegex(@"[^\p{L}\d%/ ]+")]
    private static partial Regex Punctuation();

    [GeneratedRegex(@"\bmáy\b")]
    private static partial Regex MachineAccented();

    /// <summary>Compounds of "máy" typed without diacritics: "nhà máy", "máy móc", "máy tính", "máy bay", "máy thiết bị".</summary>
    [GeneratedRegex(@" nha may (?=\S)| may (?=moc |tinh |bay |thiet bi |chu )")]
    private static partial Regex MachineFolded();
}
