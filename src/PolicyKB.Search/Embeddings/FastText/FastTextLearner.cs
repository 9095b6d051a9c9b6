using System.Diagnostics;
using System.Globalization;
using System.Text;

namespace PolicyKB.Search.Embeddings.FastText;

/// <summary>
/// Learns the unit and n-gram vectors with the fastText executable (Debian package <c>fasttext</c>, skip-gram with
/// subwords) instead of the built-in trainer: PolicyKB tokenises and joins words itself, writes the training
/// sentences with the syllables of a unit joined by "_", runs <c>fasttext skipgram</c>, and converts its model.
/// </summary>
/// <remarks>
/// Conversion: a unit's vector is fastText's word vector (its own row plus its n-gram rows), unit length. PolicyKB
/// hashes n-grams differently (FNV-1a over UTF-16, <see cref="CharNGrams"/>), so each PolicyKB bucket becomes the
/// mean of the fastText n-gram rows of the vocabulary's n-grams that fall into it: unseen words then get vectors from
/// the same n-grams fastText learnt. n-grams no vocabulary unit contains stay zero (they carry no training signal).
/// </remarks>
internal static class FastTextLearner
{
    /// <summary>Trains on <paramref name="data"/> and returns the model parts (common component still zero).</summary>
    /// <exception cref="InvalidOperationException">The executable is missing or fails.</exception>
    public static ModelParts Learn(string executable, TrainingData data, EmbeddingTrainerOptions options, IProgress<EmbeddingTrainingProgress>? progress, CancellationToken cancellationToken)
    {
        var work = Directory.CreateTempSubdirectory("policykb-fasttext-");
        try
        {
            var corpus = Path.Combine(work.FullName, "corpus.txt");
            WriteCorpus(corpus, data);
            var output = Path.Combine(work.FullName, "model");
            Run(executable, corpus, output, options, progress, cancellationToken);
            var model = FastTextModelFile.Read(output + ".bin");
            progress?.Report(new("convert", 0, $"fastText: {model.Words.Length:N0} words, {model.Buckets:N0} buckets"));
            return Convert(model, data, options);
        }
        finally
        {
            try { work.Delete(recursive: true); }
            catch (IOException) { } // a temporary folder left behind is harmless
        }
    }

    /// <summary>fastText's token for a unit: whitespace separates tokens, so the syllables are joined by "_".</summary>
    public static string TokenOf(string unit) => unit.Replace(' ', '_');

    private static void WriteCorpus(string path, TrainingData data)
    {
        var tokens = data.Units.Select(TokenOf).ToArray();
        using var writer = new StreamWriter(path, append: false, new UTF8Encoding(false), 1 << 20) { NewLine = "\n" };
        for (var s = 0; s + 1 < data.SentenceStarts.Length; s++)
        {
            for (var i = data.SentenceStarts[s]; i < data.SentenceStarts[s + 1]; i++)
            {
                if (i > data.SentenceStarts[s]) writer.Write(' ');
                writer.Write(tokens[data.Tokens[i]]);
            }
            writer.WriteLine();
        }
    }

    private static void Run(string executable, string corpus, string output, EmbeddingTrainerOptions o, IProgress<EmbeddingTrainingProgress>? progress, CancellationToken cancellationToken)
    {
        var start = new ProcessStartInfo(executable) { RedirectStandardError = true, RedirectStandardOutput = true, UseShellExecute = false };
        var inv = CultureInfo.InvariantCulture;
        foreach (var arg in new[]
        {
            "skipgram", "-input", corpus, "-output", output,
            // Units below MinCount were already pruned by PolicyKB, so fastText keeps every unit it is given.
            "-minCount", "1", "-dim", o.Dimensions.ToString(inv), "-epoch", o.Epochs.ToString(inv),
            "-ws", o.Window.ToString(inv), "-neg", o.Negatives.ToString(inv), "-lr", o.LearningRate.ToString(inv),
            "-t", o.SubsampleThreshold.ToString(inv), "-minn", o.MinN.ToString(inv), "-maxn", o.MaxN.ToString(inv),
            "-bucket", o.Buckets.ToString(inv), "-thread", o.Threads.ToString(inv),
            "-seed", ((int)(o.Seed % int.MaxValue)).ToString(inv), "-verbose", "2",
        })
        {
            start.ArgumentList.Add(arg);
        }
        Process process;
        try { process = Process.Start(start) ?? throw new InvalidOperationException($"Không chạy được {executable}."); }
        catch (System.ComponentModel.Win32Exception ex)
        {
            throw new InvalidOperationException($"Không tìm thấy chương trình fastText ({executable}): cài bằng 'apt-get install fasttext' hoặc dùng --trainer builtin.", ex);
        }
        using (process)
        using (cancellationToken.Register(() => { try { process.Kill(); } catch (InvalidOperationException) { } }))
        {
            var tail = new StringBuilder();
            var stdout = process.StandardOutput.ReadToEndAsync(cancellationToken);
            ReportProgress(process.StandardError, tail, progress);
            process.WaitForExit();
            stdout.GetAwaiter().GetResult();
            cancellationToken.ThrowIfCancellationRequested();
            if (process.ExitCode != 0) throw new InvalidOperationException($"fastText dừng với mã {process.ExitCode}: {tail.ToString().Trim()}");
        }
    }

    /// <summary>fastText redraws one progress line with carriage returns; pass on about one in a hundred.</summary>
    private static void ReportProgress(StreamReader error, StringBuilder tail, IProgress<EmbeddingTrainingProgress>? progress)
    {
        var line = new StringBuilder();
        var seen = 0;
        int c;
        while ((c = error.Read()) >= 0)
        {
            if (c is not ('\r' or '\n'))
            {
                line.Append((char)c);
                continue;
            }
            if (line.Length == 0) continue;
            var text = line.ToString().Trim();
            line.Clear();
            if (tail.Length > 2000) tail.Clear();
            tail.AppendLine(text);
            if (!text.StartsWith("Progress:", StringComparison.Ordinal) || seen++ % 100 == 0) progress?.Report(new("fasttext", 0, text));
        }
    }

    private static ModelParts Convert(FastTextModelFile model, TrainingData data, EmbeddingTrainerOptions options)
    {
        var dims = model.Dimensions;
        var index = new Dictionary<string, int>(model.Words.Length, StringComparer.Ordinal);
        for (var i = 0; i < model.Words.Length; i++) if (model.Words[i] is { } w) index.TryAdd(w, i);

        var vectors = new float[(long)data.Units.Length * dims];
        var rows = new List<int>();
        for (var u = 0; u < data.Units.Length; u++)
        {
            var token = TokenOf(data.Units[u]);
            rows.Clear();
            if (index.TryGetValue(token, out var own)) rows.Add(own);
            model.AppendSubwordRows(token, rows);
            var target = vectors.AsSpan(u * dims, dims);
            foreach (var row in rows) VectorMath.AddScaled(target, 1f, model.Input.AsSpan(row * dims, dims));
            VectorMath.Normalize(target);
        }

        var buckets = new float[(long)options.Buckets * dims];
        var hits = new int[options.Buckets];
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var unit in data.Units)
        {
            var bracketed = "<" + unit + ">";
            for (var start = 0; start < bracketed.Length; start++)
            {
                for (var n = options.MinN; n <= options.MaxN && start + n <= bracketed.Length; n++)
                {
                    if (start == 0 && n == bracketed.Length) continue; // the whole unit is not an n-gram (CharNGrams)
                    var gram = bracketed.Substring(start, n);
                    if (!seen.Add(gram)) continue;
                    var ours = (int)(CharNGrams.Hash(gram) % (uint)options.Buckets);
                    var theirs = model.Words.Length + (int)(FastTextModelFile.Hash(TokenOf(gram)) % (uint)model.Buckets);
                    VectorMath.AddScaled(buckets.AsSpan(ours * dims, dims), 1f, model.Input.AsSpan(theirs * dims, dims));
                    hits[ours]++;
                }
            }
        }
        for (var b = 0; b < hits.Length; b++)
        {
            if (hits[b] > 1) VectorMath.Scale(buckets.AsSpan(b * dims, dims), 1f / hits[b]);
        }
        return new ModelParts(dims, data.Units, data.Counts,
            QuantizedVectors.Quantize(vectors, data.Units.Length, dims),
            QuantizedVectors.Quantize(buckets, options.Buckets, dims),
            options.MinN, options.MaxN, (float)options.SifA, new float[dims]);
    }
}
