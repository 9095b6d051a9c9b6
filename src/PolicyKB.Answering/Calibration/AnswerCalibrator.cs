using System.Text.Json;
using System.Text.Json.Serialization;

namespace PolicyKB.Answering.Calibration;

/// <summary>
/// The fitted answer/refuse decision of the quoting answerer (issue #11, calibrated answerability): a logistic model over
/// <see cref="AnswerFeatures"/> giving the probability that the best quote answers the question rightly, and the
/// threshold from which it is quoted. One hand-set floor on one signal could not tell the answerable questions covered
/// at 0.40–0.58 from the unanswerable ones covered as well; several signals weighed on judged answers can. Written by
/// <c>policykb train-calibrator --fit</c> to content/models/answer-calibrator.json, which records the evaluation halves
/// it read.
/// </summary>
public sealed class AnswerCalibrator
{
    /// <summary>The model file format.</summary>
    public const string CurrentFormat = "policykb-answer-calibrator/1";

    private static readonly JsonSerializerOptions Json = new() { WriteIndented = true };

    /// <summary>The file format (<see cref="CurrentFormat"/>).</summary>
    [JsonPropertyName("format")] public string Format { get; init; } = CurrentFormat;

    /// <summary>The feature names, in <see cref="AnswerFeatures.Names"/> (or <see cref="FocusedFeatures.Names"/>) order.</summary>
    [JsonPropertyName("features")] public IReadOnlyList<string> Features { get; init; } = [];

    /// <summary>One weight per feature, on the raw feature scale.</summary>
    [JsonPropertyName("weights")] public IReadOnlyList<double> Weights { get; init; } = [];

    /// <summary>The intercept.</summary>
    [JsonPropertyName("bias")] public double Bias { get; init; }

    /// <summary>The least probability of a right answer at which the best quote is given.</summary>
    [JsonPropertyName("threshold")] public double Threshold { get; init; } = 0.5;

    /// <summary>
    /// The coverage from which the best quote is given without asking the model, as the hand-set floors gave it; above 1
    /// the model decides every quote.
    /// </summary>
    [JsonPropertyName("decidesBelow")] public double DecidesBelow { get; init; } = 2;

    /// <summary>The evaluation halves ("answers-unseen-6.dev") whose judged answers the model was fitted on.</summary>
    [JsonPropertyName("halves")] public IReadOnlyList<string> Halves { get; init; } = [];

    /// <summary>Rows fitted on (answers the calibrator's decision changes the outcome of).</summary>
    [JsonPropertyName("rows")] public int Rows { get; init; }

    /// <summary>The probability (0–1) that the quote described by <paramref name="features"/> answers rightly.</summary>
    public double Probability(IReadOnlyList<double> features)
    {
        var z = Bias;
        for (var i = 0; i < Weights.Count; i++) z += Weights[i] * features[i];
        return 1 / (1 + Math.Exp(-z));
    }

    /// <summary>
    /// True when the quote described by <paramref name="features"/> should be given rather than declined. Coverage is the
    /// first feature of both feature sets (<see cref="AnswerFeatures.Coverage"/>, <see cref="FocusedFeatures.Coverage"/>).
    /// </summary>
    public bool Quotes(IReadOnlyList<double> features) => features[AnswerFeatures.Coverage] >= DecidesBelow || Probability(features) >= Threshold;

    /// <summary>
    /// Reads a model file; throws <see cref="InvalidDataException"/> when it is of another format or was fitted on other
    /// features than <see cref="AnswerFeatures.Names"/> (weights would be read against the wrong signals).
    /// </summary>
    public static AnswerCalibrator Load(string path) => Load(path, AnswerFeatures.Names);

    /// <summary>
    /// Reads a model file of <paramref name="names"/> features; throws <see cref="InvalidDataException"/> when it is of
    /// another format or was fitted on other features (weights would be read against the wrong signals).
    /// </summary>
    public static AnswerCalibrator Load(string path, IReadOnlyList<string> names)
    {
        var model = JsonSerializer.Deserialize<AnswerCalibrator>(File.ReadAllText(path), Json)
            ?? throw new InvalidDataException($"Tệp mô hình hiệu chỉnh {path} rỗng.");
        if (model.Format != CurrentFormat) throw new InvalidDataException($"Tệp {path} không phải mô hình {CurrentFormat}.");
        if (!model.Features.SequenceEqual(names) || model.Weights.Count != model.Features.Count)
        {
            throw new InvalidDataException($"Mô hình hiệu chỉnh {path} được huấn luyện trên bộ đặc trưng khác; hãy chạy lại 'policykb train-calibrator --fit'.");
        }
        return model;
    }

    /// <summary>Loads the model at <paramref name="path"/>, or returns null when no such file exists.</summary>
    public static AnswerCalibrator? LoadIfPresent(string path) => File.Exists(path) ? Load(path) : null;

    /// <summary>Loads the model of <paramref name="names"/> features at <paramref name="path"/>, or returns null when no such file exists.</summary>
    public static AnswerCalibrator? LoadIfPresent(string path, IReadOnlyList<string> names) => File.Exists(path) ? Load(path, names) : null;

    /// <summary>Writes the model as indented JSON.</summary>
    public void Save(string path)
    {
        if (Path.GetDirectoryName(Path.GetFullPath(path)) is { } folder) Directory.CreateDirectory(folder);
        File.WriteAllText(path, JsonSerializer.Serialize(this, Json) + "\n");
    }
}
