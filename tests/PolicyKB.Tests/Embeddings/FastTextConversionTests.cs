using System.Diagnostics;
using System.Globalization;
using PolicyKB.Search.Embeddings;
using PolicyKB.Search.Embeddings.FastText;
using PolicyKB.Tests.Support;

namespace PolicyKB.Tests.Embeddings;

/// <summary>Reading fastText's model file and training PolicyKB's model through the fastText executable.</summary>
public sealed class FastTextConversionTests
{
    [FastTextFact]
    public void Word_vectors_rebuilt_from_the_model_file_equal_what_fasttext_prints_also_for_unseen_words()
    {
        using var dir = new TempDirectory();
        var corpus = dir.File("corpus.txt");
        var lines = new List<string>();
        for (var i = 0; i < 200; i++) lines.Add($"người_già bị sốt_xuất_huyết do muỗi đốt cần khám bệnh sớm {i % 7} tiêm_phòng cho trẻ_em");
        File.WriteAllLines(corpus, lines);
        RunFastText(null, "skipgram", "-input", corpus, "-output", dir.File("m"), "-minCount", "1", "-dim", "16", "-epoch", "2",
            "-minn", "3", "-maxn", "5", "-bucket", "5000", "-thread", "1", "-verbose", "0");

        var model = FastTextModelFile.Read(dir.File("m.bin"));
        var words = new[] { "người_già", "muỗi", "khám", "muỗii", "ngưòi_già", "bệnh_viện" }; // the last three unseen
        var printed = RunFastText(string.Join('\n', words) + "\n", "print-word-vectors", dir.File("m.bin"))
            .Split('\n', StringSplitOptions.RemoveEmptyEntries);

        Assert.Equal(16, model.Dimensions);
        Assert.Contains("muỗi", model.Words);
        for (var w = 0; w < words.Length; w++)
        {
            var expected = printed[w].Split(' ', StringSplitOptions.RemoveEmptyEntries).Skip(1).Select(x => float.Parse(x, CultureInfo.InvariantCulture)).ToArray();
            var rows = new List<int>();
            var own = Array.IndexOf(model.Words, words[w]);
            if (own >= 0) rows.Add(own);
            model.AppendSubwordRows(words[w], rows);
            var actual = new float[16];
            foreach (var row in rows) for (var k = 0; k < 16; k++) actual[k] += model.Input[row * 16 + k] / rows.Count;
            for (var k = 0; k < 16; k++) Assert.Equal(expected[k], actual[k], 3);
        }
    }

    [FastTextFact]
    public void Training_through_fasttext_gives_a_model_that_knows_units_and_spells_unseen_words()
    {
        var options = new EmbeddingTrainerOptions { Dimensions = 16, Epochs = 2, MinCount = 3, Threads = 1, Buckets = 2000, FastTextPath = FastTextFactAttribute.ExecutablePath };
        var documents = Directory.EnumerateFiles(SharedData.ContentDirectory, "*.md").Select(TrainingCorpusReader.ReadDocument);

        var model = new EmbeddingTrainer(options).Train(documents);

        Assert.Contains("y tế", model.Vocabulary);
        Assert.True(DomainEmbeddingModel.Cosine(model.TermVector("y tế"), model.TermVector("y tế")) > 0.99f);
        // An unseen spelling is built from n-grams fastText learnt, so it points the same way as the known word.
        Assert.True(DomainEmbeddingModel.Cosine(model.TermVector("kế hoạchh"), model.TermVector("kế hoạch")) > 0.5f);
    }

    [Fact]
    public void A_missing_fasttext_is_a_clear_error()
    {
        var options = new EmbeddingTrainerOptions { Dimensions = 16, Epochs = 1, MinCount = 1, Threads = 1, FastTextPath = "/nonexistent/fasttext" };
        var ex = Assert.Throws<InvalidOperationException>(() => new EmbeddingTrainer(options).Train(["y tế cơ sở y tế cơ sở"]));
        Assert.Contains("apt-get install fasttext", ex.Message);
    }

    private static string RunFastText(string? input, params string[] args)
    {
        var start = new ProcessStartInfo(FastTextFactAttribute.ExecutablePath) { RedirectStandardInput = true, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in args) start.ArgumentList.Add(arg);
        using var process = Process.Start(start)!;
        if (input is not null) process.StandardInput.Write(input);
        process.StandardInput.Close();
        var error = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, error.Result);
        return output;
    }
}
