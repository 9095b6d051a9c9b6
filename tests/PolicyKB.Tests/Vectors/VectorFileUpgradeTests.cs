using PolicyKB.Search;
using PolicyKB.Search.Vectors;
using PolicyKB.Tests.Support;

namespace PolicyKB.Tests.Vectors;

/// <summary>
/// The vector file keeps its full-precision rows as int8 residuals of the int8 rows (format version 3): 4 + d bytes a
/// row instead of float16's 2d or float32's 4d, with the same nearest neighbours; files of versions 1 (float32 rows)
/// and 2 (float16 rows) are rewritten as version 3 when their owner opens them.
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

    private void WriteVersion1() => WriteVersion(QuantizedVectorFile.Float32Version);

    private void WriteVersion(int version)
    {
        var rows = new sbyte[_vectors.Count * Dimensions];
        var scales = _vectors.Select((v, i) => Int8Vectors.Quantize(v, rows.AsSpan(i * Dimensions, Dimensions))).ToArray();
        QuantizedVectorFile.Write(Path, "m", new Dictionary<string, string> { ["d"] = "h" }, Entries(), scales, rows, Dimensions,
            (i, vector) => _vectors[i].CopyTo(vector), version);
    }

    [Fact]
    public void A_saved_file_rebuilds_every_row_within_a_hundred_thousandth_of_the_float_vector_closer_than_float16()
    {
        using (var store = new FlatVectorStore(Path, "m")) store.Replace("d", "h", Entries());

        var contents = QuantizedVectorFile.Read(Path);
        Assert.Equal(QuantizedVectorFile.CurrentVersion, contents.Version);
        using var rows = new FloatRows(Path, contents.FloatOffset, Dimensions, contents.Version, contents.Entries.Count);
        var read = new float[Dimensions];
        for (var i = 0; i < _vectors.Count; i += 97)
        {
            rows.Read(i, read);
            for (var j = 0; j < Dimensions; j++) Assert.InRange(read[j], _vectors[i][j] - 1e-5f, _vectors[i][j] + 1e-5f);
        }
    }

    [Fact]
    public void A_version_1_file_is_rewritten_as_version_3_at_4_plus_d_row_bytes_on_the_owners_open()
    {
        WriteVersion1();
        var before = new FileInfo(Path).Length;

        using var store = VectorStoreRecovery.Open(_dir.Path, "m", new DataHealth());

        var contents = QuantizedVectorFile.Read(Path);
        Assert.Equal(QuantizedVectorFile.CurrentVersion, contents.Version);
        Assert.Equal(before - (long)_vectors.Count * (Dimensions * 4 - (4 + Dimensions)), new FileInfo(Path).Length);
        Assert.Equal("h", store.EmbeddedDocuments()["d"]);
        Assert.Equal(_vectors.Count, store.Index.Count);
    }

    [Fact]
    public void A_version_2_file_is_rewritten_as_version_3_on_the_owners_open_with_the_same_nearest_neighbours()
    {
        WriteVersion(QuantizedVectorFile.Float16Version);
        var before = new FileInfo(Path).Length;

        using var store = VectorStoreRecovery.Open(_dir.Path, "m", new DataHealth());

        Assert.Equal(QuantizedVectorFile.CurrentVersion, QuantizedVectorFile.Read(Path).Version);
        Assert.Equal(before - (long)_vectors.Count * (Dimensions * 2 - (4 + Dimensions)), new FileInfo(Path).Length);
        Assert.Equal(["d/7"], store.Index.Search(_vectors[7], 1, null).Select(h => h.ClauseId));
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
