namespace PolicyKB.Tests.Providers;

/// <summary>
/// A transformer-shaped ONNX graph with random weights, written as protobuf bytes (onnx.proto field numbers):
/// last_hidden_state[b, t] = word_embeddings[input_ids[b, t]] (+ type_embeddings[token_type_ids[b, t]]). Each token's
/// output depends only on its id, so a test can compute the expected sentence vector by hand; padding positions get
/// real (non-zero) vectors, so pooling that ignored the mask would be caught.
/// </summary>
internal sealed class TinyOnnxModel
{
    private const int Float = 1;
    private const int Int32 = 6;
    private const int Int64 = 7;

    private TinyOnnxModel(float[][] words, float[][]? types)
    {
        Words = words;
        Types = types;
    }

    /// <summary>Rows of the word embedding table.</summary>
    public float[][] Words { get; }

    /// <summary>Rows of the token type table (null when the graph has no token_type_ids input).</summary>
    public float[][]? Types { get; }

    /// <summary>The output vector of token <paramref name="id"/> (token type 0).</summary>
    public float[] TokenVector(int id) => Types is null ? Words[id] : Words[id].Zip(Types[0], (w, t) => w + t).ToArray();

    /// <summary>
    /// Writes the model to <paramref name="path"/>. <paramref name="pooledOutput"/> adds ReduceMean over tokens and
    /// names the result sentence_embedding; <paramref name="int32Inputs"/> declares int32 ids as some exports do.
    /// </summary>
    public static TinyOnnxModel Write(string path, int vocabulary, int hidden, bool tokenTypes = true, int seed = 7, bool pooledOutput = false, bool int32Inputs = false)
    {
        var random = new Random(seed);
        float[][] Table(int rows) => Enumerable.Range(0, rows).Select(_ => Enumerable.Range(0, hidden).Select(_ => (float)(random.NextDouble() * 2 - 1)).ToArray()).ToArray();
        var words = Table(vocabulary);
        var types = tokenTypes ? Table(2) : null;
        var idType = int32Inputs ? Int32 : Int64;

        var graph = new ProtoWriter().String(2, "tiny-encoder");
        graph.Message(5, Tensor("word_embeddings", words));
        var ids = "input_ids";
        if (int32Inputs)
        {
            graph.Message(1, Node("Cast", [ids], ["ids64"], new ProtoWriter().String(1, "to").Int(20, 2).Int(3, Int64)));
            ids = "ids64";
        }
        graph.Message(1, Node("Gather", ["word_embeddings", ids], [types is null ? "hidden" : "words"]));
        if (types is not null)
        {
            graph.Message(5, Tensor("type_embeddings", types));
            graph.Message(1, Node("Gather", ["type_embeddings", "token_type_ids"], ["types"]));
            graph.Message(1, Node("Add", ["words", "types"], ["hidden"]));
        }
        var output = pooledOutput ? "sentence_embedding" : "last_hidden_state";
        graph.Message(1, pooledOutput
            ? Node("ReduceMean", ["hidden"], [output], new ProtoWriter().String(1, "axes").Int(20, 7).Int(8, 1), new ProtoWriter().String(1, "keepdims").Int(20, 2).Int(3, 0))
            : Node("Identity", ["hidden"], [output]));
        graph.Message(11, Value("input_ids", idType, "batch", "sequence"));
        graph.Message(11, Value("attention_mask", idType, "batch", "sequence"));
        if (types is not null) graph.Message(11, Value("token_type_ids", Int64, "batch", "sequence"));
        graph.Message(12, pooledOutput ? Value(output, Float, "batch", hidden) : Value(output, Float, "batch", "sequence", hidden));

        var model = new ProtoWriter()
            .Int(1, 8)                                   // ir_version
            .String(2, "policykb-tests")                 // producer_name
            .Message(7, graph)
            .Message(8, new ProtoWriter().String(1, "").Int(2, 13)); // opset_import: default domain, opset 13
        File.WriteAllBytes(path, model.ToArray());
        return new TinyOnnxModel(words, types);
    }

    private static ProtoWriter Node(string op, string[] inputs, string[] outputs, params ProtoWriter[] attributes)
    {
        var node = new ProtoWriter();
        foreach (var input in inputs) node.String(1, input);
        foreach (var output in outputs) node.String(2, output);
        node.String(3, op + "_" + outputs[0]).String(4, op);
        foreach (var attribute in attributes) node.Message(5, attribute);
        return node;
    }

    private static ProtoWriter Tensor(string name, float[][] rows)
    {
        var raw = rows.SelectMany(r => r).SelectMany(BitConverter.GetBytes).ToArray();
        return new ProtoWriter().Int(1, rows.Length).Int(1, rows[0].Length).Int(2, Float).String(8, name).Bytes(9, raw);
    }

    /// <summary>ValueInfoProto: name and a tensor type whose dimensions are numbers or symbolic names.</summary>
    private static ProtoWriter Value(string name, int elementType, params object[] dims)
    {
        var shape = new ProtoWriter();
        foreach (var dim in dims)
        {
            shape.Message(1, dim is string symbol ? new ProtoWriter().String(2, symbol) : new ProtoWriter().Int(1, Convert.ToInt64(dim)));
        }
        var tensorType = new ProtoWriter().Int(1, elementType).Message(2, shape);
        return new ProtoWriter().String(1, name).Message(2, new ProtoWriter().Message(1, tensorType));
    }
}
