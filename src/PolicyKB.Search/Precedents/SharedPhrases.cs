namespace PolicyKB.Search.Precedents;

/// <summary>
/// The phrases two wordings share, wherever each puts them: runs of at least <see cref="MinWords"/> consecutive words
/// (Vietnamese syllables, so about two words) of the precedent that the input also has in a row. Below about half the
/// words in common, a word diff is mostly deletions and insertions; the shared phrases are what a drafter can reuse.
/// Template text ("Cơ quan chủ trì") is never part of a phrase.
/// </summary>
public static class SharedPhrases
{
    /// <summary>Shortest shared run, in syllables.</summary>
    public const int MinWords = 3;

    private static readonly char[] Around = ",.;:!?()[]\"'“”‘’…*".ToCharArray();

    /// <summary>The shared phrases as spans of the precedent's text, in order.</summary>
    public static IReadOnlyList<SharedPhrase> Find(
        IReadOnlyList<WordToken> input, IReadOnlyList<WordToken> precedent, IReadOnlyList<double> precedentWeights)
    {
        var inputWords = input.Where(t => t.IsWord).ToList();
        var grams = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i + MinWords <= inputWords.Count; i++)
        {
            if (inputWords[i].Segment == inputWords[i + MinWords - 1].Segment) grams.Add(string.Join(' ', inputWords.Skip(i).Take(MinWords).Select(t => t.Key)));
        }

        // Positions of the precedent's words (punctuation-only tokens are skipped, so "chủ trì, phối hợp" still runs on).
        // A phrase stays within one sentence and holds no template word: form text is never highlighted.
        var words = Enumerable.Range(0, precedent.Count).Where(i => precedent[i].IsWord).ToList();
        var marked = new bool[words.Count];
        for (var i = 0; i + MinWords <= words.Count; i++)
        {
            var gram = words.Skip(i).Take(MinWords).ToList();
            if (precedent[gram[0]].Segment != precedent[gram[^1]].Segment || gram.Any(w => precedentWeights[w] == 0)) continue;
            if (!grams.Contains(string.Join(' ', gram.Select(w => precedent[w].Key)))) continue;
            for (var j = i; j < i + MinWords; j++) marked[j] = true;
        }

        var phrases = new List<SharedPhrase>();
        for (var i = 0; i < words.Count; i++)
        {
            if (!marked[i]) continue;
            var end = i;
            while (end + 1 < words.Count && marked[end + 1] && precedent[words[end + 1]].Segment == precedent[words[i]].Segment) end++;
            var first = precedent[words[i]];
            var last = precedent[words[end]];
            // Punctuation around the phrase is not part of it ("(kiện toàn …", "… cán bộ.").
            var lead = first.Text.Length - first.Text.TrimStart(Around).Length;
            var stop = last.Start + last.Text.TrimEnd().TrimEnd(Around).Length;
            phrases.Add(new SharedPhrase(first.Start + lead, stop - first.Start - lead));
            i = end;
        }
        return phrases;
    }
}
