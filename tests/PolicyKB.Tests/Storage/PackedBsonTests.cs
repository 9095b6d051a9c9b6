using LiteDB;
using PolicyKB.Storage;

namespace PolicyKB.Tests.Storage;

/// <summary>Clause and citation sets are kept compressed; sets written before, with their fields in the open, still read.</summary>
public sealed class PackedBsonTests
{
    private static BsonDocument Clauses(int count) => new()
    {
        ["clauses"] = new BsonArray(Enumerable.Range(0, count).Select(i => (BsonValue)new BsonDocument
        {
            ["id"] = $"ke-hoach-so-36-kh-ubnd/II.{i}", ["text"] = $"Tổ chức tuyên truyền, phổ biến nội dung Kế hoạch tới các cơ sở y tế (mục {i}).",
        })),
    };

    [Fact]
    public void A_packed_set_reads_back_field_for_field_with_its_id()
    {
        var content = Clauses(50);

        var read = PackedBson.Unpack(PackedBson.Pack("ke-hoach-so-36-kh-ubnd", content));

        Assert.Equal("ke-hoach-so-36-kh-ubnd", read["_id"].AsString);
        Assert.Equal(content["clauses"], read["clauses"]);
    }

    [Fact]
    public void A_packed_set_of_repetitive_clauses_takes_a_fraction_of_its_bson_size()
    {
        var content = Clauses(500);

        var packed = BsonSerializer.Serialize(PackedBson.Pack("ke-hoach-so-36-kh-ubnd", content)).Length;

        Assert.True(packed * 4 < BsonSerializer.Serialize(content).Length, $"{packed} bytes packed");
    }

    [Theory]
    [InlineData(0)]
    [InlineData(3)]
    [InlineData(2000)]
    public void Packed_bytes_are_those_a_brotli_stream_of_quality_4_writes(int count)
    {
        // The encoder is driven directly into a pooled buffer; the bytes stored are still the stream's.
        var raw = BsonSerializer.Serialize(Clauses(count));
        using var expected = new MemoryStream();
        using (var brotli = new System.IO.Compression.BrotliStream(expected, new System.IO.Compression.BrotliCompressionOptions { Quality = 4 }, leaveOpen: true)) brotli.Write(raw);

        var packed = PackedBson.Pack("ke-hoach-so-36-kh-ubnd", raw)[PackedBson.Field].AsBinary;

        Assert.Equal(expected.ToArray(), packed);
    }

    [Fact]
    public void A_set_written_before_packing_is_read_as_it_is()
    {
        var old = Clauses(3);
        old["_id"] = "ke-hoach-so-36-kh-ubnd";

        Assert.Same(old, PackedBson.Unpack(old));
    }

    [Fact]
    public void Damaged_packed_bytes_count_as_damage_to_the_store()
    {
        var record = new BsonDocument { ["_id"] = "x", [PackedBson.Field] = new byte[] { 1, 2, 3, 4, 5, 6, 7, 8 } };

        var error = Record.Exception(() => PackedBson.Unpack(record));

        Assert.NotNull(error);
        Assert.True(StoreIntegrity.IsDamage(error), error.GetType().Name);
    }
}
