using PolicyKB.Decoding;
using PolicyKB.Documents;

namespace PolicyKB.Facts;

/// <summary>Runs the fact rules in their order over one document (see <see cref="FactExtractorBuilder"/>).</summary>
public sealed class FactExtractor
{
    private readonly IReadOnlyList<IFactRule> _rules;

    internal FactExtractor(IReadOnlyList<IFactRule> rules) => _rules = rules;

    /// <summary>The rule names in the order they run.</summary>
    public IReadOnlyList<string> RuleNames => _rules.Select(r => r.Name).ToList();

    /// <summary>The default rules: document facts, relations, tasks from text and tables, targets.</summary>
    public static FactExtractor CreateDefault() => FactExtractorBuilder.CreateDefault().Build();

    /// <summary>Extracts the facts of one document.</summary>
    public DocumentFacts Extract(string documentId, DocumentMetadata metadata, IReadOnlyList<SourceLine> lines,
        IReadOnlyList<Clause> clauses, IReadOnlyList<Citation> citations)
    {
        var context = new FactContext(documentId, metadata, lines, clauses, citations);
        foreach (var rule in _rules) rule.Apply(context);
        return context.Facts;
    }
}
