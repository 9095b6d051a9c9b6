using PolicyKB.Documents;
using PolicyKB.Parsing;

namespace PolicyKB.Ingestion.Steps;

/// <summary>Splits the body segments into the clause tree; the document title becomes a "title" clause so its citations count as legal basis.</summary>
public sealed class ParseClausesStep : IRunAheadStep
{
    private readonly ClauseParser _parser;

    /// <summary>Creates the step.</summary>
    public ParseClausesStep(ClauseParser parser) => _parser = parser;

    /// <inheritdoc />
    public string Name => "parse";

    /// <inheritdoc />
    public StepOutcome Execute(IngestionContext context)
    {
        var segments = context.Segments.Count > 0 ? context.Segments : [new BodySegment(0, context.Lines.Count)];
        var clauses = _parser.Parse(context.DocumentId, context.Lines, segments, ClauseParser.ModeFor(context.Format));
        var title = context.Metadata.Title;
        if (!string.IsNullOrWhiteSpace(title))
        {
            var text = string.IsNullOrEmpty(context.Metadata.Type) ? title : $"{context.Metadata.Type} {title}";
            var titleClause = new Clause
            {
                Id = $"{context.DocumentId}/title",
                DocumentId = context.DocumentId,
                Label = "title",
                Heading = title,
                Text = text,
                Kind = ClauseKind.Preamble,
                LineStart = segments[0].Start > 0 && segments[0].Start <= context.Lines.Count ? context.Lines[0].Number : 0,
                LineEnd = segments[0].Start > 0 && segments[0].Start <= context.Lines.Count ? context.Lines[segments[0].Start - 1].Number : 0,
            };
            // The title's own lines, so its citations point where they are printed, not at the letterhead.
            titleClause.LineOffsets.AddRange(TitleLineLocator.Locate(text, context.Metadata.Type, context.Lines, segments[0].Start));
            if (titleClause.LineOffsets.Count > 0) titleClause.LineStart = titleClause.LineOffsets[0].Line;
            context.Clauses.Add(titleClause);
        }
        context.Clauses.AddRange(clauses);
        for (var i = 0; i < context.Clauses.Count; i++) context.Clauses[i].Order = i;
        if (clauses.Count(c => c.Kind != ClauseKind.Preamble) == 0) context.Warnings.Add("không nhận ra đề mục nào: toàn bộ văn bản là một đoạn");
        return StepOutcome.Continue;
    }
}
