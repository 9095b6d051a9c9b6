using System.Text.RegularExpressions;
using PolicyKB.Decoding;
using PolicyKB.Metadata;

namespace PolicyKB.Facts.Rules;

/// <summary>
/// The signer (Nghị định 30/2020/NĐ-CP Điều 8 khoản 7 and Phụ lục I: "TM.", "KT.", "Q.", "TL.", "TUQ."). The
/// metadata's signature reading is reused; when it found no signer, the first mode line followed by a title and a
/// personal name within a few lines is read ("Q. GIÁM ĐỐC … Nguyễn Tuấn" printed beside "Nơi nhận").
/// </summary>
internal sealed partial class SignerRule : IFactRule
{
    public string Name => "signer";

    public void Apply(FactContext context)
    {
        var metadata = context.Metadata;
        if (metadata.Signer is not null || metadata.SignerPosition is not null)
        {
            context.Facts.Signer = FromPosition(metadata.SignerPosition, metadata.Signer);
            return;
        }
        context.Facts.Signer = FromLines(context.Lines);
    }

    /// <summary>"KT. CHỦ TỊCH / PHÓ CHỦ TỊCH" → mode "KT.", on behalf of "CHỦ TỊCH", title "PHÓ CHỦ TỊCH".</summary>
    internal static SignerFact FromPosition(string? position, string? name)
    {
        var fact = new SignerFact { Name = name };
        var parts = (position ?? "").Split('/', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        foreach (var part in parts)
        {
            var m = Mode().Match(part);
            if (m.Success)
            {
                fact.Mode = m.Groups["m"].Value.ToUpperInvariant() + ".";
                fact.OnBehalfOf = Title(m.Groups["rest"].Value);
                fact.Title = fact.OnBehalfOf;
            }
            else fact.Title = Title(part);
        }
        // "Q. GIÁM ĐỐC" and "TL. CHỦ TỊCH" print one line: the signer holds that title (acting or by order).
        fact.Partial = fact.Name is null || fact.Title is null;
        return fact;
    }

    private static SignerFact? FromLines(IReadOnlyList<SourceLine> lines)
    {
        for (var i = 0; i < lines.Count; i++)
        {
            var m = ModeAnywhere().Match(lines[i].Text);
            if (!m.Success) continue;
            var position = new List<string> { $"{m.Groups["m"].Value}. {m.Groups["rest"].Value}" };
            string? name = null;
            // Printed beside "Nơi nhận" (two columns flattened), the recipients' lines come between the title and the name.
            var besideRecipients = lines[i].Text.Contains("Nơi nhận", StringComparison.OrdinalIgnoreCase);
            for (var j = i + 1; j < Math.Min(lines.Count, i + (besideRecipients ? 24 : 9)) && name is null; j++)
            {
                var raw = lines[j].Text.Replace("( Đã ký)", "", StringComparison.Ordinal).Replace("(Đã ký)", "", StringComparison.Ordinal);
                if (besideRecipients && raw.TrimStart().StartsWith('-')) continue;
                var text = AgencyNames.Clean(raw);
                if (text.Length == 0) continue;
                if (Title(text) is { } title && title.Length >= 3 && VietnameseText.IsAllCaps(title)) position.Add(title);
                else if (IsPersonName(text)) name = text;
                else break;
            }
            if (name is null) continue;
            return FromPosition(string.Join(" / ", position), name);
        }
        return null;
    }

    /// <summary>A personal name: two to five capitalised words, no digits, not all capitals.</summary>
    internal static bool IsPersonName(string text)
    {
        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length is < 2 or > 5 || text.Length > 40 || text.Any(char.IsDigit)) return false;
        return words.All(w => char.IsUpper(w[0]) && w.Skip(1).All(char.IsLower)) && !VietnameseText.IsAllCaps(text);
    }

    /// <summary>Keeps the leading capitals of a title line ("PHÓ THỦ TƯỚNGy]" → "PHÓ THỦ TƯỚNG").</summary>
    private static string? Title(string text)
    {
        var m = Capitals().Match(AgencyNames.Clean(text));
        return m.Success ? VietnameseText.Squash(m.Value) : null;
    }

    [GeneratedRegex(@"^\s*(?<m>TM|KT|Q|TL|TUQ)\s*\.\s*(?<rest>.*)$")]
    private static partial Regex Mode();

    [GeneratedRegex(@"(?:^|\s)(?<m>TM|KT|Q|TL|TUQ)\.\s*(?<rest>[\p{Lu} ,\-]{3,60}?)\s*$")]
    private static partial Regex ModeAnywhere();

    [GeneratedRegex(@"^[\p{Lu}][\p{Lu} ,\-]*[\p{Lu}]")]
    private static partial Regex Capitals();
}
