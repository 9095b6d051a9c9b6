using System.Text.RegularExpressions;
using PolicyKB.Search.Analysis;

namespace PolicyKB.Answering.Verification;

/// <summary>
/// A position held by virtue of another office (issue #11, calibrated answerability): "Ai là Trưởng Ban Chỉ đạo …?" is
/// answered by "Trưởng Ban Chỉ đạo là Chủ tịch UBND tỉnh" — a committee's head is named by the office that holds the
/// post, not by a person's name, and that office is the answer. The sentence must SET the asked position equal to an
/// office other than the position asked ("X là / do Chủ tịch … ", "Chủ tịch … làm X"); a sentence where an office
/// merely acts beside the position ("Bộ trưởng Bộ Tài chính chủ trì") names no holder. Read from the question's own position words and a title followed
/// by the body it heads, never from a list of committees, so it holds on documents nobody has seen.
/// </summary>
public static partial class OfficeHolder
{
    /// <summary>Most characters between the asked position and the verb setting it equal to an office.</summary>
    private const int MaxGap = 60;

    /// <summary>
    /// True when <paramref name="sentence"/> states that the position <paramref name="question"/> asks the holder of
    /// ("ai là Trưởng ban …", "ai làm Chủ tịch …") is held by an office other than that position.
    /// </summary>
    public static bool Holds(string question, string sentence)
    {
        var asked = " " + VietnameseNormalizer.Fold(question) + " ";
        if (AskedPosition().Match(asked) is not { Success: true } position) return false;
        var words = Regex.Escape(position.Groups["p"].Value).Replace(@"\ ", @"\s+", StringComparison.Ordinal);
        var folded = VietnameseNormalizer.Fold(sentence);
        var pattern = $@"\b{words}\b[^.;:]{{0,{MaxGap}}}?\b(?:la|do)\s+(?<office>{OfficeTitles}\s+{Bodies})\b|\b(?<office>{OfficeTitles}\s+{Bodies})\b[^.;:]{{0,{MaxGap}}}?\blam\s+{words}\b";
        foreach (Match m in Regex.Matches(folded, pattern))
        {
            // Another office than the one asked: "ai là Chủ tịch UBND …" is not answered by "Chủ tịch UBND …" itself.
            if (!Regex.Replace(m.Groups["office"].Value, @"\s+", " ").StartsWith(position.Groups["p"].Value, StringComparison.Ordinal)) return true;
        }
        return false;
    }

    /// <summary>Folded titles of an office held by one person.</summary>
    private const string OfficeTitles = @"(?:pho\s+)?(?:chu tich|bo truong|thu truong|giam doc|thu tuong|chanh van phong|cuc truong|vu truong|bi thu|thong doc|vien truong|chanh an|chu nhiem|hieu truong|tong giam doc)";

    /// <summary>Folded first words of the body an office heads.</summary>
    private const string Bodies = @"(?:bo|so|uy ban|ubnd|chinh phu|ngan hang|van phong|cuc|vu|tong cuc|vien|toa an|ban|tinh|thanh|hoi dong|hdnd|dang uy|quan uy|truong|xa|phuong)";

    /// <summary>"ai là Trưởng ban …", "ai làm Chủ tịch Hội đồng …", folded: the position asked, a title and the word after it ("truong ban").</summary>
    [GeneratedRegex(@" ai (?:la|dang la|hien la|lam|dang lam|giu chuc|duoc bo nhiem(?: lam| giu chuc)?|duoc giao lam) (?<p>(?:pho )?(?:truong|chu tich|giam doc|chu nhiem|bi thu|to truong|chi huy truong) \p{L}+)")]
    private static partial Regex AskedPosition();
}
