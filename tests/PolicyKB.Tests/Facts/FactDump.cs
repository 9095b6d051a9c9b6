using System.Globalization;
using System.Text;
using PolicyKB.Citations;
using PolicyKB.Facts;

namespace PolicyKB.Tests.Facts;

/// <summary>
/// The compact dumps used by Specs/Facts*.md. Every dump prints "(none)" when nothing is found.
/// Deadlines: the input's first word says how it is read, "cell:" (a whole table cell) or "text:" (found in a sentence);
/// output <c>kind=… [from=…] [to=…] | "text"</c>. Targets: one input line → one <c>indicator | cmp value unit</c> line per target it states.
/// Relations: "title:", "preamble:" or "body:" then the sentence; one line per relation, <c>relation key scope [part]</c>.
/// Documents (tasks, signers): a whole document; the first line may be "format: md".
/// </summary>
public static class FactDump
{
    public static string Deadline(string input)
    {
        var (mode, text) = Split(input);
        var d = mode == "cell" ? DeadlineReader.ReadCell(text) : DeadlineReader.Find(text);
        return d is null ? "(none)" : Format(d);
    }

    public static string Target(string input)
    {
        var sb = new StringBuilder();
        foreach (var line in input.Split('\n'))
        {
            if (sb.Length > 0) sb.Append('\n');
            var targets = TargetReader.ReadAll(line);
            sb.Append(targets.Count == 0 ? "(none)" : string.Join('\n', targets.Select(t => string.Create(CultureInfo.InvariantCulture, $"{t.Indicator} | {t.Comparator} {t.Value} {t.Unit}").TrimEnd())));
        }
        return sb.ToString();
    }

    public static string Relations(string input)
    {
        var (mode, text) = Split(input);
        var place = mode switch { "title" => RelationPlace.Title, "preamble" => RelationPlace.Preamble, _ => RelationPlace.Body };
        var citations = CitationExtractor.CreateDefault().Extract(text, new CitationScope())
            .Select(m => new PolicyKB.Documents.Citation { DocumentId = "spec", ClauseId = "spec/1", Raw = m.Raw, Start = m.Start, Length = m.Length, Key = m.Key, Date = m.Date?.ToString(), Name = m.Name })
            .ToList();
        var lines = RelationReader.Read(text, citations, place).Select(r => $"{r.Relation} {r.TargetKey} {r.Scope}{(r.Part is null ? "" : $" [{r.Part}]")}{(r.EffectiveOn is null ? "" : $" from {r.EffectiveOn}")}").ToList();
        return lines.Count == 0 ? "(none)" : string.Join('\n', lines);
    }

    public static string Tasks(string input)
    {
        var facts = Document(input);
        var lines = facts.Tasks.Select(t =>
            $"{(t.LeadAgencies() is { Count: > 0 } leads ? string.Join("; ", leads) : "(partial)")} | {(t.Deadline is null ? "-" : Format(t.Deadline))} | {Short(t.Text)}{(t.Cooperating.Count > 0 ? " | with " + string.Join("; ", t.Cooperating) : "")}").ToList();
        return lines.Count == 0 ? "(none)" : string.Join('\n', lines);
    }

    public static string Document(string input, bool header)
    {
        var f = Document(input);
        var s = f.Signer;
        return $"signer={(s is null ? "-" : $"{s.Mode ?? "-"} | {s.Title ?? "-"} | {s.Name ?? "-"}{(s.Partial ? " (partial)" : "")}")}\n" +
               $"issued={f.IssuedOn ?? "-"}{(f.IssuedOnInferred ? " (inferred)" : "")}\n" +
               $"effective={(f.EffectiveOnSigning ? "on signing" : f.EffectiveOn ?? "-")}";
    }

    private static DocumentFacts Document(string input)
    {
        var extension = ".txt";
        if (input.StartsWith("format: md\n", StringComparison.Ordinal)) { extension = ".md"; input = input["format: md\n".Length..]; }
        return FactsPipeline.Run(input + "\n", extension);
    }

    private static string Format(Deadline d) =>
        $"kind={d.Kind}{(d.From is null ? "" : " from=" + d.From)}{(d.To is null ? "" : " to=" + d.To)} | \"{d.Text}\"";

    private static string Short(string text) => text.Length <= 48 ? text : text[..48] + "…";

    private static (string Mode, string Text) Split(string input)
    {
        var colon = input.IndexOf(": ", StringComparison.Ordinal);
        return colon < 0 ? ("text", input) : (input[..colon], input[(colon + 2)..]);
    }
}
