namespace PolicyKB.Tests.Providers;

/// <summary>A tiny SentencePiece unigram model (sentencepiece_model.proto field numbers), written by hand.</summary>
internal static class TinySentencePieceModel
{
    private const int Normal = 1;
    private const int Unknown = 2;
    private const int Control = 3;

    /// <summary>The pieces, in id order: &lt;unk&gt;=0, &lt;s&gt;=1, &lt;/s&gt;=2, then words and single letters.</summary>
    public static readonly string[] Pieces = ["<unk>", "<s>", "</s>", "▁xin", "▁chào", "▁", "x", "i", "n", "c", "h", "à", "o", "▁y", "▁tế"];

    public static void Write(string path)
    {
        var model = new ProtoWriter();
        for (var id = 0; id < Pieces.Length; id++)
        {
            var type = id == 0 ? Unknown : id < 3 ? Control : Normal;
            var score = id < 3 ? 0f : Pieces[id].StartsWith('▁') && Pieces[id].Length > 1 ? -1f : Pieces[id] == "▁" ? -2f : -5f;
            model.Message(1, new ProtoWriter().String(1, Pieces[id]).Float(2, score).Int(3, type));
        }
        model.Message(2, new ProtoWriter()
            .Int(3, 1)                  // model_type = UNIGRAM
            .Int(4, Pieces.Length)      // vocab_size
            .Int(40, 0).Int(41, 1).Int(42, 2).Int(43, -1)  // unk, bos, eos, pad ids
            .String(45, "<unk>").String(46, "<s>").String(47, "</s>"));
        model.Message(3, new ProtoWriter()
            .String(1, "identity")
            .Int(3, 1)                  // add_dummy_prefix
            .Int(4, 1)                  // remove_extra_whitespaces
            .Int(5, 1));                // escape_whitespaces
        File.WriteAllBytes(path, model.ToArray());
    }
}
