using PolicyKB.Facts.Rules;

namespace PolicyKB.Facts;

/// <summary>
/// Holds the ordered fact rules (the shape of Markdig's pipeline builder). Order matters: the effective date is read
/// before relations, which take it as their default; text tasks before table tasks.
/// </summary>
public sealed class FactExtractorBuilder
{
    /// <summary>The rules in the order they will run.</summary>
    public List<IFactRule> Rules { get; } = [];

    /// <summary>The default rule list.</summary>
    public static FactExtractorBuilder CreateDefault()
    {
        var builder = new FactExtractorBuilder();
        builder.Rules.AddRange(
        [
            new SignerRule(),
            new IssueDateRule(),
            new EffectiveDateRule(),
            new RelationRule(),
            new ImplicitPartRepealRule(),
            new TaskSectionRule(),
            new TaskTableRule(),
            new TargetRule(),
        ]);
        return builder;
    }

    /// <summary>Freezes the rule list into an extractor.</summary>
    public FactExtractor Build() => new([.. Rules]);
}
