using PolicyKB.Search;
using PolicyKB.Search.Vectors;
using PolicyKB.Tests.Support;

namespace PolicyKB.Tests.Vectors;

/// <summary>
/// The vector file keeps its full-precision rows as float16 (format version 2): half the disk of float32, with the
/// same nearest neighbours; a version 1 file (float32 rows) is rewritten as version 2 when its owner opens it.
/// </summary>
public sealed class VectorFileUpgradeTests : IDisposable
{
    private const int Dimensions = 128;
    private readonly TempDirectory _dir = new();
    private readonly List<float[]> _vectors;

    public VectorFileUpgradeTests()
    {
        var random = new Random(5);
        _vectors = Enumerable.Range(0, 2000).Select(_ => RandomUnit(random)).ToList();
    }

    private static float[] RandomUnit(Random random)
    {
        var v = Enumerable.Range(0, Dimensions).Select(_ => (float)(random.NextDouble() * 2 - 1)).ToArray();
        VectorMath.Normalize(v);
        return v;
    }

    private string Path => _dir.File(QuantizedVectorFile.FileName);

    private List<VectorEntry> Entries() => _vectors.Select((v, i) => new VectorEntry($"d/{i}", "d", "item", v)).ToList();

    private void WriteVersion1()
    {
        var rows = new sbyte[_vectors.Count * Dimensions];
        var scales = _vectors.Select((v, i) => Int8Vectors.Quantize(v, rows.AsSpan(i * Dimensions, Dimensions))).ToArray();
        QuantizedVectorFile.Write(Path, "m", new Dictionary<string, string> { ["d"] = "h" }, Entries(), scales, rows, Dimensions,
            (i, vector) => _vectors[i].CopyTo(vector), QuantizedVectorFile.Float32Version);
    }

    [Fact]
    public void A_saved_file_holds_float16_rows_each_within_a_thousandth_of_the_float_vector()
    {
        using (var store = new FlatVectorStore(Path, "m")) store.Replace("d", "h", Entries());

        var contents = QuantizedVectorFile.Read(Path);
        Assert.Equal(QuantizedVectorFile.CurrentVersion, contents.Version);
        using var rows = new FloatRows(Path, contents.FloatOffset, Dimensions, contents.FloatWidth);
        var read = new float[Dimensions];
        for (var i = 0; i < _vectors.Count; i += 97)
        {
            rows.Read(i, read);
            for (var j = 0; j < Dimensions; j++) Assert.InRange(read[j], _vectors[i][j] - 1e-3f, _vectors[i][j] + 1e-3f);
        }
    }

    [Fact]
    public void A_version_1_file_is_rewritten_as_version_2_at_half_the_row_bytes_on_the_owners_open()
    {
        WriteVersion1();
        var before = new FileInfo(Path).Length;

        using var store = VectorStoreRecovery.Open(_dir.Path, "m", new DataHealth());

        var contents = QuantizedVectorFile.Read(Path);
        Assert.Equal(QuantizedVectorFile.CurrentVersion, contents.Version);
        Assert.Equal(before - (long)_vectors.Count * Dimensions * 2, new FileInfo(Path).Length);
        Assert.Equal("h", store.EmbeddedDocuments()["d"]);
        Assert.Equal(_vectors.Count, store.Index.Count);
    }

    [Fact]
    public void Search_over_an_upgraded_file_finds_the_float_nearest_neighbours()
    {
        WriteVersion1();
        using var store = VectorStoreRecovery.Open(_dir.Path, "m", new DataHealth());
        var random = new Random(13);
        var agreed = 0;
        for (var q = 0; q < 50; q++)
        {
            var query = RandomUnit(random);
            var exact = _vectors.Select((v, i) => (Id: $"d/{i}", Score: v.Zip(query, (x, y) => x * y).Sum())).OrderByDescending(p => p.Score).Take(10).Select(p => p.Id);
            agreed += store.Index.Search(query, 10, null).Select(h => h.ClauseId).Intersect(exact).Count();
        }
        Assert.True(agreed >= 495, $"{agreed} of 500 top-10 neighbours agree");
    }

    [Fact]
    public void A_reader_beside_the_owner_reads_a_version_1_file_without_rewriting_it()
    {
        WriteVersion1();
        var before = File.GetLastWriteTimeUtc(Path);

        using var store = VectorStoreRecovery.OpenReadOnly(_dir.Path, "m", new DataHealth());

        Assert.NotNull(store);
        Assert.Equal(QuantizedVectorFile.Float32Version, QuantizedVectorFile.Read(Path).Version);
        Assert.Equal(before, File.GetLastWriteTimeUtc(Path));
        Assert.Equal(10, store.Index.Search(_vectors[3], 10, null).Count);
    }

    public void Dispose() => _dir.Dispose();
}
