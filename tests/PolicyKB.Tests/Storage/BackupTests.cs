using PolicyKB.Search;
using PolicyKB.Storage;
using PolicyKB.Storage.Backup;
using PolicyKB.Tests.Cli;
using PolicyKB.Tests.Support;

namespace PolicyKB.Tests.Storage;

/// <summary>policykb backup makes a checked copy while the store is open; policykb restore puts it back and rebuilds the indexes.</summary>
public sealed class BackupTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    private string Data => _dir.File("data");

    [Fact]
    public void A_backup_made_while_open_restores_every_document_into_an_empty_folder_searchable()
    {
        using (var kb = KnowledgeBase.Open(Data))
        {
            kb.Ingest([SharedData.ContentDirectory]);
            var manifest = kb.Backup(_dir.File("backup"));
            Assert.Equal(5, manifest.Documents);
            kb.Remove(kb.Store.ListDocuments()[0].Id); // changes after the backup are not in it
        }

        var restore = CliRunner.Run("restore", _dir.File("backup"), "--data", _dir.File("restored"));

        Assert.True(restore.ExitCode == 0, restore.Error);
        using var restored = KnowledgeBase.Open(_dir.File("restored"));
        Assert.Equal(5, restored.Store.ListDocuments().Count);
        Assert.True(restored.Keyword.ClauseCount > 100);
    }

    [Fact]
    public void Restoring_over_a_store_keeps_the_replaced_one_beside_it()
    {
        using (var kb = KnowledgeBase.Open(Data))
        {
            kb.Ingest([Path.Combine(SharedData.ContentDirectory, "ha-giang-2021-ky-niem-ngay-thay-thuoc.md")]);
            kb.Backup(_dir.File("backup"));
            kb.Ingest([SharedData.ContentDirectory]);
        }

        var restore = CliRunner.Run("restore", _dir.File("backup"), "--data", Data);

        Assert.True(restore.ExitCode == 0, restore.Error);
        Assert.Contains("kho cũ được giữ lại", restore.Out);
        Assert.Single(Directory.GetFiles(Data, "policykb.db.before-restore-*"));
        using var restored = KnowledgeBase.Open(Data);
        Assert.Single(restored.Store.ListDocuments());
    }

    [Fact]
    public void A_damaged_backup_is_refused_and_the_current_store_is_untouched()
    {
        using (var kb = KnowledgeBase.Open(Data))
        {
            kb.Ingest([SharedData.ContentDirectory]);
            kb.Backup(_dir.File("backup"));
        }
        var copy = _dir.File("backup/policykb.db");
        var bytes = File.ReadAllBytes(copy);
        Random.Shared.NextBytes(bytes.AsSpan(bytes.Length / 2, 4096));
        File.WriteAllBytes(copy, bytes);

        var restore = CliRunner.Run("restore", _dir.File("backup"), "--data", Data);

        Assert.Equal(2, restore.ExitCode);
        Assert.Contains("mã băm", restore.Error);
        using var kbAfter = KnowledgeBase.Open(Data);
        Assert.Equal(5, kbAfter.Store.ListDocuments().Count);
    }

    [Fact]
    public void A_restore_while_another_process_owns_the_folder_is_refused()
    {
        using var kb = KnowledgeBase.Open(Data);
        kb.Ingest([Path.Combine(SharedData.ContentDirectory, "ha-giang-2021-ky-niem-ngay-thay-thuoc.md")]);
        kb.Backup(_dir.File("backup"));

        var restore = CliProcess.Run(null, "restore", _dir.File("backup"), "--data", Data);

        Assert.Equal(2, restore.ExitCode);
        Assert.Contains("đang được", restore.Error);
        Assert.Single(kb.Store.ListDocuments());
    }

    [Fact]
    public void A_backup_into_a_folder_that_holds_files_is_refused()
    {
        Directory.CreateDirectory(_dir.File("busy"));
        File.WriteAllText(_dir.File("busy/x.txt"), "x");
        using var kb = KnowledgeBase.Open(Data);

        Assert.Throws<BackupException>(() => kb.Backup(_dir.File("busy")));
        Assert.Equal("x", File.ReadAllText(_dir.File("busy/x.txt")));
    }

    public void Dispose() => _dir.Dispose();
}
