using PolicyKB.Documents;
using PolicyKB.Ingestion;
using PolicyKB.Tests.Support;

namespace PolicyKB.Tests.Ingestion;

/// <summary>
/// Whole-document checks on the five seed plans. Each seed's sections and sub-sections (every clause of depth 0–1
/// except bullets and the preamble) are written in Specs/Seeds/NAME.outline as "id | heading", checked by hand
/// against the source, and must come out exactly.
/// </summary>
public sealed class SeedDocumentTests(SeedStore seeds) : IClassFixture<SeedStore>
{
    public static TheoryData<string> Seeds => new(Directory.GetFiles(SharedData.ContentDirectory).Select(Path.GetFileNameWithoutExtension)!);

    [Fact]
    public void Every_seed_ingests_without_error()
    {
        Assert.Equal(5, seeds.Results.Count);
        Assert.All(seeds.Results, r => Assert.Equal(IngestionStatus.Stored, r.Status));
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Sections_and_subsections_are_exactly_the_documents_headings(string seed)
    {
        var expected = File.ReadAllLines(Path.Combine(AppContext.BaseDirectory, "Specs", "Seeds", seed + ".outline"));

        var actual = seeds.Store.GetClauses(seed)
            .Where(c => c.Kind is not (ClauseKind.Bullet or ClauseKind.Preamble) && c.Depth <= 1)
            .Select(c => $"{c.Id[(seed.Length + 1)..]} | {c.Heading}");

        Assert.Equal(expected, actual);
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Clause_links_are_consistent(string seed)
    {
        var clauses = seeds.Store.GetClauses(seed);
        var byId = clauses.ToDictionary(c => c.Id);
        foreach (var clause in clauses)
        {
            if (clause.ParentId is { } parent) Assert.Contains(clause.Id, byId[parent].ChildIds);
            if (clause.NextId is { } next) Assert.Equal(clause.Id, byId[next].PreviousId);
            Assert.True(clause.LineStart <= clause.LineEnd, clause.Id);
            Assert.False(string.IsNullOrWhiteSpace(clause.Text), clause.Id);
        }
    }

    [Fact]
    public void The_2024_plan_rests_on_the_directive_the_decision_and_the_provincial_plan()
    {
        var basis = seeds.Store.FindCitations("ha-tinh-2024-cung-co-y-te-co-so").Where(c => c.Basis).Select(c => c.Key).ToHashSet();

        Assert.Superset(new HashSet<string> { "281/QĐ-TTg", "242-KH/TU", "25-CT/TW" }, basis);
    }

    [Fact]
    public void Citations_of_a_directive_are_found_across_plans_with_their_clauses()
    {
        var citing = seeds.Store.FindCitations(key: "25-CT/TW");

        Assert.Contains(citing, c => c.ClauseId == "ha-tinh-2024-cung-co-y-te-co-so/I.1.c");
        Assert.All(citing, c => Assert.Equal("Chỉ thị", c.Type));
    }

    [Fact]
    public void Broken_glyphs_are_repaired_in_clause_text()
    {
        var text = string.Join('\n', seeds.Store.GetClauses("son-duong-2021-cong-tac-y-te-huyen").Select(c => c.Text));

        Assert.DoesNotContain("ƣ", text);
        Assert.Contains("suy dinh dưỡng", text);
        Assert.DoesNotContain("dư ng", text);
    }
}
