namespace PolicyKB.Search.Embeddings;

/// <summary>
/// fastText-style character n-grams of a unit wrapped in "&lt;" and "&gt;", hashed into a fixed number of buckets.
/// The hash (FNV-1a over UTF-16 code units) is part of the model file format: trainer and encoder must agree.
/// </summary>
internal static class CharNGrams
{
    /// <summary>Appends the bucket index of every n-gram of <paramref name="unit"/> with <paramref name="minN"/> ≤ n ≤ <paramref name="maxN"/>.</summary>
    public static void AppendBuckets(string unit, int minN, int maxN, int buckets, List<int> output)
    {
        if (buckets <= 0 || maxN < minN || minN < 1) return;
        var length = unit.Length + 2;
        for (var start = 0; start < length; start++)
        {
            var hash = 2166136261u;
            for (var n = 1; n <= maxN && start + n <= length; n++)
            {
                hash = (hash ^ CharAt(unit, start + n - 1)) * 16777619u;
                // The whole bracketed unit is its own vector already; skip it as an n-gram (as fastText does for words).
                if (n >= minN && !(start == 0 && n == length)) output.Add((int)(hash % (uint)buckets));
            }
        }
    }

    /// <summary>The hash <see cref="AppendBuckets"/> gives the n-gram <paramref name="gram"/> (brackets included), before the modulo.</summary>
    public static uint Hash(string gram)
    {
        var hash = 2166136261u;
        foreach (var c in gram) hash = (hash ^ c) * 16777619u;
        return hash;
    }

    private static char CharAt(string unit, int index) =>
        index == 0 ? '<' : index == unit.Length + 1 ? '>' : unit[index - 1];
}
