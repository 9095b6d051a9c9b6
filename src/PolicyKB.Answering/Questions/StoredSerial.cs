using PolicyKB.Search.Analysis;

namespace PolicyKB.Answering.Questions;

/// <summary>
/// Whether a type word and a bare serial typed in a question ("QĐ 384", "chỉ thị 99") fit the số hiệu of a stored
/// document: the same serial first, and the type's code among its parts ("384-QĐ/TW", "99/CT-TTg"). A question saying
/// "QĐ 384" of a Party regulation numbered "384-QĐ/TW" names that stored document, not a missing one.
/// </summary>
public static class StoredSerial
{
    /// <summary>
    /// True when some of <paramref name="storedNumbers"/> begins with <paramref name="serial"/> and holds the code of the
    /// type word of <paramref name="typedSerial"/> (folded, "qd 384" or "quyet dinh so 384") as one of its parts.
    /// </summary>
    public static bool Names(string typedSerial, string serial, IEnumerable<string> storedNumbers)
    {
        var code = Code(typedSerial[..typedSerial.LastIndexOf(serial, StringComparison.Ordinal)]);
        if (code.Length == 0) return false;
        return storedNumbers.Select(n => VietnameseNormalizer.Fold(n).Split('-', '/', ' '))
            .Any(parts => parts.Length > 1 && parts[0] == serial && parts.Skip(1).Contains(code, StringComparer.Ordinal));
    }

    /// <summary>The code of a folded type word: "qd" for "qd" and for "quyet dinh"; "so" is dropped.</summary>
    private static string Code(string typeWords)
    {
        var words = typeWords.Replace(".", " ", StringComparison.Ordinal).Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Where(w => w != "so").ToList();
        return words.Count == 1 ? words[0] : string.Concat(words.Select(w => w[0]));
    }
}
