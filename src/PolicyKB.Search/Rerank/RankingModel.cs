using System.Text.Json;

namespace PolicyKB.Search.Rerank;

/// <summary>
/// A learned ranking function: a boosted tree ensemble (LambdaRank, trained by <c>policykb train-reranker</c> with
/// Microsoft.ML.FastTree) stored as JSON so search evaluates it without the ML.NET runtime. Scores are only
/// comparable within one query.
/// </summary>
public sealed class RankingModel
{
    /// <summary>The file format this code reads.</summary>
    public const string CurrentFormat = "policykb-rerank/1";

    private static readonly JsonSerializerOptions _json = new() { PropertyNamingPolicy = JsonNamingPolicy.CamelCase, WriteIndented = false };

    /// <summary>File format tag.</summary>
    public string Format { get; init; } = CurrentFormat;

    /// <summary>Feature names, in the order the trees index them; must equal <see cref="RerankFeatures.Names"/>.</summary>
    public IReadOnlyList<string> Features { get; init; } = [];

    /// <summary>The trees.</summary>
    public IReadOnlyList<RankingTree> Trees { get; init; } = [];

    /// <summary>How the model was trained (data, sizes, figures), for the record.</summary>
    public IReadOnlyDictionary<string, string> About { get; init; } = new Dictionary<string, string>();

    /// <summary>The score of one feature vector.</summary>
    public double Score(ReadOnlySpan<float> features)
    {
        var sum = 0.0;
        foreach (var tree in Trees) sum += tree.Evaluate(features);
        return sum;
    }

    /// <summary>Writes the model to <paramref name="path"/>.</summary>
    public void Save(string path) => File.WriteAllText(path, JsonSerializer.Serialize(this, _json));

    /// <summary>
    /// Reads a model file. Throws <see cref="InvalidDataException"/> (Vietnamese message) when it is not a model of this
    /// format or was trained on other features than this version computes.
    /// </summary>
    public static RankingModel Load(string path)
    {
        RankingModel? model;
        try
        {
            model = JsonSerializer.Deserialize<RankingModel>(File.ReadAllText(path), _json);
        }
        catch (JsonException ex)
        {
            throw new InvalidDataException($"Tệp mô hình xếp hạng lại {path} không đọc được: {ex.Message}", ex);
        }
        if (model is null || model.Format != CurrentFormat) throw new InvalidDataException($"Tệp {path} không phải mô hình xếp hạng lại ({CurrentFormat}).");
        if (!model.Features.SequenceEqual(RerankFeatures.Names))
        {
            throw new InvalidDataException($"Mô hình xếp hạng lại {path} được huấn luyện với bộ đặc trưng khác phiên bản này; hãy chạy lại 'policykb train-reranker'.");
        }
        foreach (var tree in model.Trees) tree.Check(model.Features.Count);
        return model;
    }
}
