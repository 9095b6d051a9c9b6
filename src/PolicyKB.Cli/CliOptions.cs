using System.CommandLine;

namespace PolicyKB.Cli;

/// <summary>Options shared by every command.</summary>
internal static class CliOptions
{
    /// <summary>--data DIR: the data directory, overriding appsettings.json.</summary>
    public static readonly Option<string?> Data = new("--data")
    {
        Description = "Thư mục dữ liệu (mặc định: data/ trong thư mục mã nguồn; khi đã cài đặt: ~/.local/share/policykb/data hoặc %LOCALAPPDATA%\\PolicyKB\\data)",
        Recursive = true,
    };

    /// <summary>--json: machine-readable output.</summary>
    public static Option<bool> Json() => new("--json") { Description = "In kết quả dạng JSON" };
}
