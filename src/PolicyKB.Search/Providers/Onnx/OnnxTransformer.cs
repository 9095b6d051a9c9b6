using Microsoft.ML.OnnxRuntime;

namespace PolicyKB.Search.Providers.Onnx;

/// <summary>
/// One ONNX Runtime session over a transformer encoder: feeds padded id batches (input_ids, attention_mask and,
/// when the graph declares them, token_type_ids and position_ids) and returns one pooled vector per row.
/// </summary>
internal sealed class OnnxTransformer : IDisposable
{
    private static readonly string[] TokenOutputs = ["last_hidden_state", "token_embeddings"];
    private static readonly string[] PooledOutputs = ["sentence_embedding", "pooler_output"];

    private readonly InferenceSession _session;
    private readonly List<(string Name, TensorInput Kind, bool Int32)> _inputs;
    private readonly string _output;

    private OnnxTransformer(InferenceSession session, List<(string, TensorInput, bool)> inputs, string output)
    {
        _session = session;
        _inputs = inputs;
        _output = output;
    }

    private enum TensorInput
    {
        Ids,
        Mask,
        TokenTypes,
        Positions,
    }

    /// <summary>The output read (token vectors, or sentence vectors when its rank is 2).</summary>
    public string OutputName => _output;

    /// <summary>True when the graph declares token_type_ids (BERT-style models).</summary>
    public bool UsesTokenTypes => _inputs.Exists(i => i.Kind == TensorInput.TokenTypes);

    /// <summary>Opens <paramref name="modelPath"/>; throws <see cref="InvalidOperationException"/> (Vietnamese) on a graph it cannot feed.</summary>
    public static OnnxTransformer Load(string modelPath, string outputName, int threads)
    {
        InferenceSession session;
        try
        {
            using var sessionOptions = new SessionOptions { GraphOptimizationLevel = GraphOptimizationLevel.ORT_ENABLE_ALL };
            if (threads > 0) sessionOptions.IntraOpNumThreads = threads;
            session = new InferenceSession(modelPath, sessionOptions);
        }
        catch (OnnxRuntimeException e)
        {
            throw new InvalidOperationException($"Không nạp được mô hình ONNX {modelPath}: {e.Message}", e);
        }
        try
        {
            return new OnnxTransformer(session, Inputs(session, modelPath), Output(session, modelPath, outputName));
        }
        catch
        {
            session.Dispose();
            throw;
        }
    }

    /// <summary>Runs one batch and pools each row; rows are id sequences of any (non-zero) lengths.</summary>
    public float[][] Run(IReadOnlyList<int[]> rows, int paddingId, OnnxPooling pooling)
    {
        var count = rows.Count;
        var length = rows.Max(r => r.Length);
        var ids = new long[count * length];
        var mask = new long[count * length];
        Array.Fill(ids, paddingId);
        for (var r = 0; r < count; r++)
        {
            for (var t = 0; t < rows[r].Length; t++)
            {
                ids[r * length + t] = rows[r][t];
                mask[r * length + t] = 1;
            }
        }
        long[] shape = [count, length];
        var values = new List<OrtValue>(_inputs.Count);
        try
        {
            foreach (var (_, kind, int32) in _inputs)
            {
                var data = kind switch
                {
                    TensorInput.Ids => ids,
                    TensorInput.Mask => mask,
                    TensorInput.Positions => Positions(count, length),
                    _ => new long[count * length],
                };
                values.Add(int32
                    ? OrtValue.CreateTensorValueFromMemory(Array.ConvertAll(data, v => (int)v), shape)
                    : OrtValue.CreateTensorValueFromMemory(data, shape));
            }
            using var runOptions = new RunOptions();
            using var outputs = _session.Run(runOptions, _inputs.ConvertAll(i => i.Name), values, [_output]);
            var tensor = outputs[0];
            var outShape = tensor.GetTensorTypeAndShape().Shape;
            return TokenPooling.Pool(tensor.GetTensorDataAsSpan<float>(), outShape, mask, length, pooling);
        }
        finally
        {
            foreach (var value in values) value.Dispose();
        }
    }

    /// <summary>Releases the native session.</summary>
    public void Dispose() => _session.Dispose();

    private static long[] Positions(int count, int length)
    {
        var positions = new long[count * length];
        for (var r = 0; r < count; r++)
        {
            for (var t = 0; t < length; t++) positions[r * length + t] = t;
        }
        return positions;
    }

    private static List<(string, TensorInput, bool)> Inputs(InferenceSession session, string modelPath)
    {
        var inputs = new List<(string, TensorInput, bool)>();
        foreach (var (name, meta) in session.InputMetadata)
        {
            TensorInput? kind = name switch
            {
                "input_ids" => TensorInput.Ids,
                "attention_mask" => TensorInput.Mask,
                "token_type_ids" => TensorInput.TokenTypes,
                "position_ids" => TensorInput.Positions,
                _ => null,
            };
            if (kind is null || (meta.ElementType != typeof(long) && meta.ElementType != typeof(int)))
            {
                throw new InvalidOperationException(
                    $"Mô hình ONNX {modelPath} cần đầu vào '{name}' ({meta.ElementType.Name}) mà PolicyKB không cung cấp; chỉ hỗ trợ input_ids, attention_mask, token_type_ids, position_ids kiểu int64/int32.");
            }
            inputs.Add((name, kind.Value, meta.ElementType == typeof(int)));
        }
        if (!inputs.Exists(i => i.Item2 == TensorInput.Ids))
        {
            throw new InvalidOperationException($"Mô hình ONNX {modelPath} không có đầu vào input_ids: không phải mô hình nhúng câu kiểu transformer.");
        }
        return inputs;
    }

    private static string Output(InferenceSession session, string modelPath, string requested)
    {
        var names = session.OutputMetadata.Keys.ToList();
        var chosen = requested.Length > 0
            ? names.Find(n => n == requested)
            : names.Find(TokenOutputs.Contains) ?? names.Find(PooledOutputs.Contains) ?? names.FirstOrDefault();
        if (chosen is null)
        {
            throw new InvalidOperationException(
                $"Mô hình ONNX {modelPath} không có đầu ra '{requested}' (PolicyKB:Embeddings:Onnx:OutputName); các đầu ra: {string.Join(", ", names)}.");
        }
        if (session.OutputMetadata[chosen].ElementType != typeof(float))
        {
            throw new InvalidOperationException($"Đầu ra '{chosen}' của mô hình ONNX {modelPath} không phải float32; chỉ hỗ trợ float32.");
        }
        return chosen;
    }
}
