namespace PolicyKB.Answering.Text;

/// <summary>One row of a flattened table as an answer unit (<see cref="TableRows"/>).</summary>
/// <param name="Reading">The row's cells named by their column titles ("Tên nhiệm vụ: …; Cơ quan chủ trì: Sở Nội vụ").</param>
/// <param name="Verbatim">The row's cells as printed, one after another: a verbatim stretch of the clause's text.</param>
public sealed record TableRowUnit(string Reading, string Verbatim);
