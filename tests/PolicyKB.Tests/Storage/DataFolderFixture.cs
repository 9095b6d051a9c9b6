using PolicyKB.Search;
using PolicyKB.Search.Providers;
using PolicyKB.Tests.Support;

namespace PolicyKB.Tests.Storage;

/// <summary>
/// A data folder holding the five bundled plans (store, keyword index and, when asked, clause vectors from the
/// committed domain model), closed and ready to be damaged on disk by the test that owns it.
/// </summary>
public sealed class DataFolderFixture : IDisposable
{
    private readonly TempDirectory _dir = new();

    /// <summary>Ingests content/ into a fresh folder and closes it.</summary>
    public DataFolderFixture(bool withVectors = false)
    {
        WithVectors = withVectors;
        using var kb = Open();
        kb.Ingest([SharedData.ContentDirectory]);
        Documents = kb.Store.ListDocuments().Count;
        Clauses = kb.Keyword.ClauseCount;
        Vectors = kb.Semantic?.Count ?? 0;
    }

    /// <summary>The data folder.</summary>
    public string Path => _dir.Path;

    /// <summary>policykb.db.</summary>
    public string StoreFile => _dir.File("policykb.db");

    /// <summary>The clause vector file.</summary>
    public string VectorsFile => _dir.File(PolicyKB.Search.Vectors.QuantizedVectorFile.FileName);

    /// <summary>The Lucene folder.</summary>
    public string IndexFolder => _dir.File("index");

    /// <summary>Whether the folder was built with an embedding model.</summary>
    public bool WithVectors { get; }

    /// <summary>Documents stored before any damage.</summary>
    public int Documents { get; }

    /// <summary>Clauses indexed before any damage.</summary>
    public int Clauses { get; }

    /// <summary>Clause vectors before any damage.</summary>
    public int Vectors { get; }

    /// <summary>Opens the folder the way the CLI does (with the domain model when the folder has vectors).</summary>
    public KnowledgeBase Open() => KnowledgeBase.Open(Path, embeddings: WithVectors ? EmbeddingProviderFactory.Create(new EmbeddingOptions()) : null);

    /// <summary>Cuts <paramref name="file"/> to half its length.</summary>
    public static void TruncateToHalf(string file)
    {
        using var stream = new FileStream(file, FileMode.Open, FileAccess.ReadWrite);
        stream.SetLength(stream.Length / 2);
    }

    /// <summary>The largest file of the keyword index (a compound segment file).</summary>
    public string LargestIndexFile() => new DirectoryInfo(IndexFolder).GetFiles().OrderByDescending(f => f.Length).First().FullName;

    /// <summary>Overwrites <paramref name="length"/> bytes at <paramref name="offset"/> with seeded random bytes.</summary>
    public static void WriteRandomBytes(string file, long offset, int length, int seed = 7)
    {
        var bytes = new byte[length];
        new Random(seed).NextBytes(bytes);
        using var stream = new FileStream(file, FileMode.Open, FileAccess.ReadWrite);
        stream.Position = offset;
        stream.Write(bytes);
    }

    /// <inheritdoc />
    public void Dispose() => _dir.Dispose();
}
