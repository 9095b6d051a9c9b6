using PolicyKB.Search.Embeddings;
using PolicyKB.Tests.Support;

namespace PolicyKB.Tests.Embeddings;

/// <summary>Training on the seed plans: what a trained model contains and how it encodes text.</summary>
public sealed class EmbeddingTrainerTests(SeedModelFixture seed) : IClassFixture<SeedModelFixture>
{
    private readonly DomainEmbeddingModel _model = seed.Model;

    [Fact]
    public void The_model_has_the_requested_dimensions_and_a_vocabulary_of_syllables_and_words()
    {
        Assert.Equal(32, _model.Dimensions);
        Assert.Equal(32, _model.Encode("kế hoạch").Length);
        Assert.Contains("y tế", _model.Vocabulary);
        Assert.Contains("kế hoạch", _model.Vocabulary);
        Assert.Contains("của", _model.Vocabulary);
        Assert.True(_model.PhraseCount > 50, $"only {_model.PhraseCount} multi-syllable units");
    }

    [Theory]
    [InlineData("Nâng cao chất lượng khám bệnh, chữa bệnh")]
    [InlineData("bao hiem y te")]
    [InlineData("từkhôngcótrongtừđiển")]
    public void Encodings_have_unit_length(string text)
    {
        var norm = MathF.Sqrt(_model.Encode(text).Sum(x => x * x));
        Assert.InRange(norm, 0.999f, 1.001f);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("... ;;; ***")]
    [InlineData("987654321 31/12/9999 ...")]
    public void Text_with_nothing_known_encodes_to_the_zero_vector(string? text)
    {
        var vector = _model.Encode(text);
        Assert.All(vector, x => Assert.Equal(0f, x));
        Assert.Equal(0f, DomainEmbeddingModel.Cosine(vector, _model.Encode("y tế")));
    }

    [Theory]
    [InlineData("\uD800\uDFFF\uDBFF")]
    [InlineData("\u0300\u0301\u0302 a\u0301")]
    [InlineData("ＢẢＯ ＨIỂM")]
    public void Odd_input_never_gives_NaN(string text) =>
        Assert.All(_model.Encode(text), x => Assert.True(float.IsFinite(x)));

    [Fact]
    public void A_huge_input_encodes()
    {
        var text = string.Concat(Enumerable.Repeat("Tăng cường công tác y tế cơ sở; ", 20_000));
        Assert.InRange(_model.Encode(text).Sum(x => x * x), 0.99f, 1.01f);
    }

    [Fact]
    public void Text_without_diacritics_is_closer_to_its_accented_form_than_to_an_unrelated_sentence()
    {
        var plain = _model.Encode("bao hiem y te");
        var accented = _model.Encode("bảo hiểm y tế");
        var unrelated = _model.Encode("tổ chức lễ kỷ niệm ngày Thầy thuốc Việt Nam");
        Assert.True(DomainEmbeddingModel.Cosine(plain, accented) > DomainEmbeddingModel.Cosine(plain, unrelated) + 0.2f);
    }

    [Fact]
    public void A_wrong_tone_mark_still_finds_the_word()
    {
        var typo = _model.Encode("bảo hiễm y tế");
        Assert.True(DomainEmbeddingModel.Cosine(typo, _model.Encode("bảo hiểm y tế")) > 0.9f);
    }

    [Fact]
    public void An_unknown_word_gets_a_vector_from_its_character_ngrams()
    {
        var vector = _model.TermVector("khámm");
        Assert.Contains(vector, x => x != 0f);
    }

    [Fact]
    public void Single_threaded_training_is_reproducible()
    {
        var again = new EmbeddingTrainer(SeedModelFixture.SmallOptions()).Train(seed.Documents);
        Assert.Equal(_model.ModelId, again.ModelId);
        Assert.Equal(_model.Encode("y tế cơ sở"), again.Encode("y tế cơ sở"));
    }

    [Fact]
    public void Another_seed_gives_another_model()
    {
        var options = SeedModelFixture.SmallOptions();
        options.Seed = 7;
        var other = new EmbeddingTrainer(options).Train(seed.Documents);
        Assert.NotEqual(_model.ModelId, other.ModelId);
    }

    [Fact]
    public void Hogwild_training_on_two_threads_gives_finite_unit_vectors_and_reports_progress()
    {
        var options = SeedModelFixture.SmallOptions();
        options.Threads = 2;
        options.Epochs = 3;
        var reports = new List<EmbeddingTrainingProgress>();
        var model = new EmbeddingTrainer(options).Train(seed.Documents, new SynchronousProgress(reports));
        var vector = model.Encode("phòng, chống dịch bệnh");
        Assert.InRange(vector.Sum(x => x * x), 0.99f, 1.01f);
        Assert.Equal(["read", "phrases", "vocabulary", "train", "finish"], reports.Select(r => r.Stage).Distinct());
    }

    [Fact]
    public void A_corpus_without_recurring_words_cannot_be_trained()
    {
        var error = Assert.Throws<InvalidOperationException>(() => new EmbeddingTrainer(SeedModelFixture.SmallOptions()).Train(["một", "", "hai"]));
        Assert.Contains("nothing to train", error.Message);
    }

    [Fact]
    public void Invalid_options_are_refused()
    {
        var options = SeedModelFixture.SmallOptions();
        options.Dimensions = 0;
        Assert.Throws<ArgumentOutOfRangeException>(() => new EmbeddingTrainer(options));
    }

    [Fact]
    public void Nearest_units_exclude_the_term_itself_and_are_sorted()
    {
        var nearest = _model.Nearest("y tế", 5);
        Assert.Equal(5, nearest.Count);
        Assert.DoesNotContain(nearest, n => n.Unit == "y tế");
        Assert.Equal(nearest.OrderByDescending(n => n.Similarity).Select(n => n.Unit), nearest.Select(n => n.Unit));
    }

    /// <summary>Collects reports on the reporting thread (Progress&lt;T&gt; would post them later).</summary>
    private sealed class SynchronousProgress(List<EmbeddingTrainingProgress> reports) : IProgress<EmbeddingTrainingProgress>
    {
        public void Report(EmbeddingTrainingProgress value)
        {
            lock (reports) reports.Add(value);
        }
    }
}
