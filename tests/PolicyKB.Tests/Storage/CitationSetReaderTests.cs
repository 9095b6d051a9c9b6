using LiteDB;
using PolicyKB.Documents;
using PolicyKB.Storage;

namespace PolicyKB.Tests.Storage;

/// <summary>A stored citation set reads back straight from its bytes as it does through LiteDB's documents.</summary>
public sealed class CitationSetReaderTests
{
    private static Citation[] Citations() =>
    [
        new() { DocumentId = "qd-1", ClauseId = "qd-1/dieu-1", Raw = "Quyết định số 281/QĐ-UBND", Start = 12, Length = 26, Key = "281/QĐ-UBND",
            Type = "Quyết định", Number = "281/QĐ-UBND", Date = "2024-03-01", Issuer = "UBND tỉnh", Name = null, Basis = true, LineStart = 4, LineEnd = 5,
            TargetDocumentId = "qd-281" },
        new() { DocumentId = "qd-1", ClauseId = "qd-1/dieu-2", Raw = "Luật Đất đai", Start = 0, Length = 12, Key = "luật đất đai",
            Name = "Luật Đất đai", Basis = false, LineStart = 9, LineEnd = 9 },
        // Texts shorter than the smallest document (four bytes with the closing zero, as 'Ban', '(2)', empty) read too.
        new() { DocumentId = "qd-1", ClauseId = "qd-1/dieu-3", Raw = "(2)", Start = 5, Length = 3, Key = "12-CTr/BCĐ", Issuer = "Ban", Name = "",
            Basis = false, LineStart = 11, LineEnd = 12 },
    ];

    private static void AssertSame(IReadOnlyList<Citation> expected, IReadOnlyList<Citation> actual)
    {
        Assert.Equal(expected.Count, actual.Count);
        for (var i = 0; i < expected.Count; i++)
        {
            var (e, a) = (expected[i], actual[i]);
            Assert.Equal((e.DocumentId, e.ClauseId, e.Raw, e.Start, e.Length, e.Key, e.Type, e.Number, e.Date, e.Issuer, e.Name, e.Basis, e.LineStart, e.LineEnd, e.TargetDocumentId),
                (a.DocumentId, a.ClauseId, a.Raw, a.Start, a.Length, a.Key, a.Type, a.Number, a.Date, a.Issuer, a.Name, a.Basis, a.LineStart, a.LineEnd, a.TargetDocumentId));
        }
    }

    [Fact]
    public void A_stored_set_is_read_from_its_bytes_field_for_field()
    {
        var set = CitationBson.ToSet("qd-1", Citations());

        var read = CitationSetReader.TryRead("qd-1", PackedBson.UnpackBytes(set)!.Value);

        Assert.NotNull(read);
        AssertSame(Citations(), read);
        AssertSame(Citations(), CitationBson.FromSet(set));
    }

    [Fact]
    public void A_set_without_end_lines_ends_each_citation_where_it_starts()
    {
        var item = new BsonDocument
        {
            ["clause"] = "qd-1/dieu-1", ["raw"] = "Luật Đất đai", ["start"] = 0, ["length"] = 12, ["key"] = "luật đất đai", ["type"] = BsonValue.Null,
            ["number"] = BsonValue.Null, ["date"] = BsonValue.Null, ["issuer"] = BsonValue.Null, ["name"] = "Luật Đất đai", ["basis"] = false, ["line"] = 7,
            ["target"] = BsonValue.Null,
        };
        var bytes = BsonSerializer.Serialize(new BsonDocument { ["items"] = new BsonArray { item } });

        var read = CitationSetReader.TryRead("qd-1", bytes);

        Assert.Equal(7, Assert.Single(read!).LineEnd);
    }

    [Fact]
    public void A_set_holding_values_of_another_type_is_left_to_LiteDB()
    {
        var item = new BsonDocument
        {
            ["clause"] = "qd-1/dieu-1", ["raw"] = "Luật Đất đai", ["start"] = 0L, ["length"] = 12, ["key"] = "luật đất đai", ["basis"] = false, ["line"] = 7,
        };
        var content = new BsonDocument { ["items"] = new BsonArray { item } };

        Assert.Null(CitationSetReader.TryRead("qd-1", BsonSerializer.Serialize(content)));
        Assert.Equal("luật đất đai", Assert.Single(CitationBson.FromSet(PackedBson.Pack("qd-1", content))).Key);
    }

    [Fact]
    public void Bytes_that_do_not_add_up_are_not_read()
    {
        var bytes = BsonSerializer.Serialize(new BsonDocument { ["items"] = new BsonArray { new BsonDocument { ["clause"] = "x" } } });

        Assert.Null(CitationSetReader.TryRead("qd-1", bytes[..^3]));
        Assert.Null(CitationSetReader.TryRead("qd-1", bytes));
    }
}
