using PolicyKB.Metadata.Rules;

namespace PolicyKB.Metadata;

/// <summary>Assembles the ordered header rules (Markdig block-parser style: more specific rules first).</summary>
internal sealed class HeaderCellClassifierBuilder
{
    private readonly List<IHeaderCellRule> _rules = [];

    /// <summary>The standard order: rules, motto, furniture, number, date, subject, type line, organisation.</summary>
    public static HeaderCellClassifierBuilder CreateDefault() => new HeaderCellClassifierBuilder()
        .Add(new SeparatorRule()).Add(new MottoRule()).Add(new FurnitureRule()).Add(new NumberRule())
        .Add(new PlaceDateRule()).Add(new SubjectRule()).Add(new TypeLineRule()).Add(new OrganisationRule());

    /// <summary>Appends a rule after the ones already added.</summary>
    public HeaderCellClassifierBuilder Add(IHeaderCellRule rule)
    {
        _rules.Add(rule);
        return this;
    }

    /// <summary>Builds the classifier.</summary>
    public HeaderCellClassifier Build() => new(_rules.ToArray());
}
