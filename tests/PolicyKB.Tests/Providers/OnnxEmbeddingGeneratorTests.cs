using Microsoft.Extensions.AI;
using PolicyKB.Search.Providers;

namespace PolicyKB.Tests.Providers;

/// <summary>The ONNX provider on a tiny random-weight graph written by the test itself (see <see cref="TinyOnnxModel"/>).</summary>
public sealed class OnnxEmbeddingGeneratorTests
{
    private static int[] Ids(params string[] tokens) => tokens.Select(TinyModelFolder.Id).ToArray();

    private static void AssertClose(float[] expected, ReadOnlyMemory<float> actual)
    {
        Assert.Equal(expected.Length, actual.Length);
        for (var i = 0; i < expected.Length; i++) Assert.Equal(expected[i], actual.Span[i], 5);
    }

    [Fact]
    public void Loading_reports_the_hidden_size_and_a_model_id_of_folder_name_and_model_hash()
    {
        using var folder = new TinyModelFolder("multilingual-e5-tiny");
        using var generator = OnnxEmbeddingGenerator.Load(folder.Options());
        Assert.Equal(TinyModelFolder.Hidden, generator.Dimensions);
        Assert.Matches("^multilingual-e5-tiny@sha256:[0-9a-f]{16}#[0-9a-f]{8}$", generator.ModelId);
        Assert.Equal("wordpiece", generator.TokenizerKind);
        var metadata = generator.GetService<EmbeddingGeneratorMetadata>();
        Assert.Equal(OnnxEmbeddingGenerator.ProviderName, metadata!.ProviderName);
        Assert.Equal(TinyModelFolder.Hidden, metadata.DefaultModelDimensions);
    }

    [Fact]
    public void Text_is_wrapped_in_CLS_and_SEP_lower_cased_with_tones_kept()
    {
        using var folder = new TinyModelFolder();
        using var generator = OnnxEmbeddingGenerator.Load(folder.Options());
        Assert.Equal(Ids("[CLS]", "kế", "hoạch", "bảo", "hiểm", "y", "tế", "[SEP]"), generator.Tokenize("Kế hoạch Bảo hiểm Y tế", null));
        Assert.Equal(Ids("[CLS]", "số", "281", "/", "qđ", "-", "ttg", "[SEP]"), generator.Tokenize("Số 281/QĐ-TTg", null));
        Assert.Equal(Ids("[CLS]", "[SEP]"), generator.Tokenize("", null));
    }

    [Fact]
    public void Without_tokenizer_config_accents_are_stripped_as_in_uncased_BERT()
    {
        using var folder = new TinyModelFolder(caseSensitiveConfig: false);
        using var generator = OnnxEmbeddingGenerator.Load(folder.Options());
        Assert.Equal(Ids("[CLS]", "bao", "hiem", "y", "te", "[SEP]"), generator.Tokenize("Bảo hiểm y tế", null));
        using var keepTones = OnnxEmbeddingGenerator.Load(folder.Options(o => o.StripAccents = false));
        Assert.Equal(Ids("[CLS]", "bảo", "hiểm", "y", "tế", "[SEP]"), keepTones.Tokenize("Bảo hiểm y tế", null));
    }

    [Fact]
    public async Task Mean_pooling_averages_the_token_vectors_with_token_type_zero_then_normalises()
    {
        using var folder = new TinyModelFolder();
        using var generator = OnnxEmbeddingGenerator.Load(folder.Options());
        var embedding = await generator.GenerateAsync("xin chào");
        AssertClose(folder.MeanVector(Ids("[CLS]", "xin", "chào", "[SEP]")), embedding.Vector);
        Assert.Equal(1.0, Math.Sqrt(embedding.Vector.ToArray().Sum(v => (double)v * v)), 5);
        Assert.Equal(generator.ModelId, embedding.ModelId);
    }

    [Fact]
    public async Task A_batch_of_different_lengths_gives_each_input_its_own_vector_padding_excluded()
    {
        using var folder = new TinyModelFolder();
        using var generator = OnnxEmbeddingGenerator.Load(folder.Options(o => o.BatchSize = 2));
        string[] inputs = ["kế hoạch bảo hiểm y tế", "xin", "", "số 281/qđ-ttg", "chào", "y tế"];
        var batched = await generator.GenerateAsync(inputs);
        Assert.Equal(inputs.Length, batched.Count);
        for (var i = 0; i < inputs.Length; i++)
        {
            AssertClose(folder.MeanVector(generator.Tokenize(inputs[i], null)), batched[i].Vector);
            var alone = await generator.GenerateAsync(inputs[i]);
            AssertClose(alone.Vector.ToArray(), batched[i].Vector);
        }
    }

    [Fact]
    public async Task Cls_pooling_takes_the_first_token()
    {
        using var folder = new TinyModelFolder();
        using var generator = OnnxEmbeddingGenerator.Load(folder.Options(o => o.Pooling = OnnxPooling.Cls));
        var embeddings = await generator.GenerateAsync(["xin chào", "kế hoạch"]);
        var cls = TinyModelFolder.Normalized(folder.Model.TokenVector(TinyModelFolder.Id("[CLS]")));
        AssertClose(cls, embeddings[0].Vector);
        AssertClose(cls, embeddings[1].Vector);
    }

    [Fact]
    public async Task Normalisation_can_be_turned_off()
    {
        using var folder = new TinyModelFolder();
        using var generator = OnnxEmbeddingGenerator.Load(folder.Options(o => o.Normalize = false));
        var embedding = await generator.GenerateAsync("kế hoạch");
        AssertClose(folder.MeanVector(Ids("[CLS]", "kế", "hoạch", "[SEP]"), normalize: false), embedding.Vector);
    }

    [Fact]
    public async Task Query_and_passage_prefixes_follow_the_input_type_property()
    {
        using var folder = new TinyModelFolder();
        using var e5 = OnnxEmbeddingGenerator.Load(folder.Options(o => { o.QueryPrefix = "query: "; o.PassagePrefix = "passage: "; }));
        using var plain = OnnxEmbeddingGenerator.Load(folder.Options());

        Assert.Equal(Ids("[CLS]", "query", ":", "xin", "chào", "[SEP]"), e5.Tokenize("xin chào", EmbeddingInputType.ForQuery()));
        Assert.Equal(Ids("[CLS]", "passage", ":", "xin", "chào", "[SEP]"), e5.Tokenize("xin chào", EmbeddingInputType.ForPassage()));
        // No input type: a passage, the common case when indexing.
        Assert.Equal(Ids("[CLS]", "passage", ":", "xin", "chào", "[SEP]"), e5.Tokenize("xin chào", null));

        var query = await e5.GenerateAsync("xin chào", EmbeddingInputType.ForQuery());
        AssertClose((await plain.GenerateAsync("query: xin chào")).Vector.ToArray(), query.Vector);
        var passage = await e5.GenerateAsync("xin chào", EmbeddingInputType.ForPassage());
        AssertClose((await plain.GenerateAsync("passage: xin chào")).Vector.ToArray(), passage.Vector);
    }

    [Fact]
    public void Long_input_is_truncated_to_MaxTokens_keeping_SEP_last()
    {
        using var folder = new TinyModelFolder();
        using var generator = OnnxEmbeddingGenerator.Load(folder.Options(o => o.MaxTokens = 5));
        var ids = generator.Tokenize(string.Join(' ', Enumerable.Repeat("kế hoạch", 5000)), null);
        Assert.Equal(Ids("[CLS]", "kế", "hoạch", "kế", "[SEP]"), ids);
    }

    [Fact]
    public async Task A_model_without_token_type_ids_and_one_with_int32_inputs_both_run()
    {
        using var noTypes = new TinyModelFolder(tokenTypes: false);
        using var generator = OnnxEmbeddingGenerator.Load(noTypes.Options());
        Assert.Null(noTypes.Model.Types);
        AssertClose(noTypes.MeanVector(Ids("[CLS]", "y", "tế", "[SEP]")), (await generator.GenerateAsync("y tế")).Vector);

        using var int32 = new TinyModelFolder(int32Inputs: true, tokenTypes: false);
        using var int32Generator = OnnxEmbeddingGenerator.Load(int32.Options());
        AssertClose(int32.MeanVector(Ids("[CLS]", "y", "tế", "[SEP]")), (await int32Generator.GenerateAsync("y tế")).Vector);
    }

    [Fact]
    public async Task An_already_pooled_sentence_embedding_output_is_used_as_is()
    {
        using var folder = new TinyModelFolder(pooledOutput: true);
        using var generator = OnnxEmbeddingGenerator.Load(folder.Options());
        AssertClose(folder.MeanVector(Ids("[CLS]", "bảo", "hiểm", "[SEP]")), (await generator.GenerateAsync("bảo hiểm")).Vector);
    }

    [Fact]
    public void Model_id_changes_with_the_weights_and_with_settings_that_change_stored_vectors()
    {
        using var a = new TinyModelFolder("m", seed: 1);
        using var b = new TinyModelFolder("m", seed: 2);
        string Id(TinyModelFolder folder, Action<OnnxEmbeddingOptions>? configure = null)
        {
            using var generator = OnnxEmbeddingGenerator.Load(folder.Options(configure));
            return generator.ModelId;
        }
        Assert.Equal(Id(a), Id(a));
        Assert.NotEqual(Id(a), Id(b));
        Assert.NotEqual(Id(a), Id(a, o => o.Pooling = OnnxPooling.Cls));
        Assert.NotEqual(Id(a), Id(a, o => o.PassagePrefix = "passage: "));
        Assert.Equal(Id(a), Id(a, o => o.QueryPrefix = "query: "));
    }

    [Fact]
    public void Model_in_an_onnx_subfolder_is_found()
    {
        using var folder = new TinyModelFolder();
        Directory.CreateDirectory(Path.Combine(folder.Directory, "onnx"));
        File.Move(Path.Combine(folder.Directory, "model.onnx"), Path.Combine(folder.Directory, "onnx", "model.onnx"));
        using var generator = OnnxEmbeddingGenerator.Load(folder.Options());
        Assert.Equal(TinyModelFolder.Hidden, generator.Dimensions);
    }

    [Fact]
    public async Task Asking_for_other_dimensions_is_refused()
    {
        using var folder = new TinyModelFolder();
        using var generator = OnnxEmbeddingGenerator.Load(folder.Options());
        await Assert.ThrowsAsync<NotSupportedException>(() => generator.GenerateAsync(["x"], new EmbeddingGenerationOptions { Dimensions = 4 }));
    }
}
