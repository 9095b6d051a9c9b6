using PolicyKB.Documents;
using PolicyKB.Search;

namespace PolicyKB.Tests.Search;

/// <summary>Facet filters match a document's whole value: case and spacing ignored, diacritics kept.</summary>
public sealed class DocumentFilterTests
{
    private static readonly PolicyDocument HaTinh = Document("ha-tinh", "Kế hoạch", "Sở Y tế tỉnh Hà Tĩnh", "Hà Tĩnh", 2021);
    private static readonly PolicyDocument HaGiang = Document("ha-giang", "Kế hoạch", "Sở Y tế tỉnh Hà Giang", "Hà Giang", 2021);
    // Values that differ from Hà Tĩnh's in one diacritic only: a filter must never confuse them.
    private static readonly PolicyDocument NearNamesake = Document("near", "Kê hoạch", "Sở Y tế tỉnh Hà Tình", "Hà Tình", 2020);
    private static readonly PolicyDocument[] All = [HaTinh, HaGiang, NearNamesake];

    [Theory]
    [InlineData("Sở Y tế tỉnh Hà Tĩnh")]
    [InlineData("SỞ Y TẾ TỈNH HÀ TĨNH")]
    [InlineData("  Sở Y tế   tỉnh Hà Tĩnh ")]
    public void The_issuer_filter_matches_the_exact_issuer_only(string issuer) =>
        Assert.Equal(["ha-tinh"], Matching(new SearchFilters { Issuer = issuer }));

    [Fact]
    public void The_issuer_filter_is_the_whole_name_not_some_of_its_words() =>
        Assert.Empty(Matching(new SearchFilters { Issuer = "Sở Y tế" }));

    [Fact]
    public void The_province_filter_keeps_diacritics() =>
        Assert.Equal(["ha-tinh"], Matching(new SearchFilters { Province = "Hà Tĩnh" }));

    [Fact]
    public void The_type_filter_keeps_diacritics() =>
        Assert.Equal(["ha-tinh", "ha-giang"], Matching(new SearchFilters { Type = "kế hoạch" }));

    [Fact]
    public void The_year_filter_matches_the_year_of_issue() =>
        Assert.Equal(["near"], Matching(new SearchFilters { Year = 2020 }));

    [Fact]
    public void A_value_typed_without_any_diacritics_matches_the_whole_folded_value()
    {
        Assert.Equal(["ha-tinh", "near"], Matching(new SearchFilters { Province = "ha tinh" }));
        Assert.Empty(Matching(new SearchFilters { Issuer = "so y te tinh ha" }));
    }

    [Fact]
    public void Values_in_decomposed_unicode_match_their_composed_form() =>
        Assert.Equal(["ha-tinh"], Matching(new SearchFilters { Province = "Hà Tĩnh".Normalize(System.Text.NormalizationForm.FormD) }));

    [Fact]
    public void Resolving_turns_the_facets_into_the_exact_set_of_documents()
    {
        var resolved = DocumentFilter.Resolve(new SearchFilters { Issuer = "Sở Y tế tỉnh Hà Tĩnh", Kind = "point" }, All);

        Assert.Equal(["ha-tinh"], resolved.DocumentIds);
        Assert.Equal("point", resolved.Kind);
        Assert.Null(DocumentFilter.Resolve(new SearchFilters { Kind = "point" }, All).DocumentIds);
    }

    private static List<string> Matching(SearchFilters filters) => All.Where(d => DocumentFilter.Matches(d, filters)).Select(d => d.Id).ToList();

    private static PolicyDocument Document(string id, string type, string issuer, string place, int year) => new()
    {
        Id = id,
        Source = id + ".txt",
        ContentHash = id,
        Metadata = new DocumentMetadata { Type = type, Issuer = issuer, Place = place, IssuedOn = new PartialDate(year, 1) },
    };
}
