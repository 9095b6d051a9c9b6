namespace PolicyKB.Answering.Text;

/// <summary>
/// Words that carry the question's form rather than its subject ("những", "nào", "bao nhiêu", "thì sao"): they are left
/// out when measuring whether a clause covers a question, since the clause that answers never repeats them.
/// </summary>
public static class StopWords
{
    private static readonly string[] Words =
    [
        "những", "nào", "gì", "bao", "nhiêu", "mấy", "ai", "đâu", "khi", "là", "có", "được", "của", "các", "và", "thì",
        "sao", "không", "trong", "cho", "với", "theo", "về", "đã", "sẽ", "hãy", "biết", "tôi", "ở", "tại", "đến", "từ",
        "này", "đó", "ấy", "như", "thế", "còn", "vậy", "à", "ạ", "nhỉ", "nhé", "chưa", "bị", "bởi", "một", "muốn", "cần",
        "phải", "làm", "ra", "vào", "năm", "nêu", "xin", "giúp", "hỏi", "gồm", "mình", "bạn", "em", "anh", "chị", "trên",
        "hoặc", "hay", "giờ", "lúc", "việc", "đặt", "cụ", "thể", "nay", "nói", "ghi", "viết", "liệt", "kê", "văn", "bản", "phấn", "đấu", "lấy",
        "lần",
    ];

    // "để" (in order to) folds to "de", the "đề" of "đề nghị", "đề xuất": a stop word only as typed with its marks.
    private static readonly string[] MarkedOnly = ["để"];

    private static readonly HashSet<string> Exact = Words.Concat(MarkedOnly).Select(w => SyllableKeys.Key(w)).ToHashSet(StringComparer.Ordinal);
    private static readonly HashSet<string> Folded = Words.Select(w => SyllableKeys.Key(w, fold: true)).ToHashSet(StringComparer.Ordinal);

    /// <summary>True when the key (exact or folded, as <paramref name="folded"/> says) is a question or function word.</summary>
    public static bool Contains(string key, bool folded) => folded ? Folded.Contains(key) : Exact.Contains(key);
}
