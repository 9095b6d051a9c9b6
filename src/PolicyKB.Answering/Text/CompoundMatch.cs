namespace PolicyKB.Answering.Text;

/// <summary>
/// Vietnamese words are mostly two syllables ("cơ sở", "tiền lương"), and a text may hold both syllables of a question's
/// word in other words ("cơ cấu", "Sở Y tế"). A syllable of the question counts as found only when it stands beside a
/// neighbour it had in the question, or when none of its neighbours is in the text at all (then nothing tells it is
/// the wrong word); otherwise it counts <see cref="LooseWeight"/>.
/// </summary>
public sealed class CompoundMatch
{
    /// <summary>The weight of a syllable found only apart from the neighbours it had in the question.</summary>
    public const double LooseWeight = 0.5;

    private readonly Dictionary<string, List<string>> _neighbours = new(StringComparer.Ordinal);

    /// <summary>Reads the neighbours of <paramref name="focus"/> keys in the question's keys in order (<paramref name="allKeys"/>).</summary>
    public CompoundMatch(IReadOnlyList<string> allKeys, IReadOnlySet<string> focus)
    {
        for (var i = 0; i + 1 < allKeys.Count; i++)
        {
            var (a, b) = (allKeys[i], allKeys[i + 1]);
            if (a == b || !focus.Contains(a) || !focus.Contains(b)) continue;
            Add(a, a + " " + b, b);
            Add(b, a + " " + b, a);
        }
    }

    /// <summary>The pairs of adjacent keys of a text (in order).</summary>
    public static HashSet<string> Pairs(IReadOnlyList<string> keys)
    {
        var pairs = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i + 1 < keys.Count; i++) pairs.Add(keys[i] + " " + keys[i + 1]);
        return pairs;
    }

    /// <summary>How much <paramref name="key"/>, present in a text with <paramref name="present"/> keys and <paramref name="pairs"/>, counts (0–1).</summary>
    public double Weight(string key, IReadOnlySet<string> present, IReadOnlySet<string> pairs)
    {
        if (!present.Contains(key)) return 0;
        if (!_neighbours.TryGetValue(key, out var list)) return 1;
        var partnerPresent = false;
        for (var i = 0; i < list.Count; i += 2)
        {
            if (pairs.Contains(list[i])) return 1;
            partnerPresent |= present.Contains(list[i + 1]);
        }
        return partnerPresent ? LooseWeight : 1;
    }

    private void Add(string key, string pair, string partner)
    {
        if (!_neighbours.TryGetValue(key, out var list)) _neighbours[key] = list = [];
        list.Add(pair);
        list.Add(partner);
    }
}
