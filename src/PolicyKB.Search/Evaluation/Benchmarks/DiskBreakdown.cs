using LiteDB;
using Lucene.Net.Store;
using PolicyKB.Search.Evaluation.Baselines;
using PolicyKB.Search.Vectors;
using PolicyKB.Storage;

namespace PolicyKB.Search.Evaluation.Benchmarks;

/// <summary>
/// Where the bytes of a data folder go, part by part, beside the SQLite FTS5 database a peer would build over the same
/// clauses (<see cref="SqliteFts5Baseline"/>): the LiteDB file by collection (records as BSON; the rest of the file is
/// pages, indexes and free space), the Lucene index by file kind (inside compound files too), and the vector file by
/// section. Reads the folder only; the FTS5 database is built in <c>scratch</c>.
/// </summary>
public static class DiskBreakdown
{
    /// <summary>Measures <paramref name="dataDirectory"/>, building the FTS5 database in <paramref name="scratch"/>.</summary>
    public static IReadOnlyList<DiskPart> Measure(string dataDirectory, string scratch)
    {
        var parts = new List<DiskPart>();
        var database = Path.Combine(dataDirectory, "policykb.db");
        parts.AddRange(LiteDbParts(database));
        parts.AddRange(LuceneParts(Path.Combine(dataDirectory, "index")));
        parts.AddRange(VectorParts(Path.Combine(dataDirectory, QuantizedVectorFile.FileName)));
        var other = BaselineComparison.FolderBytes(dataDirectory) - parts.Sum(p => p.Bytes);
        parts.Add(new DiskPart("other", "other files", Math.Max(0, other)));
        System.IO.Directory.CreateDirectory(scratch);
        var fts5 = Path.Combine(scratch, "fts5.db");
        using (var store = new LiteDbDocumentStore(database, readOnly: true))
        using (new SqliteFts5Baseline(BaselineClause.ReadAll(store), fts5))
        {
        }
        parts.Add(new DiskPart("fts5", "SQLite FTS5 database over the same clauses", new FileInfo(fts5).Length));
        return parts;
    }

    private static IEnumerable<DiskPart> LiteDbParts(string path)
    {
        using var db = LiteDbReadOnly.Open(path, new BsonMapper());
        long records = 0;
        var parts = new List<DiskPart>();
        foreach (var name in db.GetCollectionNames().Order(StringComparer.Ordinal))
        {
            var bytes = db.GetCollection(name).FindAll().Sum(d => (long)BsonSerializer.Serialize(d).Length);
            records += bytes;
            parts.Add(new DiskPart("litedb", name, bytes));
        }
        parts.Add(new DiskPart("litedb", "pages, indexes, free space", new FileInfo(path).Length - records));
        return parts;
    }

    private static IEnumerable<DiskPart> LuceneParts(string path)
    {
        if (!System.IO.Directory.Exists(path)) return [];
        var byKind = new Dictionary<string, long>(StringComparer.Ordinal);
        using var directory = new NIOFSDirectory(new DirectoryInfo(path));
        foreach (var file in directory.ListAll())
        {
            if (file.EndsWith(".cfs", StringComparison.Ordinal))
            {
                using var compound = new CompoundFileDirectory(directory, file, IOContext.READ_ONCE, openForWrite: false);
                foreach (var inner in compound.ListAll()) Add(byKind, KindOf(inner), compound.FileLength(inner));
            }
            else if (!file.EndsWith(".cfe", StringComparison.Ordinal))
            {
                Add(byKind, KindOf(file), directory.FileLength(file));
            }
        }
        return byKind.OrderByDescending(k => k.Value).Select(k => new DiskPart("lucene", k.Key, k.Value));
    }

    private static IEnumerable<DiskPart> VectorParts(string path)
    {
        if (!File.Exists(path)) return [];
        var contents = QuantizedVectorFile.Read(path);
        var rows = (long)contents.Entries.Count;
        var length = new FileInfo(path).Length;
        var scales = rows * sizeof(float);
        var int8 = rows * contents.Dimensions;
        var floats = length - contents.FloatOffset;
        return
        [
            new DiskPart("vectors", $"header, documents, row entries ({rows} rows)", contents.FloatOffset - scales - int8),
            new DiskPart("vectors", "row scales", scales),
            new DiskPart("vectors", $"int8 rows ({contents.Dimensions} dimensions)", int8),
            new DiskPart("vectors", $"full-precision rows (format {contents.Version}, {contents.FloatRowBytes} bytes a row) and footer", floats),
        ];
    }

    private static string KindOf(string file) => Path.GetExtension(file) switch
    {
        ".fdt" or ".fdx" => "stored fields (.fdt/.fdx)",
        ".tim" or ".tip" => "terms dictionary (.tim/.tip)",
        ".doc" => "postings: documents and frequencies (.doc)",
        ".pos" => "postings: positions (.pos)",
        ".pay" => "postings: payloads and offsets (.pay)",
        ".dvd" or ".dvm" => "doc values (.dvd/.dvm)",
        ".nvd" or ".nvm" => "norms (.nvd/.nvm)",
        ".tvd" or ".tvx" => "term vectors (.tvd/.tvx)",
        ".liv" => "deletions (.liv)",
        var other => $"other ({other})",
    };

    private static void Add(Dictionary<string, long> byKind, string kind, long bytes) => byKind[kind] = byKind.GetValueOrDefault(kind) + bytes;
}
