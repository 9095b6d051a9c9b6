namespace PolicyKB.Search.Evaluation.Pairs;

/// <summary>An everyday question and the formal question that says the same thing.</summary>
/// <param name="Everyday">The reader's own wording (the query).</param>
/// <param name="Formal">The short formal question (the passage to find).</param>
/// <param name="Split"><see cref="PairSplit.Test"/> (kept out of every training run, the reported measure),
/// <see cref="PairSplit.Dev"/> (kept out only of development runs, for choices) or <see cref="PairSplit.Train"/>.</param>
public sealed record QueryPair(string Everyday, string Formal, string Split)
{
    /// <summary>True for a test pair: never trained on.</summary>
    public bool HeldOut => Split == PairSplit.Test;

    /// <summary>The everyday question's words as the source segmented them (syllables of a word joined by a space).</summary>
    public IReadOnlyList<string> EverydayWords { get; init; } = [];

    /// <summary>The formal question's words, segmented likewise.</summary>
    public IReadOnlyList<string> FormalWords { get; init; } = [];
}
