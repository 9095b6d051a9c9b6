using PolicyKB.Documents;
using PolicyKB.Facts;
using PolicyKB.Storage;

namespace PolicyKB.Tests.Storage.Providers;

/// <summary>Small documents, clauses, citations, facts and originals for the provider-agnostic store specifications.</summary>
internal static class StoreSamples
{
    public static PolicyDocument Document(string id, string hash, string? number = null, string? source = null) => new()
    {
        Id = id,
        Source = source ?? id + ".txt",
        Origin = "/data/" + id + ".txt",
        ContentHash = hash,
        Format = "txt",
        ClauseCount = 3,
        Warnings = ["một cảnh báo"],
        IngestedAt = new DateTimeOffset(2024, 5, 6, 7, 8, 9, TimeSpan.Zero),
        Metadata = new DocumentMetadata
        {
            Number = number, Type = "Kế hoạch", IssuedOn = new PartialDate(2021, 1), Issuer = "UBND tỉnh Hà Giang",
            Title = "Kế hoạch thực hiện", Recipients = ["Sở Y tế", "Sở Tài chính"], LegalBasis = ["Luật Tổ chức chính quyền địa phương"],
        },
    };

    public static List<Clause> Clauses(string doc, params string[] labels) =>
        labels.Select((l, i) => new Clause
        {
            Id = $"{doc}/{l}", DocumentId = doc, Label = l, DisplayLabel = l + ".", Heading = "Mục " + l, Text = "Nội dung điều " + l,
            Kind = ClauseKind.Section, Path = [l], ChildIds = i == 0 ? [$"{doc}/x"] : [], ParentId = i > 0 ? $"{doc}/{labels[0]}" : null,
            PreviousId = i > 0 ? $"{doc}/{labels[i - 1]}" : null, NextId = i < labels.Length - 1 ? $"{doc}/{labels[i + 1]}" : null,
            LineStart = i * 10, LineEnd = i * 10 + 9, Order = i,
        }).ToList();

    public static Citation Cite(string doc, string clause, string key) =>
        new() { DocumentId = doc, ClauseId = clause, Raw = "số " + key, Key = key, Number = key, Start = 3, Length = key.Length, LineStart = 4, LineEnd = 5, Basis = true };

    public static DocumentFacts SampleFacts(string doc, string lead) => new()
    {
        DocumentId = doc,
        Signer = new SignerFact { Name = "Nguyễn Văn A", Title = "Chủ tịch" },
        IssuedOn = "2021-01-15",
        Recipients = ["Sở Y tế"],
        Tasks = [new TaskFact { Text = "Triển khai tiêm chủng", Lead = lead, Cooperating = ["Sở Tài chính"], Deadline = new Deadline { Text = "quý II/2021", To = "2021-06-30", Kind = "by" }, ClauseId = doc + "/I", Line = 12 }],
        Targets = [new TargetFact { Indicator = "tỷ lệ tiêm chủng", IndicatorKey = "ty-le-tiem-chung", Comparator = ">=", Value = 95.5m, Unit = "%", ClauseId = doc + "/II", Line = 20 }],
        Relations = [new RelationFact { Relation = "replaces", TargetKey = "12/KH-UBND", ClauseId = doc + "/III", Line = 30 }],
    };

    public static OriginalFile Original(string doc, byte[] content) => new(doc, doc + ".txt", "upload", "hash-" + doc, content);
}
