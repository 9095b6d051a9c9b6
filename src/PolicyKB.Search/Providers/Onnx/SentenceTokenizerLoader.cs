using System.Text.Json;

namespace PolicyKB.Search.Providers.Onnx;

/// <summary>Finds and loads the tokenizer of an ONNX model folder, by the files Hugging Face exports put there.</summary>
internal static class SentenceTokenizerLoader
{
    /// <summary>The tokenizer files looked for, in order of preference.</summary>
    public const string Expected = "vocab.txt (WordPiece), vocab.txt + bpe.codes (PhoBERT), sentencepiece.bpe.model hoặc tokenizer.model (SentencePiece)";

    /// <summary>The tokenizer file(s) present in <paramref name="folder"/>, or an empty list.</summary>
    public static IReadOnlyList<string> Files(string folder)
    {
        string F(string name) => Path.Combine(folder, name);
        if (File.Exists(F("vocab.txt")) && File.Exists(F("bpe.codes"))) return [F("vocab.txt"), F("bpe.codes")];
        if (File.Exists(F("vocab.txt"))) return [F("vocab.txt")];
        if (File.Exists(F("sentencepiece.bpe.model"))) return [F("sentencepiece.bpe.model")];
        if (File.Exists(F("tokenizer.model"))) return [F("tokenizer.model")];
        return [];
    }

    /// <summary>Loads the tokenizer; throws <see cref="InvalidOperationException"/> (Vietnamese) when there is none.</summary>
    public static ISentenceTokenizer Load(string folder, OnnxEmbeddingOptions options)
    {
        var files = Files(folder);
        if (files.Count == 0)
        {
            throw new InvalidOperationException(
                $"Thư mục mô hình {folder} không có bộ tách từ: cần {Expected} (PolicyKB:Embeddings:Onnx:ModelDirectory). Chỉ có tokenizer.json thì chưa được hỗ trợ.");
        }
        try
        {
            return Path.GetFileName(files[0]) switch
            {
                "vocab.txt" when files.Count == 2 => PhoBertSentenceTokenizer.Load(files[0], files[1]),
                "vocab.txt" => LoadWordPiece(folder, files[0], options),
                "sentencepiece.bpe.model" => SentencePieceSentenceTokenizer.Load(files[0], fairseq: true),
                _ => SentencePieceSentenceTokenizer.Load(files[0], fairseq: false),
            };
        }
        catch (Exception e) when (e is not InvalidOperationException)
        {
            throw new InvalidOperationException($"Không đọc được bộ tách từ {files[0]}: {e.Message}", e);
        }
    }

    private static WordPieceSentenceTokenizer LoadWordPiece(string folder, string vocab, OnnxEmbeddingOptions options)
    {
        var config = ReadConfig(Path.Combine(folder, "tokenizer_config.json"));
        // Hugging Face's BertTokenizer: do_lower_case defaults to true; strip_accents null means "same as lowercase".
        var lowerCase = options.LowerCase ?? Flag(config, "do_lower_case") ?? true;
        var stripAccents = options.StripAccents ?? Flag(config, "strip_accents") ?? lowerCase;
        return WordPieceSentenceTokenizer.Load(vocab, lowerCase, stripAccents);
    }

    private static Dictionary<string, JsonElement> ReadConfig(string path)
    {
        if (!File.Exists(path)) return [];
        try
        {
            return JsonSerializer.Deserialize<Dictionary<string, JsonElement>>(File.ReadAllText(path)) ?? [];
        }
        catch (JsonException)
        {
            // A broken tokenizer_config.json only loses the hints; the defaults still load the vocabulary.
            return [];
        }
    }

    private static bool? Flag(Dictionary<string, JsonElement> config, string name) =>
        config.TryGetValue(name, out var value) && value.ValueKind is JsonValueKind.True or JsonValueKind.False ? value.GetBoolean() : null;
}
