using PolicyKB.Metadata;

namespace PolicyKB.Facts;

/// <summary>
/// The roles of a task table's columns, read from its header text: "Nhiệm vụ"/"Nội dung"/"Tên văn bản" (task),
/// "Chỉ tiêu" (a target assigned to an agency), "chủ trì" (lead), "phối hợp" (cooperating), "Thời gian"/"Tiến độ"/"Thời hạn" (deadline), "Sản phẩm" (output).
/// A table without a lead column is not a task table.
/// </summary>
public sealed class TableColumns
{
    /// <summary>Column of the row number (STT/TT), or -1.</summary>
    public int Index { get; private init; } = -1;
    /// <summary>Column of the task text.</summary>
    public int Task { get; private init; } = -1;
    /// <summary>Column of the lead agency.</summary>
    public int Lead { get; private init; } = -1;
    /// <summary>Column of the cooperating agencies, or -1.</summary>
    public int Cooperating { get; private init; } = -1;
    /// <summary>Column of the deadline, or -1.</summary>
    public int Deadline { get; private init; } = -1;
    /// <summary>Column of the expected output, or -1.</summary>
    public int Output { get; private init; } = -1;

    /// <summary>Reads the roles from header cells (one text per column, sub-header rows already merged); null when not a task table.</summary>
    public static TableColumns? FromHeader(IReadOnlyList<string> header)
    {
        int index = -1, task = -1, lead = -1, coop = -1, deadline = -1, output = -1;
        for (var i = 0; i < header.Count; i++)
        {
            var h = VietnameseText.Fold(header[i]);
            if (h.Length == 0) continue;
            if (lead < 0 && h.Contains("CHỦ TRÌ", StringComparison.Ordinal)) lead = i;
            else if (coop < 0 && h.Contains("PHỐI HỢP", StringComparison.Ordinal)) coop = i;
            else if (deadline < 0 && (h.Contains("THỜI GIAN", StringComparison.Ordinal) || h.Contains("TIẾN ĐỘ", StringComparison.Ordinal)
                || h.Contains("THỜI HẠN", StringComparison.Ordinal) || h.Contains("HOÀN THÀNH", StringComparison.Ordinal))) deadline = i;
            else if (output < 0 && h.Contains("SẢN PHẨM", StringComparison.Ordinal)) output = i;
            else if (index < 0 && h is "STT" or "TT" or "SỐ TT") index = i;
            else if (task < 0 && (h.Contains("NHIỆM VỤ", StringComparison.Ordinal) || h.Contains("NỘI DUNG", StringComparison.Ordinal)
                || h.StartsWith("TÊN", StringComparison.Ordinal) || h.Contains("CÔNG VIỆC", StringComparison.Ordinal)
                || h.Contains("HOẠT ĐỘNG", StringComparison.Ordinal)
                // "Chỉ tiêu | Chủ trì": an annex assigning each target to the agency answerable for it.
                || h.Contains("CHỈ TIÊU", StringComparison.Ordinal))) task = i;
        }
        if (lead < 0 || task < 0) return null;
        return new TableColumns { Index = index, Task = task, Lead = lead, Cooperating = coop, Deadline = deadline, Output = output };
    }

    /// <summary>The first column holding a role.</summary>
    public int First => new[] { Index, Task, Lead, Cooperating, Deadline, Output }.Where(i => i >= 0).Min();

    /// <summary>
    /// The same roles moved left by <paramref name="by"/> columns: a flattened header row can carry the cells printed
    /// before the table (a title, a signature) that the data rows do not have.
    /// </summary>
    public TableColumns Shift(int by) => new()
    {
        Index = Move(Index, by), Task = Move(Task, by), Lead = Move(Lead, by), Cooperating = Move(Cooperating, by),
        Deadline = Move(Deadline, by), Output = Move(Output, by),
    };

    private static int Move(int column, int by) => column < 0 ? -1 : column - by;
}
