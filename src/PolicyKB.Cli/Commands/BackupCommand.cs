using System.CommandLine;
using System.Net.Http.Json;
using PolicyKB.Storage;
using PolicyKB.Storage.Backup;

namespace PolicyKB.Cli.Commands;

/// <summary>
/// <c>policykb backup DIR</c>: a consistent copy of the document store in DIR (new or empty). Beside a running web host
/// the host makes the copy (POST /api/admin/backup) and it is moved to DIR, so the host keeps serving throughout.
/// </summary>
internal static class BackupCommand
{
    public static Command Create(CliConsole console)
    {
        var target = new Argument<string>("DIR") { Description = "Thư mục chứa bản sao lưu (mới hoặc trống)" };
        var json = CliOptions.Json();
        var command = new Command("backup", "Sao lưu kho văn bản (chạy được cả khi máy chủ web đang chạy)") { target, json };
        command.SetAction(parse =>
        {
            var settings = CliSettings.LoadExisting(parse.GetValue(CliOptions.Data));
            var directory = Path.GetFullPath(parse.GetValue(target)!);
            if (Directory.Exists(directory) && Directory.EnumerateFileSystemEntries(directory).Any())
            {
                console.Error.WriteLine($"policykb: thư mục sao lưu {directory} đã có dữ liệu; hãy chọn một thư mục mới hoặc trống");
                return 2;
            }
            var manifest = RunningHost.Find(settings) is { } owner ? ThroughHost(console, settings, owner, directory) : Locally(settings, directory);
            if (parse.GetValue(json)) CliJson.Write(console.Out, new { directory, manifest });
            else console.Out.WriteLine($"đã sao lưu {manifest.Documents} văn bản, {manifest.Clauses} điều khoản ({manifest.Bytes / 1048576.0:0.#} MB) vào {directory}");
            return 0;
        });
        return command;
    }

    private static BackupManifest Locally(CliSettings settings, string directory)
    {
        using var kb = CliKnowledgeBase.Open(settings);
        return kb.Backup(directory);
    }

    private static BackupManifest ThroughHost(CliConsole console, CliSettings settings, DataDirectoryOwner owner, string directory)
    {
        console.Error.WriteLine($"Thư mục dữ liệu đang thuộc máy chủ PolicyKB tại {owner.Url}; máy chủ tạo bản sao lưu.");
        using var http = new HttpClient { BaseAddress = new Uri(owner.Url!), Timeout = TimeSpan.FromMinutes(30) };
        var key = CliSettings.ApiKey(settings) ?? owner.GeneratedApiKey;
        if (!string.IsNullOrEmpty(key)) http.DefaultRequestHeaders.Add("X-Api-Key", key);
        using var response = http.PostAsync("/api/admin/backup", null).GetAwaiter().GetResult();
        if (!response.IsSuccessStatusCode)
        {
            throw new BackupException($"máy chủ {owner.Url} từ chối sao lưu ({(int)response.StatusCode}): {response.Content.ReadAsStringAsync().GetAwaiter().GetResult()}");
        }
        var made = response.Content.ReadFromJsonAsync<HostBackup>(CliJson.Indented).GetAwaiter().GetResult()
            ?? throw new BackupException("máy chủ trả lời không có bản sao lưu");
        // The host wrote it inside its data folder; it is moved out so backups do not pile up there.
        Directory.CreateDirectory(directory);
        foreach (var file in Directory.EnumerateFiles(made.Directory)) File.Copy(file, Path.Combine(directory, Path.GetFileName(file)));
        var manifest = StoreBackup.Verify(directory);
        Directory.Delete(made.Directory, recursive: true);
        return manifest;
    }

    private sealed record HostBackup(string Directory, BackupManifest Manifest);
}
