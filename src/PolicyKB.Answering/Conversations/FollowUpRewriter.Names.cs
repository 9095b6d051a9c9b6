using System.Text.RegularExpressions;
using PolicyKB.Citations;

namespace PolicyKB.Answering.Conversations;

/// <summary>
/// Documents named in short. A question may give a type in short ("Theo CĐ 227, …", "QĐ 52/2025/QĐ-CTUBND căn cứ …");
/// carried into a follow-up it is spelled out, so the follow-up names the document the way its source lines do and
/// the question analysis reads its type.
/// </summary>
public sealed partial class FollowUpRewriter
{
    /// <summary>The document <paramref name="named"/> (a <see cref="NamedDocument"/> match) with its type word spelled out.</summary>
    private static string DocumentName(Match named)
    {
        var abbr = named.Groups["abbr"];
        var value = named.Value.Trim();
        return abbr.Success ? TypeWord(named) + value[abbr.Length..] : value;
    }

    /// <summary>The type word of <paramref name="named"/>, spelled out when it was typed in short.</summary>
    private static string TypeWord(Match named)
    {
        var abbr = named.Groups["abbr"];
        return abbr.Success && DocumentCodes.TypeAbbreviations.TryGetValue(abbr.Value, out var word) ? word : named.Groups["type"].Value;
    }
}
