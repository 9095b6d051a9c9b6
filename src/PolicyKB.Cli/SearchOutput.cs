using PolicyKB.Search;

namespace PolicyKB.Cli;

/// <summary>The JSON shape of <c>policykb search --json</c>.</summary>
internal sealed record SearchOutput(string Query, string Mode, long TookMs, IReadOnlyList<string> References, string? Note, IReadOnlyList<SearchOutput.Hit> Hits)
{
    public sealed record Hit(
        string ClauseId, string DocumentId, string Source, IReadOnlyList<string> Path, string Label, string Heading, string Text,
        double Score, IReadOnlyList<Span> Highlights);

    public sealed record Span(int Start, int Length);

    public static SearchOutput From(SearchResponse r) => new(r.Query, r.Mode, r.TookMs, r.References, r.Note,
        r.Hits.Select(h => new Hit(h.ClauseId, h.DocumentId, h.Source, h.Path, h.Label, h.Heading, h.Text, h.Score,
            h.Highlights.Select(s => new Span(s.Start, s.Length)).ToList())).ToList());

    public static void WriteText(TextWriter output, SearchResponse r)
    {
        output.WriteLine($"{r.Hits.Count}/{r.Total} kết quả ({r.Mode}, {r.TookMs} ms){(r.References.Count > 0 ? " — văn bản: " + string.Join(", ", r.References) : "")}");
        if (r.Note is not null) output.WriteLine(r.Note);
        foreach (var h in r.Hits)
        {
            var text = h.Text.ReplaceLineEndings(" ");
            output.WriteLine($"{h.ClauseId}  [{h.DocumentNumber ?? h.Source}]");
            output.WriteLine($"    {(text.Length > 160 ? text[..160] + "…" : text)}");
        }
    }
}
