namespace PolicyKB.Metadata.Rules;

/// <summary>Quốc hiệu and tiêu ngữ (Nghị định 30/2020/NĐ-CP Phụ lục I, ô số 1).</summary>
internal sealed class MottoRule : IHeaderCellRule
{
    /// <inheritdoc/>
    public HeaderCellKind Kind => HeaderCellKind.Motto;

    /// <inheritdoc/>
    public bool Triggers(char first) => first is 'C' or 'Đ';

    /// <inheritdoc/>
    /// <remarks>Party documents print "ĐẢNG CỘNG SẢN VIỆT NAM" where state documents print the quốc hiệu.</remarks>
    public bool Matches(string text, string folded) =>
        folded.StartsWith("CỘNG HÒA XÃ HỘI", StringComparison.Ordinal) || folded.StartsWith("ĐỘC LẬP", StringComparison.Ordinal)
        || folded.StartsWith("ĐẢNG CỘNG SẢN VIỆT NAM", StringComparison.Ordinal) || folded.StartsWith("CHỦ NGHĨA VIỆT NAM", StringComparison.Ordinal);
}
