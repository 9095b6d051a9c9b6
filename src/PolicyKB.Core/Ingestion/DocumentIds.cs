using System.Globalization;
using System.Text;

namespace PolicyKB.Ingestion;

/// <summary>Derives stable, URL-safe document ids from file names.</summary>
public static class DocumentIds
{
    /// <summary>
    /// The slug of a file name without extension: diacritics removed (đ → d), lowercase, runs of other
    /// characters turned into one hyphen. "Kế hoạch 36.docx" → "ke-hoach-36".
    /// </summary>
    public static string FromFileName(string fileName)
    {
        var stem = Path.GetFileNameWithoutExtension(fileName).Normalize(NormalizationForm.FormD);
        var sb = new StringBuilder(stem.Length);
        var pendingHyphen = false;
        foreach (var raw in stem)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(raw) == UnicodeCategory.NonSpacingMark) continue;
            var c = raw is 'đ' or 'Đ' ? 'd' : char.ToLowerInvariant(raw);
            if (c is >= 'a' and <= 'z' or >= '0' and <= '9')
            {
                if (pendingHyphen && sb.Length > 0) sb.Append('-');
                sb.Append(c);
                pendingHyphen = false;
            }
            else
            {
                pendingHyphen = true;
            }
        }
        return sb.Length == 0 ? "van-ban" : sb.ToString();
    }
}
