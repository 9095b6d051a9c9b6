namespace PolicyKB.Parsing;

/// <summary>An ordered, frozen set of heading rules indexed by opening character.</summary>
public sealed class HeadingRuleSet
{
    private readonly Dictionary<char, IHeadingRule[]> _byOpeningCharacter;

    internal HeadingRuleSet(IReadOnlyList<IHeadingRule> rules)
    {
        Rules = rules;
        _byOpeningCharacter = rules
            .SelectMany(r => r.OpeningCharacters.Select(c => (c, r)))
            .GroupBy(p => p.c)
            .ToDictionary(g => g.Key, g => g.Select(p => p.r).ToArray());
    }

    /// <summary>The rules in the order they are tried.</summary>
    public IReadOnlyList<IHeadingRule> Rules { get; }

    /// <summary>The first rule's match for a trimmed line, or null.</summary>
    public HeadingMatch? Match(string line)
    {
        if (line.Length == 0 || !_byOpeningCharacter.TryGetValue(line[0], out var candidates)) return null;
        foreach (var rule in candidates)
        {
            if (rule.TryMatch(line) is { } match) return match;
        }
        return null;
    }
}
