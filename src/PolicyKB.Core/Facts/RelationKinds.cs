namespace PolicyKB.Facts;

/// <summary>The relations one document can state about another, strongest effect first.</summary>
public static class RelationKinds
{
    /// <summary>"bãi bỏ", "hết hiệu lực": the target (or its part) stops applying.</summary>
    public const string Repeals = "repeals";
    /// <summary>"thay thế": the target is replaced by this document.</summary>
    public const string Replaces = "replaces";
    /// <summary>"sửa đổi, bổ sung": the target stays in force with changes.</summary>
    public const string Amends = "amends";
    /// <summary>"hướng dẫn", "quy định chi tiết": this document guides the target.</summary>
    public const string Guides = "guides";
    /// <summary>"thực hiện", "triển khai": this document implements the target.</summary>
    public const string Implements = "implements";
    /// <summary>"áp dụng": this document applies the target.</summary>
    public const string Applies = "applies";

    /// <summary>All kinds.</summary>
    public static readonly IReadOnlyList<string> All = [Repeals, Replaces, Amends, Guides, Implements, Applies];
}
