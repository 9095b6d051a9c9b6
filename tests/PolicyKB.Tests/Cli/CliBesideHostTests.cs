using System.Text.Json;
using PolicyKB.Storage;
using PolicyKB.Tests.Browser;
using PolicyKB.Tests.Web;

namespace PolicyKB.Tests.Cli;

/// <summary>
/// <c>policykb ingest</c> run beside a web host on the same data folder sends its files to the host instead of writing
/// the folder itself (two writers lost documents and once broke the host until restart).
/// </summary>
public sealed class CliBesideHostTests(LiveApplication app) : IClassFixture<LiveApplication>
{
    [Fact]
    public async Task Ingest_beside_a_running_host_goes_through_the_host_and_the_document_stays()
    {
        var address = app.BaseAddress; // starts Kestrel, which records its address in the owner file
        var owner = DataDirectoryLock.ReadOwner(app.DataDirectory);
        Assert.Equal(("web", address), (owner?.Role, owner?.Url?.TrimEnd('/')));
        var dir = Path.Combine(Path.GetTempPath(), "policykb-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dir);
        var file = Path.Combine(dir, "ke-hoach-ben-canh-may-chu.txt");
        await File.WriteAllTextAsync(file, Uploads.Plan("777-KH/UBND"));
        try
        {
            var result = CliProcess.Run(new Dictionary<string, string> { ["POLICYKB_API_KEY"] = PolicyKbApplicationBase.ApiKey },
                "ingest", file, "--json", "--data", app.DataDirectory);

            Assert.True(result.ExitCode == 0, result.Error + result.Out);
            Assert.Contains(address, result.Error);
            using var json = JsonDocument.Parse(result.Out);
            Assert.Equal(1, json.RootElement.GetProperty("stored").GetInt32());
            var document = await app.CreateClient().GetOk("/api/documents/ke-hoach-ben-canh-may-chu");
            Assert.Equal("777-KH/UBND", document.GetProperty("document").GetProperty("number").GetString());
            Assert.Equal("ok", (await app.CreateClient().GetOk("/api/health")).GetProperty("status").GetString());
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    [Fact]
    public void Backup_beside_a_running_host_is_made_by_the_host_and_restores_elsewhere()
    {
        _ = app.BaseAddress;
        var root = Path.Combine(Path.GetTempPath(), "policykb-tests", Guid.NewGuid().ToString("N"));
        try
        {
            var backup = CliProcess.Run(new Dictionary<string, string> { ["POLICYKB_API_KEY"] = PolicyKbApplicationBase.ApiKey },
                "backup", Path.Combine(root, "backup"), "--json", "--data", app.DataDirectory);

            Assert.True(backup.ExitCode == 0, backup.Error + backup.Out);
            using var json = JsonDocument.Parse(backup.Out);
            Assert.True(json.RootElement.GetProperty("manifest").GetProperty("documents").GetInt32() >= 5);
            Assert.False(Directory.Exists(Path.Combine(app.DataDirectory, "backups")) && Directory.EnumerateFileSystemEntries(Path.Combine(app.DataDirectory, "backups")).Any());
            var restore = CliRunner.Run("restore", Path.Combine(root, "backup"), "--data", Path.Combine(root, "data"));
            Assert.True(restore.ExitCode == 0, restore.Error);
        }
        finally
        {
            if (Directory.Exists(root)) Directory.Delete(root, recursive: true);
        }
    }
}
