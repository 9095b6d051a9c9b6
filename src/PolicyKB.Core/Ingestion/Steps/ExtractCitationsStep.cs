using PolicyKB.Citations;
using PolicyKB.Documents;

namespace PolicyKB.Ingestion.Steps;

/// <summary>
/// Finds the citations of every clause, in document order with one scope, so short forms ("Chỉ thị 25") resolve
/// to the full form printed earlier. Citations of the title and of the preamble's "Căn cứ…/Thực hiện…" sentences
/// are the legal basis; a document citing its own number (an attached plan naming the decision that issues it) is
/// not a citation.
/// </summary>
public sealed class ExtractCitationsStep : IRunAheadStep
{
    private static readonly string[] BasisOpeners = ["căn cứ", "thực hiện", "theo", "triển khai", "thi hành", "tiếp tục thực hiện"];

    private readonly CitationExtractor _extractor;

    /// <summary>Creates the step.</summary>
    public ExtractCitationsStep(CitationExtractor extractor) => _extractor = extractor;

    /// <inheritdoc />
    public string Name => "cite";

    /// <inheritdoc />
    public StepOutcome Execute(IngestionContext context)
    {
        var scope = new CitationScope();
        var ownNumber = context.Metadata.Number is { } n ? DocumentNumber.Normalize(n) ?? n : null;
        var (found, definedLater) = _extractor.ExtractDocument(context.Clauses.Select(c => c.Text).ToList(), scope);
        for (var i = 0; i < context.Clauses.Count; i++)
        {
            var clause = context.Clauses[i];
            foreach (var match in found[i])
            {
                if (ownNumber is not null && match.Key == ownNumber) continue;
                context.Citations.Add(new Citation
                {
                    DocumentId = context.DocumentId,
                    ClauseId = clause.Id,
                    Raw = match.Raw,
                    Start = match.Start,
                    Length = match.Length,
                    Key = match.Key,
                    Type = match.Type,
                    Number = match.Number,
                    Date = match.Date?.ToString(),
                    Issuer = match.Issuer,
                    Name = match.Name,
                    Basis = IsBasis(clause, match.Start),
                    LineStart = clause.LineAt(match.Start),
                    LineEnd = clause.LineAt(match.Start + Math.Max(0, match.Length - 1)),
                });
            }
        }
        for (var i = 0; i < context.Clauses.Count; i++)
        {
            var clause = context.Clauses[i];
            foreach (var match in definedLater[i])
            {
                if (context.Citations.Any(c => c.ClauseId == clause.Id && c.Start == match.Start)) continue;
                context.Citations.Add(new Citation
                {
                    DocumentId = context.DocumentId, ClauseId = clause.Id, Raw = match.Raw, Start = match.Start, Length = match.Length,
                    Key = match.Key, Type = match.Type, Number = match.Number, Basis = false,
                    LineStart = clause.LineAt(match.Start), LineEnd = clause.LineAt(match.Start + Math.Max(0, match.Length - 1)),
                });
            }
        }
        FootnoteCitations.Link(context.Clauses, context.Citations);
        return StepOutcome.Continue;
    }

    /// <summary>
    /// Legal basis per Nghị định 30/2020/NĐ-CP Phụ lục I: the title of a plan that "thực hiện" a document, and the
    /// preamble's sentences opening with "Căn cứ", "Thực hiện", "Theo" … (each sentence ends at ";" or a line break).
    /// </summary>
    internal static bool IsBasis(Clause clause, int start)
    {
        if (clause.Kind != ClauseKind.Preamble) return false;
        if (clause.Label == "title") return true;
        var text = clause.Text;
        var from = Math.Min(start, text.Length);
        var sentenceStart = text.LastIndexOfAny([';', '\n'], Math.Max(0, from - 1)) + 1;
        var sentence = PolicyKB.Text.FastCharacters.ToLowerInvariant(text[sentenceStart..from].TrimStart(' ', '*', '-', '('));
        return BasisOpeners.Any(o => sentence.StartsWith(o, StringComparison.Ordinal));
    }
}
