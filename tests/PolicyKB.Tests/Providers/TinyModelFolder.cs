using PolicyKB.Search.Providers;
using PolicyKB.Tests.Support;

namespace PolicyKB.Tests.Providers;

/// <summary>A temporary ONNX model folder: the tiny graph of <see cref="TinyOnnxModel"/> and a small WordPiece vocab.txt.</summary>
internal sealed class TinyModelFolder : IDisposable
{
    /// <summary>vocab.txt, one token per line; the line number is the id.</summary>
    public static readonly string[] Vocabulary =
    [
        "[PAD]", "[UNK]", "[CLS]", "[SEP]", "[MASK]", "query", ":", "passage", "xin", "chào", "kế", "hoạch",
        "bảo", "hiểm", "y", "tế", "bao", "hiem", "te", "số", "##s", "281", "/", "qđ", "-", "ttg", ".",
    ];

    public const int Hidden = 8;

    private readonly TempDirectory _temp = new();

    public TinyModelFolder(string name = "tiny-e5", bool tokenTypes = true, bool pooledOutput = false, bool int32Inputs = false, bool caseSensitiveConfig = true, int seed = 7)
    {
        Directory = Path.Combine(_temp.Path, name);
        System.IO.Directory.CreateDirectory(Directory);
        Model = TinyOnnxModel.Write(Path.Combine(Directory, "model.onnx"), Vocabulary.Length, Hidden, tokenTypes, seed, pooledOutput, int32Inputs);
        File.WriteAllLines(Path.Combine(Directory, "vocab.txt"), Vocabulary);
        if (caseSensitiveConfig)
        {
            // Vietnamese models keep their tones: lower-case, but do not strip accents.
            File.WriteAllText(Path.Combine(Directory, "tokenizer_config.json"), """{ "do_lower_case": true, "strip_accents": false }""");
        }
    }

    public string Directory { get; }

    public TinyOnnxModel Model { get; }

    public static int Id(string token) => Array.IndexOf(Vocabulary, token);

    public OnnxEmbeddingOptions Options(Action<OnnxEmbeddingOptions>? configure = null)
    {
        var options = new OnnxEmbeddingOptions { ModelDirectory = Directory };
        configure?.Invoke(options);
        return options;
    }

    /// <summary>The expected mean-pooled, normalised vector of a token id sequence.</summary>
    public float[] MeanVector(IReadOnlyList<int> ids, bool normalize = true)
    {
        var sum = new float[Hidden];
        foreach (var id in ids)
        {
            var token = Model.TokenVector(id);
            for (var h = 0; h < Hidden; h++) sum[h] += token[h];
        }
        for (var h = 0; h < Hidden; h++) sum[h] /= ids.Count;
        return normalize ? Normalized(sum) : sum;
    }

    public static float[] Normalized(float[] vector)
    {
        var length = Math.Sqrt(vector.Sum(v => (double)v * v));
        return vector.Select(v => (float)(v / length)).ToArray();
    }

    public void Dispose() => _temp.Dispose();
}
