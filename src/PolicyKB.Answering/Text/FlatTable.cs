namespace PolicyKB.Answering.Text;

/// <summary>A clause's text read as a flattened table (<see cref="TableRows"/>).</summary>
/// <param name="Before">Lines before the table, its header left out (the lead-in: "Mức học phí … như sau: Đơn vị tính: …").</param>
/// <param name="Rows">The rows, in order.</param>
/// <param name="After">Lines after the last row.</param>
public sealed record FlatTable(IReadOnlyList<string> Before, IReadOnlyList<TableRowUnit> Rows, IReadOnlyList<string> After);
