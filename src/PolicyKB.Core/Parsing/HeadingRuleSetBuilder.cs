using PolicyKB.Parsing.Rules;

namespace PolicyKB.Parsing;

/// <summary>
/// Builds the ordered heading rule set (the shape of Markdig's <c>MarkdownPipelineBuilder</c>):
/// start from the defaults, insert or remove rules, then <see cref="Build"/> freezes the order.
/// </summary>
public sealed class HeadingRuleSetBuilder
{
    /// <summary>The rules, tried in this order for lines sharing an opening character.</summary>
    public List<IHeadingRule> Rules { get; } = [];

    /// <summary>A builder holding the default rules for Vietnamese legal and administrative documents.</summary>
    public static HeadingRuleSetBuilder CreateDefault()
    {
        var builder = new HeadingRuleSetBuilder();
        builder.Rules.AddRange(
        [
            new AppendixRule(),
            NumberedDivisionRule.Part(),
            NumberedDivisionRule.Chapter(),
            new LegalSectionRule(),
            new ArticleRule(),
            new RomanSectionRule(),
            new CapitalLetterRule(),
            new DecimalRule(),
            new NumberRule(),
            new OrdinalWordRule(),
            new LetterRule(),
            new BulletRule(),
        ]);
        return builder;
    }

    /// <summary>Freezes the rules into a set.</summary>
    public HeadingRuleSet Build() => new([.. Rules]);
}
