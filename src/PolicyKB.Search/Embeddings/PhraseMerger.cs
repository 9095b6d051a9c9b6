using System.Runtime.InteropServices;

namespace PolicyKB.Search.Embeddings;

/// <summary>
/// Joins frequent syllable pairs into multi-syllable units ("y tế", "bảo hiểm", "kế hoạch"): Vietnamese writes
/// words as space-separated syllables, and most words are two syllables whose meaning is not the sum of the parts.
/// A pair becomes a unit when it occurs often enough and its normalised PMI is high (word2phrase, with NPMI so the
/// threshold does not depend on corpus size). Each pass can join units from the previous one, up to a syllable cap.
/// </summary>
internal static class PhraseMerger
{
    /// <summary>Runs <paramref name="passes"/> passes over <paramref name="stream"/> and returns the merged stream.</summary>
    public static TokenStream Merge(TokenStream stream, int passes, int minCount, double threshold, int maxSyllables)
    {
        for (var pass = 0; pass < passes; pass++)
        {
            var selected = SelectPairs(stream, minCount, threshold, maxSyllables);
            if (selected.Count == 0) break;
            stream = Rewrite(stream, selected);
        }
        return stream;
    }

    /// <summary>Number of syllables in a unit (spaces + 1).</summary>
    public static int Syllables(string unit)
    {
        var n = 1;
        foreach (var c in unit) if (c == ' ') n++;
        return n;
    }

    private static Dictionary<long, double> SelectPairs(TokenStream stream, int minCount, double threshold, int maxSyllables)
    {
        var unigrams = stream.CountIds();
        var joinable = new bool[stream.Strings.Count];
        for (var id = 0; id < joinable.Length; id++) joinable[id] = IsJoinable(stream.Strings[id]);
        var pairs = new Dictionary<long, int>(PairKeyComparer.Instance);
        var ids = stream.Ids;
        for (var i = 1; i < ids.Count; i++)
        {
            if (stream.Breaks[i] != TokenBreak.None || !joinable[ids[i - 1]] || !joinable[ids[i]]) continue;
            var key = Key(ids[i - 1], ids[i]);
            CollectionsMarshal.GetValueRefOrAddDefault(pairs, key, out _)++;
        }
        var total = (double)Math.Max(1, ids.Count);
        var selected = new Dictionary<long, double>(PairKeyComparer.Instance);
        foreach (var (key, count) in pairs)
        {
            if (count < minCount) continue;
            var a = (int)(key >> 32);
            var b = (int)(key & 0xFFFFFFFF);
            if (Syllables(stream.Strings[a]) + Syllables(stream.Strings[b]) > maxSyllables) continue;
            var pab = count / total;
            var npmi = Math.Log(pab / (unigrams[a] / total * (unigrams[b] / total))) / -Math.Log(pab);
            if (npmi >= threshold) selected.Add(key, npmi);
        }
        return selected;
    }

    // Left to right, but a pair yields to an overlapping better-scoring pair on its right, so "bảo hiểm y tế"
    // becomes "bảo hiểm" + "y tế" even if "hiểm y" also passed the threshold.
    private static TokenStream Rewrite(TokenStream stream, Dictionary<long, double> selected)
    {
        var merged = new TokenStream();
        foreach (var s in stream.Strings) merged.Intern(s);
        var mergedIds = new Dictionary<long, int>(PairKeyComparer.Instance);
        var ids = stream.Ids;
        var i = 0;
        while (i < ids.Count)
        {
            if (Score(stream, selected, i) is { } score && !(Score(stream, selected, i + 1) > score))
            {
                var key = Key(ids[i], ids[i + 1]);
                if (!mergedIds.TryGetValue(key, out var id))
                {
                    id = merged.Intern(stream.Strings[ids[i]] + " " + stream.Strings[ids[i + 1]]);
                    mergedIds.Add(key, id);
                }
                merged.Add(id, stream.Breaks[i]);
                i += 2;
            }
            else
            {
                merged.Add(ids[i], stream.Breaks[i]);
                i++;
            }
        }
        return merged;
    }

    private static double? Score(TokenStream stream, Dictionary<long, double> selected, int i) =>
        i + 1 < stream.Count && stream.Breaks[i + 1] == TokenBreak.None && selected.TryGetValue(Key(stream.Ids[i], stream.Ids[i + 1]), out var score)
            ? score
            : null;

    // Numbers and document numbers are left out: "năm 2021" is frequent but is not a word.
    private static bool IsJoinable(string unit)
    {
        foreach (var c in unit) if (char.IsDigit(c)) return false;
        return true;
    }

    private static long Key(int a, int b) => ((long)a << 32) | (uint)b;
}
