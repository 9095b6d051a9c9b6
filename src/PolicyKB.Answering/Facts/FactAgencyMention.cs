using PolicyKB.Facts;
using PolicyKB.Search.Analysis;

namespace PolicyKB.Answering.Facts;

/// <summary>
/// The agency a question names ("Sở Tài chính phải làm gì …", "… do Bảo hiểm xã hội tỉnh chủ trì"): the first run of
/// words that opens with an agency's head noun (<see cref="AgencyNames.StartsWithAgency"/>), up to the first word that
/// is no part of a name (a lower-case verb or function word, a punctuation mark). Names are compared as folded word
/// sequences with abbreviations expanded, so "SYT" and "Sở Y tế" are one agency and "Sở Y tế Nghệ An" names "Sở Y tế".
/// </summary>
internal static class FactAgencyMention
{
    // Lower-case words that end a name in a question ("Sở Xây dựng phải làm gì", "Sở Y tế có nhiệm vụ gì").
    private static readonly HashSet<string> Stops = new(StringComparer.Ordinal)
    {
        "phai", "co", "chu", "trong", "theo", "duoc", "lam", "can", "thuc", "nhung", "nhiem", "cua", "la", "da", "se", "do",
        "giao", "tai", "thuoc", "voi", "cho", "ve", "den", "tu", "khi", "viec", "hoan", "tham", "ra", "nao", "gi", "o",
    };

    /// <summary>The agency named in <paramref name="question"/>, as printed, or null.</summary>
    public static string? Find(string question)
    {
        var words = question.Split([' ', '\t'], StringSplitOptions.RemoveEmptyEntries);
        for (var i = 0; i < words.Length; i++)
        {
            if (!char.IsUpper(words[i][0])) continue;
            // A capitalised word after another, past the question's first word, goes on a proper name: "Phòng" of "Hải
            // Phòng", "Cục" of "… Hải quan Cục …" open no agency of their own.
            if (i > 1 && char.IsUpper(words[i - 1][0]) && char.IsLetter(words[i - 1][^1])) continue;
            var rest = string.Join(' ', words[i..]);
            if (!AgencyNames.StartsWithAgency(rest)) continue;
            var taken = new List<string> { words[i] };
            for (var j = i + 1; j < words.Length; j++)
            {
                var word = words[j];
                var core = word.TrimEnd(',', '?', '.', ';', ':', '!');
                if (core.Length == 0 || Stops.Contains(Fold(core)) && !char.IsUpper(core[0])) break;
                taken.Add(core);
                if (core.Length != word.Length) break;
            }
            var name = string.Join(' ', taken).TrimEnd(',', '?', '.', ';', ':', '!');
            if (Key(name).Split(' ').Length >= 2) return name;
        }
        return null;
    }

    /// <summary>True when the agency <paramref name="lead"/> is the one the question names: either name holds the other as a whole word sequence.</summary>
    public static bool Same(string asked, string? lead)
    {
        if (string.IsNullOrWhiteSpace(lead)) return false;
        var a = " " + Key(asked) + " ";
        var l = " " + Key(lead) + " ";
        return a.Length > 2 && l.Length > 2 && (l.Contains(a, StringComparison.Ordinal) || a.Contains(l, StringComparison.Ordinal));
    }

    /// <summary>
    /// True when <paramref name="text"/> mentions the agency (folded word sequence). The asked name may carry a place
    /// the text leaves out ("Sở Nông nghiệp và Môi trường Quảng Trị"): up to its last two words may go.
    /// </summary>
    public static bool Mentions(string asked, string text)
    {
        var words = Key(asked).Split(' ');
        var folded = " " + Key(text) + " ";
        for (var drop = 0; drop <= 2 && words.Length - drop >= 2; drop++)
        {
            if (folded.Contains(" " + string.Join(' ', words[..^drop]) + " ", StringComparison.Ordinal)) return true;
        }
        return false;
    }

    /// <summary>Folded, lower-case words of a name with abbreviations expanded.</summary>
    public static string Key(string name) =>
        string.Join(' ', Fold(AgencyNames.Canonical(name)).Split([' ', ',', ';', ':', '.', '(', ')', '/', '-', '?'], StringSplitOptions.RemoveEmptyEntries));

    private static string Fold(string text) => VietnameseNormalizer.Fold(text);
}
