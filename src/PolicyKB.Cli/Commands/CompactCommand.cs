using System.CommandLine;
using System.Diagnostics;

namespace PolicyKB.Cli.Commands;

/// <summary>
/// <c>policykb compact [--segments N]</c>: merges the keyword index into few segments. Every query pays per segment,
/// so a folder filled by many small ingests or uploads searches faster afterwards; nothing stored changes.
/// </summary>
internal static class CompactCommand
{
    public static Command Create(CliConsole console)
    {
        var segments = new Option<int>("--segments") { Description = "Số phân đoạn tối đa sau khi gộp (mặc định 1)", DefaultValueFactory = _ => 1 };
        var command = new Command("compact", "Gộp các phân đoạn của chỉ mục từ khoá để tìm kiếm nhanh hơn") { segments };
        command.SetAction(parse =>
        {
            var max = parse.GetValue(segments);
            if (max < 1)
            {
                console.Error.WriteLine("lỗi: --segments phải từ 1 trở lên");
                return 2;
            }
            var settings = CliSettings.LoadExisting(parse.GetValue(CliOptions.Data));
            if (Cli.RunningHost.Find(settings) is { } owner)
            {
                console.Error.WriteLine($"lỗi: thư mục dữ liệu đang thuộc máy chủ PolicyKB tại {owner.Url}; dừng máy chủ rồi gộp chỉ mục.");
                return 1;
            }
            var clock = Stopwatch.StartNew();
            using var kb = CliKnowledgeBase.Open(settings);
            var (before, after) = kb.CompactIndex(max);
            console.Out.WriteLine($"Chỉ mục từ khoá: {before} → {after} phân đoạn ({clock.Elapsed.TotalSeconds:0.0} s).");
            return 0;
        });
        return command;
    }
}
