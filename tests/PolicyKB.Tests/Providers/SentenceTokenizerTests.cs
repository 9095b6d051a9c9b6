using PolicyKB.Search.Providers;
using PolicyKB.Search.Providers.Onnx;
using PolicyKB.Tests.Support;

namespace PolicyKB.Tests.Providers;

/// <summary>The SentencePiece (XLM-RoBERTa ids) and PhoBERT (fastBPE) tokenizers, alone and inside the ONNX provider.</summary>
public sealed class SentenceTokenizerTests
{
    [Fact]
    public void Sentencepiece_bpe_model_ids_are_shifted_to_fairseq_ids_as_XLM_RoBERTa_expects()
    {
        using var temp = new TempDirectory();
        var path = temp.File("sentencepiece.bpe.model");
        TinySentencePieceModel.Write(path);
        var tokenizer = SentencePieceSentenceTokenizer.Load(path, fairseq: true);

        // <s>=0, "▁xin" (piece 3) → 4, "▁chào" (4) → 5, </s>=2.
        Assert.Equal([0, 4, 5, 2], tokenizer.Encode("xin chào", 64));
        Assert.Equal(1, tokenizer.PaddingId);
        Assert.Equal([0, 4, 2], tokenizer.Encode("xin chào y tế", 3));
        Assert.Equal([0, 2], tokenizer.Encode("", 64));
    }

    [Fact]
    public void Sentencepiece_unknown_pieces_map_to_the_fairseq_unk_id()
    {
        using var temp = new TempDirectory();
        var path = temp.File("sentencepiece.bpe.model");
        TinySentencePieceModel.Write(path);
        var ids = SentencePieceSentenceTokenizer.Load(path, fairseq: true).Encode("xin q", 64);
        Assert.Equal(0, ids[0]);
        Assert.Equal(4, ids[1]);
        Assert.Contains(3, ids);                       // <unk> is 3 in fairseq's dictionary
        Assert.DoesNotContain(1, ids[1..^1]);          // never the padding id
        Assert.Equal(2, ids[^1]);
    }

    [Fact]
    public void A_plain_tokenizer_model_keeps_its_own_ids_and_BOS_EOS()
    {
        using var temp = new TempDirectory();
        var path = temp.File("tokenizer.model");
        TinySentencePieceModel.Write(path);
        Assert.Equal([1, 3, 4, 2], SentencePieceSentenceTokenizer.Load(path, fairseq: false).Encode("xin chào", 64));
    }

    [Fact]
    public async Task An_XLM_RoBERTa_style_folder_runs_end_to_end()
    {
        using var temp = new TempDirectory();
        var folder = Path.Combine(temp.Path, "multilingual-e5-tiny");
        Directory.CreateDirectory(folder);
        var model = TinyOnnxModel.Write(Path.Combine(folder, "model.onnx"), TinySentencePieceModel.Pieces.Length + 1, 6, tokenTypes: false);
        TinySentencePieceModel.Write(Path.Combine(folder, "sentencepiece.bpe.model"));
        using var generator = OnnxEmbeddingGenerator.Load(new OnnxEmbeddingOptions { ModelDirectory = folder });

        Assert.Equal("sentencepiece-xlmr", generator.TokenizerKind);
        var embeddings = await generator.GenerateAsync(["xin chào", "y tế"]);
        float[] Mean(params int[] ids) => TinyModelFolder.Normalized(Enumerable.Range(0, 6).Select(h => ids.Average(id => model.Words[id][h])).ToArray());
        Assert.Equal(Mean(0, 4, 5, 2), embeddings[0].Vector.ToArray(), (a, b) => Math.Abs(a - b) < 1e-5);
        Assert.Equal(Mean(0, 14, 15, 2), embeddings[1].Vector.ToArray(), (a, b) => Math.Abs(a - b) < 1e-5);
    }

    [Fact]
    public void PhoBERT_bpe_merges_by_rank_and_marks_continuing_pieces()
    {
        using var temp = new TempDirectory();
        File.WriteAllLines(temp.File("vocab.txt"), ["xin 100", "ch@@ 50", "ào 40", "y 30", "tế 20"]);
        File.WriteAllLines(temp.File("bpe.codes"), ["c h 999", "à o</w> 998", "x i 997", "xi n</w> 996", "t ế</w> 995"]);
        var tokenizer = PhoBertSentenceTokenizer.Load(temp.File("vocab.txt"), temp.File("bpe.codes"));

        Assert.Equal(["ch@@", "ào"], tokenizer.Bpe("chào"));
        Assert.Equal(["xin"], tokenizer.Bpe("xin"));
        Assert.Equal(["z@@", "z"], tokenizer.Bpe("zz"));
        // <s>=0, vocab.txt lines from 4 on, <unk>=3, </s>=2.
        Assert.Equal([0, 4, 5, 6, 7, 8, 2], tokenizer.Encode("xin chào  y tế", 64));
        Assert.Equal([0, 3, 3, 4, 2], tokenizer.Encode("zz xin", 64));
        Assert.Equal([0, 3, 2], tokenizer.Encode(new string('a', 5000), 64));
        Assert.Equal([0, 4, 5, 2], tokenizer.Encode("xin chào y tế", 4));
    }

    [Fact]
    public void A_PhoBERT_folder_is_recognised_by_its_bpe_codes()
    {
        using var temp = new TempDirectory();
        TinyOnnxModel.Write(temp.File("model.onnx"), 16, 4, tokenTypes: false);
        File.WriteAllLines(temp.File("vocab.txt"), ["xin 100", "chào 50"]);
        File.WriteAllLines(temp.File("bpe.codes"), ["x i 10", "xi n</w> 9"]);
        using var generator = OnnxEmbeddingGenerator.Load(new OnnxEmbeddingOptions { ModelDirectory = temp.Path });
        Assert.Equal("phobert-bpe", generator.TokenizerKind);
        Assert.Equal([0, 4, 2], generator.Tokenize("xin", null));
    }

    [Theory]
    [InlineData("")]
    [InlineData("\u0000\uFFFF\uD800")]
    [InlineData("𝔘𝔫𝔦𝔠𝔬𝔡𝔢 😀 ")]
    public void Tokenizers_never_throw_on_odd_text(string text)
    {
        using var temp = new TempDirectory();
        TinySentencePieceModel.Write(temp.File("sentencepiece.bpe.model"));
        File.WriteAllLines(temp.File("vocab.txt"), ["xin 100"]);
        File.WriteAllLines(temp.File("bpe.codes"), ["x i 10"]);
        File.WriteAllLines(temp.File("wordpiece.txt"), TinyModelFolder.Vocabulary);
        ISentenceTokenizer[] tokenizers =
        [
            SentencePieceSentenceTokenizer.Load(temp.File("sentencepiece.bpe.model"), fairseq: true),
            PhoBertSentenceTokenizer.Load(temp.File("vocab.txt"), temp.File("bpe.codes")),
            WordPieceSentenceTokenizer.Load(temp.File("wordpiece.txt"), lowerCase: true, stripAccents: false),
        ];
        foreach (var tokenizer in tokenizers)
        {
            var ids = tokenizer.Encode(text, 16);
            Assert.InRange(ids.Length, 2, 16);
        }
    }
}
