using PolicyKB.Search.Embeddings;
using PolicyKB.Tests.Support;

namespace PolicyKB.Tests.Embeddings;

/// <summary>The model file: round trip, identity, and refusal of files that are not complete models.</summary>
public sealed class EmbeddingModelFileTests(SeedModelFixture seed) : IClassFixture<SeedModelFixture>
{
    private readonly DomainEmbeddingModel _model = seed.Model;

    [Fact]
    public void A_saved_model_loads_with_identical_encodings()
    {
        using var dir = new TempDirectory();
        var path = dir.File("seed.pkbe");
        _model.Save(path);
        var loaded = DomainEmbeddingModel.Load(path);
        Assert.Equal(_model.Dimensions, loaded.Dimensions);
        Assert.Equal(_model.Vocabulary, loaded.Vocabulary);
        foreach (var text in new[] { "bảo hiểm y tế", "bao hiem", "Kế hoạch hành động năm 2021", "khámm" })
        {
            Assert.Equal(_model.Encode(text), loaded.Encode(text));
        }
    }

    [Fact]
    public void The_model_id_names_the_file_and_its_content_hash()
    {
        using var dir = new TempDirectory();
        _model.Save(dir.File("a.pkbe"));
        _model.Save(dir.File("b.pkbe"));
        var a = DomainEmbeddingModel.Load(dir.File("a.pkbe")).ModelId;
        var b = DomainEmbeddingModel.Load(dir.File("b.pkbe")).ModelId;
        Assert.Matches("^a\\.pkbe@sha256:[0-9a-f]{16}#" + DomainEmbeddingModel.EncoderVersion + "$", a);
        Assert.Equal(a["a.pkbe".Length..], b["b.pkbe".Length..]);
        Assert.Equal(a[a.IndexOf('@')..], _model.ModelId[_model.ModelId.IndexOf('@')..]);
    }

    [Fact]
    public void A_truncated_file_is_refused()
    {
        using var dir = new TempDirectory();
        var path = dir.File("cut.pkbe");
        _model.Save(path);
        var bytes = File.ReadAllBytes(path);
        File.WriteAllBytes(path, bytes[..(bytes.Length - 100)]);
        Assert.Throws<InvalidDataException>(() => DomainEmbeddingModel.Load(path));
    }

    [Fact]
    public void A_file_that_is_not_a_model_is_refused()
    {
        using var dir = new TempDirectory();
        var path = dir.File("text.pkbe");
        File.WriteAllText(path, "Kế hoạch số 36/KH-SYT");
        Assert.Throws<InvalidDataException>(() => DomainEmbeddingModel.Load(path));
    }

    [Fact]
    public void Vectors_are_stored_as_int8_so_the_file_is_about_one_byte_per_component()
    {
        using var dir = new TempDirectory();
        var path = dir.File("size.pkbe");
        _model.Save(path);
        var rows = _model.VocabularySize + SeedModelFixture.SmallOptions().Buckets;
        var length = new FileInfo(path).Length;
        Assert.InRange(length, rows * (32 + 4), rows * (32 + 4) + _model.VocabularySize * 24L + 1024);
    }
}
