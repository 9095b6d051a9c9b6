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

    /// <summary>--top N: how many results, checked against the range the service accepts before anything is opened.</summary>
    public static Option<int> Top(int max)
    {
        var top = new Option<int>("--top") { Description = $"Số kết quả (1–{max})", DefaultValueFactory = _ => 10 };
        top.Validators.Add(result =>
        {
            var value = result.GetValueOrDefault<int>();
            if (value < 1 || value > max) result.AddError($"--top phải từ 1 đến {max}; nhận được {value}.");
        });
        return top;
    }

    /// <summary>--year YYYY: a year documents can have (the metadata reader keeps 1945–2100).</summary>
    public static Option<int?> Year()
    {
        var year = new Option<int?>("--year") { Description = "Năm ban hành" };
        year.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int?>() is < 1945 or > 2100) result.AddError($"--year phải trong khoảng 1945–2100; nhận được {result.GetValueOrDefault<int?>()}.");
        });
        return year;
    }

    /// <summary>--kind KIND: a clause kind; an unknown kind is refused with the list instead of silently finding nothing.</summary>
    public static Option<string?> Kind()
    {
        var kinds = Enum.GetNames<PolicyKB.Documents.ClauseKind>().Select(n => n.ToLowerInvariant()).ToArray();
        var kind = new Option<string?>("--kind") { Description = "Loại điều khoản: " + string.Join(", ", kinds) };
        kind.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<string?>() is { } value && !kinds.Contains(value.Trim().ToLowerInvariant()))
            {
                result.AddError($"--kind '{value}' không hợp lệ; dùng một trong: {string.Join(", ", kinds)}.");
            }
        });
        return kind;
    }
}
