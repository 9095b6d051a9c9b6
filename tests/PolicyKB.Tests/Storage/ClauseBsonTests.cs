using LiteDB;
using PolicyKB.Documents;
using PolicyKB.Storage;

namespace PolicyKB.Tests.Storage;

/// <summary>
/// A clause set is written to BSON field by field, not through LiteDB's documents: the bytes must be the ones LiteDB
/// writes for the same set, so packed sets stay what they were and read back as before.
/// </summary>
public sealed class ClauseBsonTests
{
    private static Clause Clause(int i, int children) => new()
    {
        Id = $"ke-hoach-so-36-kh-ubnd/II.{i}",
        DocumentId = "ke-hoach-so-36-kh-ubnd",
        ParentId = i == 0 ? null : "ke-hoach-so-36-kh-ubnd/II",
        Label = i % 3 == 0 ? "" : $"{i}.",
        DisplayLabel = $"Mục {i}",
        Heading = i % 2 == 0 ? "MỤC ĐÍCH, YÊU CẦU" : "",
        Text = i == 5 ? "a \0 nul and 😀 (a pair of surrogates)" : $"Tổ chức tuyên truyền, phổ biến nội dung Kế hoạch tới các cơ sở y tế (mục {i}).",
        Kind = (ClauseKind)(i % 4),
        Path = i == 0 ? [] : ["II", $"II.{i}"],
        ChildIds = Enumerable.Range(0, children).Select(k => $"ke-hoach-so-36-kh-ubnd/II.{i}.{k}").ToList(),
        PreviousId = i == 0 ? null : $"ke-hoach-so-36-kh-ubnd/II.{i - 1}",
        NextId = i == 9 ? null : $"ke-hoach-so-36-kh-ubnd/II.{i + 1}",
        LineStart = i * 7,
        LineEnd = i * 7 + 3,
        Order = -i,
    };

    [Fact]
    public void A_clause_set_is_written_byte_for_byte_as_LiteDB_writes_it()
    {
        // 70 children and 70 clauses: array item names beyond the ones kept ready ("64", "69").
        var clauses = Enumerable.Range(0, 70).Select(i => Clause(i, i == 1 ? 70 : i % 3)).ToList();

        var written = ClauseBson.Serialize(clauses).ToArray();

        Assert.Equal(BsonSerializer.Serialize(ClauseBson.ToDocument(clauses)), written);
    }

    [Fact]
    public void Sets_written_one_after_another_on_pooled_buffers_are_each_their_own()
    {
        // A large set first, so the small one after it is written over a buffer that held more.
        var large = Enumerable.Range(0, 400).Select(i => Clause(i % 10, 3)).ToList();
        var small = Enumerable.Range(0, 3).Select(i => Clause(i, 0)).ToList();
        ClauseBson.Serialize(large);

        Assert.Equal(BsonSerializer.Serialize(ClauseBson.ToDocument(small)), ClauseBson.Serialize(small));
        Assert.Equal(small.Select(c => c.Text), ClauseBson.FromSet(ClauseBson.ToSet("ke-hoach-so-36-kh-ubnd", small), "ke-hoach-so-36-kh-ubnd").Select(c => c.Text));
    }

    [Fact]
    public void An_empty_clause_set_is_written_as_LiteDB_writes_it()
    {
        Assert.Equal(BsonSerializer.Serialize(ClauseBson.ToDocument([])), ClauseBson.Serialize([]).ToArray());
    }

    [Fact]
    public void A_text_with_a_lone_surrogate_is_refused_as_LiteDB_refuses_it()
    {
        var clause = Clause(1, 0);
        clause.Text = "lone \ud800 surrogate";

        Assert.Throws<System.Text.EncoderFallbackException>(() => BsonSerializer.Serialize(ClauseBson.ToDocument([clause])));
        Assert.Throws<System.Text.EncoderFallbackException>(() => ClauseBson.Serialize([clause]).ToArray());
    }

    [Fact]
    public void A_written_set_reads_back_clause_for_clause()
    {
        var clauses = Enumerable.Range(0, 10).Select(i => Clause(i, 2)).ToList();

        var read = ClauseBson.FromSet(ClauseBson.ToSet("ke-hoach-so-36-kh-ubnd", clauses), "ke-hoach-so-36-kh-ubnd");

        Assert.Equal(clauses.Select(c => (c.Id, c.ParentId, c.Text, c.PreviousId, string.Join("|", c.ChildIds))),
            read.Select(c => (c.Id, c.ParentId, c.Text, c.PreviousId, string.Join("|", c.ChildIds))));
    }
}
