namespace PolicyKB.Search.References;

/// <summary>
/// The document types a query or a số hiệu names, folded: the full word ("quyet dinh") and the code officials type
/// ("qd"). One table for the whole reference path.
/// </summary>
public static class DocumentTypeWords
{
    /// <summary>Folded type code → folded type word.</summary>
    public static readonly IReadOnlyDictionary<string, string> Codes = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["qd"] = "quyet dinh", ["nd"] = "nghi dinh", ["nq"] = "nghi quyet", ["tt"] = "thong tu", ["ct"] = "chi thi",
        ["kh"] = "ke hoach", ["cv"] = "cong van", ["kl"] = "ket luan", ["hd"] = "huong dan", ["tb"] = "thong bao",
        ["bc"] = "bao cao", ["cd"] = "cong dien", ["ttlt"] = "thong tu lien tich", ["ctr"] = "chuong trinh",
    };

    /// <summary>Folded full type words, longest first so "thong tu lien tich" wins over "thong tu".</summary>
    public static readonly IReadOnlyList<string> Words =
    [
        "thong tu lien tich", "quyet dinh", "nghi dinh", "nghi quyet", "thong tu", "chi thi", "ke hoach", "cong van",
        "ket luan", "huong dan", "thong bao", "bao cao", "cong dien", "chuong trinh", "luat",
    ];
}
