using System.CommandLine;
using PolicyKB.Storage;
using PolicyKB.Storage.Backup;

namespace PolicyKB.Cli.Commands;

/// <summary>
/// <c>policykb restore DIR</c>: puts a backup made by <c>policykb backup</c> in place of the store, after checking it
/// completely. The replaced store is kept beside it; the search indexes are rebuilt from the restored store.
/// </summary>
internal static class RestoreCommand
{
    public static Command Create(CliConsole console)
    {
        var source = new Argument<string>("DIR") { Description = "Thư mục sao lưu do 'policykb backup' tạo" };
        var command = new Command("restore", "Khôi phục kho văn bản từ bản sao lưu (máy chủ web phải dừng trước)") { source };
        command.SetAction(parse =>
        {
            var settings = CliSettings.Load(parse.GetValue(CliOptions.Data));
            var directory = settings.Store.DataDirectory;
            (BackupManifest Manifest, string? KeptAs) restored;
            // Owning the folder for the swap: a running host would go on writing the store being replaced.
            using (DataDirectoryLock.Acquire(directory, "cli"))
            {
                restored = StoreBackup.Restore(Path.GetFullPath(parse.GetValue(source)!), directory);
            }
            console.Out.WriteLine($"đã khôi phục {restored.Manifest.Documents} văn bản (bản sao lưu lúc {restored.Manifest.CreatedAt:dd/MM/yyyy HH:mm}) vào {directory}");
            if (restored.KeptAs is not null) console.Out.WriteLine($"kho cũ được giữ lại tại {restored.KeptAs}");
            using var kb = CliKnowledgeBase.Open(settings); // rebuilds the keyword index and vectors from the restored store
            console.Out.WriteLine($"đã dựng lại chỉ mục tìm kiếm: {kb.Store.ListDocuments().Count} văn bản");
            return 0;
        });
        return command;
    }
}
