using PolicyKB.Metadata.Rules;

namespace PolicyKB.Metadata;

/// <summary>Classifies header cells with an ordered set of rules; the first rule that matches wins.</summary>
internal sealed class HeaderCellClassifier
{
    private readonly IReadOnlyList<IHeaderCellRule> _rules;

    /// <summary>Creates a classifier over rules in priority order (use <see cref="HeaderCellClassifierBuilder"/>).</summary>
    public HeaderCellClassifier(IReadOnlyList<IHeaderCellRule> rules) => _rules = rules;

    /// <summary>The standard rule set.</summary>
    public static HeaderCellClassifier Default { get; } = HeaderCellClassifierBuilder.CreateDefault().Build();

    /// <summary>The kind of a cell's text.</summary>
    public HeaderCellKind Classify(string text)
    {
        if (text.Length == 0) return HeaderCellKind.Other;
        var folded = VietnameseText.Fold(text);
        foreach (var rule in _rules)
        {
            if (rule.Triggers(folded[0]) && rule.Matches(text, folded)) return rule.Kind;
        }
        return HeaderCellKind.Other;
    }
}
