using PolicyKB.Facts;
using PolicyKB.Ingestion;
using PolicyKB.Metadata;
using PolicyKB.Storage;
using PolicyKB.Tests.Support;

namespace PolicyKB.Tests.Facts;

/// <summary>
/// Scores the facts layer against tests/eval/facts.jsonl: ingests every annotated file into a temporary store, then
/// matches extracted facts to gold ones per kind. Recall counts every gold fact; precision counts extracted facts only
/// in files whose coverage line says that kind was annotated completely.
/// </summary>
public static class FactsScorer
{
    public static string GoldPath => Path.Combine(SharedData.RepositoryRoot, "tests", "eval", "facts.jsonl");

    /// <summary>Scores per split ("dev", "test") and kind; files missing on disk are skipped and listed.</summary>
    public static (Dictionary<(string Split, string Kind), KindScore> Scores, List<string> Missing, List<string> Misses) Run()
    {
        var gold = GoldFact.Load(GoldPath);
        var scores = new Dictionary<(string, string), KindScore>();
        var missing = new List<string>();
        var misses = new List<string>();
        using var temp = new TempDirectory();
        using var store = new LiteDbDocumentStore(temp.File("kb.db"));
        var pipeline = IngestionPipelineFactory.CreateDefault(store);
        foreach (var file in gold.GroupBy(g => g.File))
        {
            var path = Path.GetFullPath(Path.Combine(SharedData.RepositoryRoot, file.Key));
            if (!File.Exists(path)) { missing.Add(file.Key); continue; }
            var result = pipeline.Ingest(path);
            var facts = store.GetFacts(result.DocumentId) ?? new DocumentFacts();
            var complete = file.Where(g => g.Kind == "coverage").SelectMany(g => g.Complete).ToHashSet();
            var split = file.First().Split;
            foreach (var kind in new[] { "signer", "issuedOn", "effectiveOn", "relation", "task", "target" })
            {
                var expected = file.Where(g => g.Kind == kind).ToList();
                if (expected.Count == 0 && !complete.Contains(kind)) continue;
                var score = scores.TryGetValue((split, kind), out var s) ? s : scores[(split, kind)] = new KindScore();
                Score(kind, expected, facts, complete.Contains(kind), score, misses);
            }
        }
        return (scores, missing, misses);
    }

    private static void Score(string kind, List<GoldFact> expected, DocumentFacts facts, bool complete, KindScore score, List<string> misses)
    {
        var extracted = Extracted(kind, facts);
        var used = new bool[extracted.Count];
        foreach (var g in expected)
        {
            var hit = Enumerable.Range(0, extracted.Count).FirstOrDefault(i => !used[i] && Matches(kind, g, extracted[i]), -1);
            if (hit >= 0) { used[hit] = true; score.TruePositives++; }
            else { score.FalseNegatives++; misses.Add($"{g.Split}\tmissed\t{Path.GetFileName(g.File)}\t{g.Json}"); }
        }
        if (!complete) return;
        score.FalsePositives += used.Count(u => !u);
        foreach (var i in Enumerable.Range(0, extracted.Count).Where(i => !used[i]))
            misses.Add($"{expected.FirstOrDefault()?.Split}\textra\t{kind}\t{System.Text.Json.JsonSerializer.Serialize(extracted[i])}");
    }

    private static List<object> Extracted(string kind, DocumentFacts f) => kind switch
    {
        "signer" => f.Signer is null ? [] : [f.Signer],
        "issuedOn" => f.IssuedOn is null ? [] : [f],
        "effectiveOn" => f.EffectiveOn is null && !f.EffectiveOnSigning ? [] : [f],
        "relation" => [.. f.Relations],
        "task" => [.. f.Tasks],
        "target" => [.. f.Targets],
        _ => [],
    };

    private static bool Matches(string kind, GoldFact g, object x) => kind switch
    {
        "signer" => x is SignerFact s && Same(g.Get("name"), s.Name) && Same(g.Get("mode"), s.Mode) && (g.Get("title") is null || Same(g.Get("title"), s.Title)),
        "issuedOn" => x is DocumentFacts f && f.IssuedOn == g.Get("date") && f.IssuedOnInferred == g.Flag("inferred"),
        "effectiveOn" => x is DocumentFacts f && (g.Flag("onSigning") ? f.EffectiveOnSigning : f.EffectiveOn == g.Get("date")),
        "relation" => x is RelationFact r && r.Relation == g.Get("relation") && r.TargetKey == g.Get("target") && r.Scope == g.Get("scope"),
        "task" => x is TaskFact t && t.Lead is not null && SameAgency(g.Get("lead")!, t.Lead)
            && Fold(t.Text).Contains(Fold(g.Get("textHas")!), StringComparison.Ordinal) && DeadlineMatches(g.Get("deadline"), t.Deadline),
        "target" => x is TargetFact t && Fold(t.Indicator).Contains(Fold(g.Get("indicatorHas")!), StringComparison.Ordinal)
            && t.Value == decimal.Parse(g.Get("value")!, System.Globalization.CultureInfo.InvariantCulture)
            && Comparator(g.Get("comparator") ?? "=") == Comparator(t.Comparator) && (g.Get("unit") is null || Same(g.Get("unit"), t.Unit))
            && (g.Get("year") is null || t.Period == g.Get("year")),
        _ => false,
    };

    // The gold set writes comparators as printed ("trên", ">="); the extractor normalises them.
    private static string Comparator(string c) => c switch { ">" or "trên" => ">", "≥" or ">=" => ">=", "<" or "dưới" => "<", "≤" or "<=" => "<=", "đạt" => "=", _ => c };

    internal static bool DeadlineMatches(string? gold, Deadline? d)
    {
        if (gold is null) return true;
        if (d is null) return false;
        var folded = Fold(gold);
        if (folded is "HẰNG NĂM" or "THƯỜNG XUYÊN") return d.Kind == "recurring" && Fold(d.Text).Replace("HÀNG", "HẰNG", StringComparison.Ordinal).Contains(folded, StringComparison.Ordinal);
        if (gold.Length == 10) return d.To == gold;
        if (gold.Length == 7) return d.From == gold + "-01" && d.To?.StartsWith(gold, StringComparison.Ordinal) == true;
        if (gold.Length == 4) return d.From == gold + "-01-01" && d.To == gold + "-12-31";
        if (gold.Length == 9 && gold[4] == '-') return d.From == gold[..4] + "-01-01" && d.To == gold[5..] + "-12-31";
        return false;
    }

    /// <summary>The gold lead, or the first of co-leads printed together ("Ủy ban Mặt trận Tổ quốc, các tổ chức đoàn thể").</summary>
    private static bool SameAgency(string gold, string lead)
    {
        var g = AgencyNames.Key(gold);
        var l = AgencyNames.Key(lead);
        return l == g || l.StartsWith(g + ",", StringComparison.Ordinal) || l.StartsWith(g + " VÀ ", StringComparison.Ordinal);
    }

    private static bool Same(string? a, string? b) => Fold(a ?? "") == Fold(b ?? "");

    private static string Fold(string text) => VietnameseText.Fold(VietnameseText.Squash(text));
}
