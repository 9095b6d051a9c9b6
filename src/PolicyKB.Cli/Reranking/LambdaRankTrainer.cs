using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers.FastTree;
using PolicyKB.Search.Rerank;

namespace PolicyKB.Cli.Reranking;

/// <summary>
/// Fits a LambdaRank tree ensemble (Microsoft.ML.FastTree, <see cref="FastTreeRankingTrainer"/>) to ranking groups and
/// exports its trees as a <see cref="RankingModel"/>, which search evaluates without ML.NET. The export is checked
/// against ML.NET's own scores, so a change in either side's tree layout cannot pass unnoticed.
/// </summary>
internal sealed class LambdaRankTrainer(int trees, int leaves, int minimumPerLeaf, double learningRate, int seed)
{
    /// <summary>A short description of the settings.</summary>
    public string Settings => $"trees={trees} leaves={leaves} min-per-leaf={minimumPerLeaf} learning-rate={learningRate}";

    /// <summary>Trains on <paramref name="groups"/>; returns the model and the largest difference from ML.NET's scores on them.</summary>
    public (RankingModel Model, double Divergence) Train(IReadOnlyList<RankingGroup> groups, IReadOnlyDictionary<string, string> about)
    {
        var ml = new MLContext(seed);
        var schema = SchemaDefinition.Create(typeof(RankingRow));
        schema[nameof(RankingRow.Features)].ColumnType = new VectorDataViewType(NumberDataViewType.Single, RerankFeatures.Count);
        var rows = groups.SelectMany((g, i) => g.Features.Select((f, j) => new RankingRow { GroupId = (uint)i + 1, Label = g.Labels[j], Features = f })).ToList();
        var data = ml.Data.LoadFromEnumerable(rows, schema);
        var options = new FastTreeRankingTrainer.Options
        {
            LabelColumnName = nameof(RankingRow.Label),
            FeatureColumnName = nameof(RankingRow.Features),
            RowGroupColumnName = "Group",
            NumberOfTrees = trees,
            NumberOfLeaves = leaves,
            MinimumExampleCountPerLeaf = minimumPerLeaf,
            LearningRate = learningRate,
            NumberOfThreads = Math.Max(1, Environment.ProcessorCount),
            Seed = seed,
        };
        var pipeline = ml.Transforms.Conversion.MapValueToKey("Group", nameof(RankingRow.GroupId))
            .Append(ml.Ranking.Trainers.FastTree(options));
        var fitted = pipeline.Fit(data);
        var ensemble = fitted.LastTransformer.Model.TrainedTreeEnsemble;
        var model = new RankingModel
        {
            Features = RerankFeatures.Names,
            Trees = ensemble.Trees.Select((t, i) => new RankingTree
            {
                Weight = ensemble.TreeWeights[i],
                Left = t.LeftChild.ToArray(),
                Right = t.RightChild.ToArray(),
                Feature = t.NumericalSplitFeatureIndexes.ToArray(),
                Threshold = t.NumericalSplitThresholds.ToArray(),
                Leaves = t.LeafValues.ToArray(),
            }).ToList(),
            About = about,
        };

        // ML.NET adds the ensemble's bias to every score; a constant changes no order, so it is compared and dropped.
        var scores = fitted.Transform(data).GetColumn<float>("Score").Take(2000).ToList();
        var divergence = rows.Take(scores.Count).Select((r, i) => Math.Abs(scores[i] - ensemble.Bias - model.Score(r.Features))).DefaultIfEmpty(0).Max();
        return (model, divergence);
    }
}
