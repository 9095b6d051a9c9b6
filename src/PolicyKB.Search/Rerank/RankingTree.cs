namespace PolicyKB.Search.Rerank;

/// <summary>
/// One regression tree of a boosted ensemble, in the layout FastTree uses: node <c>n</c> sends a feature vector left
/// when <c>x[Feature[n]] ≤ Threshold[n]</c>, else right; a child index below zero is the leaf <c>~index</c>. A tree
/// with no split is a single leaf.
/// </summary>
public sealed class RankingTree
{
    /// <summary>Weight of the tree's output in the ensemble.</summary>
    public double Weight { get; init; } = 1.0;

    /// <summary>Left (≤) child of each split node.</summary>
    public int[] Left { get; init; } = [];

    /// <summary>Right (&gt;) child of each split node.</summary>
    public int[] Right { get; init; } = [];

    /// <summary>Feature index tested by each split node.</summary>
    public int[] Feature { get; init; } = [];

    /// <summary>Threshold of each split node.</summary>
    public float[] Threshold { get; init; } = [];

    /// <summary>Output of each leaf.</summary>
    public double[] Leaves { get; init; } = [];

    /// <summary>The leaf value reached by <paramref name="features"/>, times <see cref="Weight"/>.</summary>
    public double Evaluate(ReadOnlySpan<float> features)
    {
        if (Left.Length == 0) return Leaves.Length == 0 ? 0 : Weight * Leaves[0];
        var node = 0;
        while (node >= 0) node = features[Feature[node]] <= Threshold[node] ? Left[node] : Right[node];
        return Weight * Leaves[~node];
    }

    /// <summary>Throws <see cref="InvalidDataException"/> when the arrays do not describe a tree over <paramref name="featureCount"/> features.</summary>
    internal void Check(int featureCount)
    {
        var nodes = Left.Length;
        if (Right.Length != nodes || Feature.Length != nodes || Threshold.Length != nodes || Leaves.Length != Math.Max(1, nodes + 1))
        {
            throw new InvalidDataException("cây xếp hạng có số nút và số lá không khớp");
        }
        if (Feature.Any(f => f < 0 || f >= featureCount)) throw new InvalidDataException("cây xếp hạng dùng đặc trưng ngoài danh sách");
        // Every split is reached once from the root and every branch ends in a leaf, so evaluation always ends.
        var seen = new bool[nodes];
        var pending = nodes == 0 ? new Stack<int>() : new Stack<int>([0]);
        while (pending.TryPop(out var n))
        {
            if (seen[n]) throw new InvalidDataException("cây xếp hạng có nhánh lặp");
            seen[n] = true;
            foreach (var child in (int[])[Left[n], Right[n]])
            {
                if (child >= nodes || (child < 0 && ~child >= Leaves.Length)) throw new InvalidDataException("cây xếp hạng có nhánh không hợp lệ");
                if (child >= 0) pending.Push(child);
            }
        }
    }
}
