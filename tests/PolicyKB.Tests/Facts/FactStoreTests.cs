using PolicyKB.Documents;
using PolicyKB.Facts;
using PolicyKB.Storage;
using PolicyKB.Tests.Support;

namespace PolicyKB.Tests.Facts;

/// <summary>Facts are stored with their document in one record of "fact_sets", replaced and removed with it.</summary>
public sealed class FactStoreTests : IDisposable
{
    private readonly TempDirectory _temp = new();

    [Fact]
    public void Facts_round_trip_through_the_store_and_go_when_the_document_goes()
    {
        var facts = new DocumentFacts
        {
            Signer = new SignerFact { Name = "Hoàng Nam", Title = "PHÓ CHỦ TỊCH", Mode = "KT." },
            IssuedOn = "2025-11-25", EffectiveOnSigning = true,
            Relations = [new RelationFact { Relation = RelationKinds.Repeals, TargetKey = "25/2025/QĐ-UBND", ClauseId = "qd/D2" }],
            Tasks = [new TaskFact { Text = "Rà soát", Lead = "Sở Y tế", Deadline = new Deadline { Text = "2025", Kind = "period", From = "2025-01-01", To = "2025-12-31" } }],
            Targets = [new TargetFact { Indicator = "Tỷ lệ BHYT", Comparator = ">", Value = 95.5m, Unit = "%" }],
        };
        using (var store = new LiteDbDocumentStore(_temp.File("kb.db")))
        {
            store.Replace(Document("qd"), [], [], facts);
        }
        using (var reader = new LiteDbDocumentStore(_temp.File("kb.db"), readOnly: true))
        {
            var back = reader.GetFacts("qd")!;
            Assert.Equal("qd", back.DocumentId);
            Assert.Equal("Hoàng Nam", back.Signer!.Name);
            Assert.True(back.EffectiveOnSigning);
            Assert.Equal("25/2025/QĐ-UBND", back.Relations.Single().TargetKey);
            Assert.Equal("2025-12-31", back.Tasks.Single().Deadline!.To);
            Assert.Equal(95.5m, back.Targets.Single().Value);
            Assert.Single(reader.ListFacts());
        }
        using (var store = new LiteDbDocumentStore(_temp.File("kb.db")))
        {
            Assert.True(store.Remove("qd"));
            Assert.Null(store.GetFacts("qd"));
            Assert.Empty(store.ListFacts());
        }
    }

    [Fact]
    public void A_task_keeps_every_lead_agency_and_one_stored_with_its_lead_alone_still_reads_that_lead()
    {
        var facts = new DocumentFacts
        {
            Tasks =
            [
                new TaskFact { Text = "Rà soát", Lead = "Sở Y tế", Leads = ["Sở Y tế", "Ủy ban nhân dân các huyện"] },
                // The shape of facts stored before several leads were kept: the first lead alone.
                new TaskFact { Text = "Tập huấn", Lead = "Sở Nội vụ" },
            ],
        };
        using (var store = new LiteDbDocumentStore(_temp.File("kb.db")))
        {
            store.Replace(Document("kh"), [], [], facts);
        }
        using var reader = new LiteDbDocumentStore(_temp.File("kb.db"), readOnly: true);
        var back = reader.GetFacts("kh")!.Tasks;
        Assert.Equal(["Sở Y tế", "Ủy ban nhân dân các huyện"], back[0].LeadAgencies());
        Assert.Equal("Sở Y tế; Ủy ban nhân dân các huyện", back[0].LeadText());
        Assert.Equal(["Sở Nội vụ"], back[1].LeadAgencies());
        Assert.Null(new TaskFact { Text = "Kiểm tra" }.LeadText());
    }

    [Fact]
    public void The_store_layout_with_facts_is_schema_version_3()
    {
        Assert.Equal(3, PolicyDocument.CurrentSchemaVersion);
        Assert.Equal(3, LiteDbDocumentStore.SchemaVersion);
    }

    private static PolicyDocument Document(string id) => new() { Id = id, Source = id + ".txt", ContentHash = "00" };

    public void Dispose() => _temp.Dispose();
}
