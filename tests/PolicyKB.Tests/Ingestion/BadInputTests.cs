using PolicyKB.Ingestion;
using PolicyKB.Storage;
using PolicyKB.Tests.Support;

namespace PolicyKB.Tests.Ingestion;

/// <summary>Garbage never crashes ingestion: every bad file ends in a clear error and the store keeps what it had.</summary>
public sealed class BadInputTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    public static TheoryData<string, byte[]> BadFiles()
    {
        var random = new Random(42);
        var noise = new byte[64 * 1024];
        random.NextBytes(noise);
        var binary = new byte[4096];
        random.NextBytes(binary);
        binary[10] = 0;
        binary[100] = 0;
        return new TheoryData<string, byte[]>
        {
            { "random.txt", noise },
            { "random.pdf", noise },
            { "random.docx", noise },
            { "empty.txt", [] },
            { "binary-renamed.txt", binary },
            { "notes.exe", "Kế hoạch"u8.ToArray() },
            { "blank.md", "   \n\n\t\n"u8.ToArray() },
        };
    }

    [Theory]
    [MemberData(nameof(BadFiles))]
    public void A_bad_file_fails_with_a_reason_and_leaves_the_store_as_it_was(string name, byte[] content)
    {
        using var store = new LiteDbDocumentStore(_dir.File("kb.db"));
        var pipeline = IngestionPipelineFactory.CreateDefault(store);
        Assert.Equal(IngestionStatus.Stored, pipeline.Ingest(Path.Combine(SharedData.ContentDirectory, "ha-giang-2021-ky-niem-ngay-thay-thuoc.md")).Status);
        var path = _dir.File(name);
        File.WriteAllBytes(path, content);

        var result = pipeline.Ingest(path);

        Assert.Equal(IngestionStatus.Failed, result.Status);
        Assert.False(string.IsNullOrWhiteSpace(result.Error));
        Assert.DoesNotContain("Exception", result.Error);
        Assert.Single(store.ListDocuments());
    }

    [Fact]
    public void A_huge_single_line_is_ingested_or_refused_without_crashing()
    {
        using var store = new LiteDbDocumentStore(_dir.File("kb.db"));
        var path = _dir.File("one-line.txt");
        File.WriteAllText(path, "I. MỤC ĐÍCH " + string.Concat(Enumerable.Repeat("tăng cường y tế cơ sở, ", 200_000)));

        var result = IngestionPipelineFactory.CreateDefault(store).Ingest(path);

        Assert.True(result.Status == IngestionStatus.Stored || !string.IsNullOrWhiteSpace(result.Error), result.Error);
    }

    [Fact]
    public void A_file_over_the_size_limit_is_refused_before_reading()
    {
        using var store = new LiteDbDocumentStore(_dir.File("kb.db"));
        var path = _dir.File("big.txt");
        File.WriteAllText(path, new string('a', 2048));

        var result = IngestionPipelineFactory.CreateDefault(store, new IngestionOptions { MaxFileBytes = 1024 }).Ingest(path);

        Assert.Equal(IngestionStatus.Failed, result.Status);
        Assert.Contains("vượt giới hạn", result.Error);
    }

    [Fact]
    public void A_changed_file_replaces_its_document_and_an_unchanged_one_is_skipped()
    {
        using var store = new LiteDbDocumentStore(_dir.File("kb.db"));
        var pipeline = IngestionPipelineFactory.CreateDefault(store);
        var path = _dir.File("plan.md");
        File.Copy(Path.Combine(SharedData.ContentDirectory, "ha-giang-2021-ky-niem-ngay-thay-thuoc.md"), path);
        pipeline.Ingest(path);

        Assert.Equal(IngestionStatus.Unchanged, pipeline.Ingest(path).Status);
        File.AppendAllText(path, "\n\nVI. ĐIỀU KHOẢN BỔ SUNG\n\n1. Nội dung mới được thêm.\n");
        Assert.Equal(IngestionStatus.Replaced, pipeline.Ingest(path).Status);

        Assert.Contains(store.GetClauses("plan"), c => c.Heading == "ĐIỀU KHOẢN BỔ SUNG");
    }

    public void Dispose() => _dir.Dispose();
}
