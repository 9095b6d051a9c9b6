namespace PolicyKB.Answering.Answers;

/// <summary>
/// A very long sentence is quoted in pieces cut at its semicolons (<see cref="Text.SentenceSplitter"/>), and its subject is
/// said once, in the first piece: "Hoàn thiện Kế hoạch cao điểm chống buôn lậu … theo chỉ đạo của Chính phủ tại Nghị quyết
/// số 86/NQ-CP …;" / "báo cáo Phó Thủ tướng Chính phủ … trước ngày 30 tháng 11 năm 2025;". The piece naming the subject
/// is the one chosen; when the fact asked is in a piece after it, the quote goes on to that piece.
/// </summary>
public static class SemicolonPieces
{
    /// <summary>How many pieces a quote may go on by: the fact of the sentence chosen, not of a later task in the list.</summary>
    private const int MaxFollowing = 2;

    /// <summary>
    /// <paramref name="sentence"/>, or it with the pieces of <paramref name="units"/> that follow it up to the first that
    /// <paramref name="fills"/> what is asked, when <paramref name="sentence"/> does not and goes on past a semicolon.
    /// </summary>
    public static string Through(IReadOnlyList<string> units, string sentence, Func<string, bool> fills)
    {
        var index = IndexOf(units, sentence);
        if (index < 0 || fills(sentence)) return sentence;
        for (var next = index + 1; next < units.Count && next - index <= MaxFollowing; next++)
        {
            if (!units[next - 1].TrimEnd().EndsWith(';')) break;
            if (fills(units[next])) return string.Join(' ', units.Skip(index).Take(next - index + 1));
        }
        return sentence;
    }

    private static int IndexOf(IReadOnlyList<string> units, string sentence)
    {
        for (var i = 0; i < units.Count; i++)
        {
            if (units[i] == sentence) return i;
        }
        return -1;
    }
}
