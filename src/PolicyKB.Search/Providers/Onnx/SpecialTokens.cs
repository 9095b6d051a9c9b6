namespace PolicyKB.Search.Providers.Onnx;

/// <summary>Wraps content ids in a model's opening and closing special tokens, cutting the content to fit.</summary>
internal static class SpecialTokens
{
    /// <summary>
    /// <paramref name="open"/> + content + <paramref name="close"/> (either may be negative: absent), at most
    /// <paramref name="maxTokens"/> ids. Truncation cuts the end of the content, as Hugging Face's
    /// "longest_first" does for one sequence.
    /// </summary>
    public static int[] Wrap(IReadOnlyList<int> content, int open, int close, int maxTokens)
    {
        var specials = (open >= 0 ? 1 : 0) + (close >= 0 ? 1 : 0);
        var kept = Math.Max(0, Math.Min(content.Count, maxTokens - specials));
        var ids = new int[kept + specials];
        var at = 0;
        if (open >= 0) ids[at++] = open;
        for (var i = 0; i < kept; i++) ids[at++] = content[i];
        if (close >= 0) ids[at] = close;
        return ids;
    }
}
