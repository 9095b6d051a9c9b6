namespace PolicyKB.Citations;

/// <summary>
/// Assembles the ordered rule set of a <see cref="CitationExtractor"/>. Order matters only for ties: when two rules propose
/// spans of equal length at overlapping places, the earlier rule wins (numbered before party, named and short forms).
/// </summary>
public sealed class CitationExtractorBuilder
{
    private readonly List<ICitationRule> _rules = [];

    /// <summary>A builder holding the default rules: numbered, Party resolutions by plenum, named laws, named laws in capitals, short forms, defined short names.</summary>
    public static CitationExtractorBuilder CreateDefault() =>
        new CitationExtractorBuilder()
            .Add(new NumberedReferenceRule())
            .Add(new PartyResolutionRule())
            .Add(new NamedLawRule())
            .Add(new CapitalLawRule())
            .Add(new ShortFormRule())
            .Add(new DefinedNameRule());

    /// <summary>Number of rules.</summary>
    public int Count => _rules.Count;

    /// <summary>Appends a rule after the existing ones.</summary>
    internal CitationExtractorBuilder Add(ICitationRule rule)
    {
        _rules.Add(rule);
        return this;
    }

    /// <summary>Removes every rule of type <typeparamref name="TRule"/> (to test or disable a recognizer).</summary>
    internal CitationExtractorBuilder Remove<TRule>() where TRule : ICitationRule
    {
        _rules.RemoveAll(r => r is TRule);
        return this;
    }

    /// <summary>Builds an extractor; the builder can be reused.</summary>
    public CitationExtractor Build() => new(_rules.ToArray());
}
