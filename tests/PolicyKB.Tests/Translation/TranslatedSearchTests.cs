using PolicyKB.Search;
using PolicyKB.Search.Translation;
using PolicyKB.Tests.Support;

namespace PolicyKB.Tests.Translation;

/// <summary>Hybrid search with the translated-query list: a clause that says in formal words what the query says in everyday ones.</summary>
public sealed class TranslatedSearchTests
{
    [Fact]
    public async Task A_clause_holding_only_the_formal_words_is_found_when_the_list_is_enabled_and_not_otherwise()
    {
        using var folder = new TempDirectory();
        File.WriteAllText(folder.File("chinh-sach.txt"),
            "QUY ĐỊNH\nĐiều 1. Chăm sóc\nNgười cao tuổi được chăm sóc sức khỏe tại nhà.\nĐiều 2. Học tập\nHọc sinh được miễn học phí.\n");
        new TranslationTable(new Dictionary<string, IReadOnlyList<(string, double)>> { ["cu gia"] = [("cao tuoi", 0.7)] })
            .Save(folder.File("table.tsv"), []);
        using var kb = KnowledgeBase.Open(folder.File("data"));
        kb.Ingest([folder.File("chinh-sach.txt")]);
        var request = new SearchRequest("cụ già") { Mode = SearchMode.Hybrid };

        var off = await kb.Search.SearchAsync(request);
        kb.Search.ConfigureTranslation(new TranslationOptions { Enabled = true, TablePath = folder.File("table.tsv") });
        var on = await kb.Search.SearchAsync(request);
        kb.Search.ConfigureTranslation(new TranslationOptions { Enabled = false, TablePath = folder.File("table.tsv") });
        var offAgain = await kb.Search.SearchAsync(request);

        Assert.DoesNotContain(off.Hits, h => h.Text.Contains("cao tuổi", StringComparison.Ordinal));
        Assert.Contains("cao tuổi", on.Hits[0].Text, StringComparison.Ordinal);
        Assert.Equal(off.Hits.Select(h => h.ClauseId), offAgain.Hits.Select(h => h.ClauseId));
    }
}
