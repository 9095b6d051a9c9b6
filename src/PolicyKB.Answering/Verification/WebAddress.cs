using System.Text.RegularExpressions;
using PolicyKB.Answering.Questions;

namespace PolicyKB.Answering.Verification;

/// <summary>
/// A web address asked and written: "truy cập ở địa chỉ web nào?" is answered only by a sentence writing one
/// ("https://congchung.haiphong.gov.vn"), which both the answer scorers and the evidence check require.
/// </summary>
public static partial class WebAddress
{
    /// <summary>True when <paramref name="question"/> asks a web address ("địa chỉ web nào", "tên miền nào", "website gì").</summary>
    public static bool Asked(string question) => WebAsked().IsMatch(FoldedQuestion.Spaced(question));

    /// <summary>True when <paramref name="sentence"/> writes a web address ("https://…", "www.…", "….gov.vn").</summary>
    public static bool Written(string sentence) => Address().IsMatch(sentence);

    /// <summary>
    /// "địa chỉ web", "địa chỉ truy cập", "trang web nào", "website gì", "tên miền nào": a web address is asked. The bare
    /// word ("Ai quản lý website của tỉnh?") names the site as a subject and asks nothing of its address.
    /// </summary>
    [GeneratedRegex(@" dia chi (?:web|website|trang web|truy cap) | (?:trang web|website|trang thong tin dien tu|ten mien) (?:nao|gi|la gi) ")]
    private static partial Regex WebAsked();

    /// <summary>A web address: a scheme, "www.", or a host ending in a common top-level domain.</summary>
    [GeneratedRegex(@"(?i)\bhttps?://|\bwww\.|\b[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:vn|com|org|net|gov|edu|int)\b")]
    private static partial Regex Address();
}
