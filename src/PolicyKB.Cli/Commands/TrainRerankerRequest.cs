using PolicyKB.Cli.Reranking;
using PolicyKB.Search.Rerank;

namespace PolicyKB.Cli.Commands;

/// <summary>The parsed arguments of <c>policykb train-reranker</c> (<see cref="TrainRerankerCommand"/>).</summary>
internal sealed record TrainRerankerRequest(string Train, string Pairs, int Documents, string Output, int Seed, IReadOnlySet<string> Sources, string? Cache, string? Data)
{
    public IReadOnlySet<string> Excluded { get; init; } = new HashSet<string>();

    public bool MeasurePairs { get; init; }

    public int Depth { get; init; } = RerankStage.DefaultDepth;

    public int LongPairWeight { get; init; } = 1;

    public string? Judged { get; init; }

    public int JudgedWeight { get; init; } = 1;

    /// <summary>Short staff-like queries generated from each training document (<see cref="ShortQueryBuilder"/>).</summary>
    public int ShortQueries { get; init; }

    /// <summary>Whether each short query holding a listed expression also comes abbreviated.</summary>
    public bool ShortAbbreviated { get; init; }

    /// <summary>Chat question sets whose dev halves are trained on (<see cref="ChatTrainingSet"/>); empty: none.</summary>
    public IReadOnlyList<string> Chat { get; init; } = [];

    /// <summary>Times each chat question counts (0 drops them, so one collection gives the model with and without).</summary>
    public int ChatWeight { get; init; } = 1;

    /// <summary>Lists of documents never to train on; empty: every judged list of tests/eval as it is today.</summary>
    public IReadOnlyList<string> ExcludeLists { get; init; } = [];
}
