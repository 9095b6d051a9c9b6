using System.Security.Cryptography;
using System.Text;

namespace PolicyKB.Search.Providers.Onnx;

/// <summary>The files of an ONNX sentence-transformer folder and the model id derived from them.</summary>
internal sealed record OnnxModelFolder(string Directory, string ModelPath, IReadOnlyList<string> TokenizerFiles)
{
    /// <summary>Locates model.onnx (in the folder or its onnx/ subfolder, as Hugging Face repositories lay it out) and the tokenizer.</summary>
    public static OnnxModelFolder Locate(OnnxEmbeddingOptions options)
    {
        if (string.IsNullOrWhiteSpace(options.ModelDirectory))
        {
            throw new InvalidOperationException("Chưa khai báo thư mục mô hình ONNX (PolicyKB:Embeddings:Onnx:ModelDirectory).");
        }
        var directory = PolicyKbPaths.Resolve(options.ModelDirectory);
        if (!System.IO.Directory.Exists(directory))
        {
            throw new InvalidOperationException($"Không tìm thấy thư mục mô hình ONNX {directory} (PolicyKB:Embeddings:Onnx:ModelDirectory).");
        }
        var model = new[] { Path.Combine(directory, "model.onnx"), Path.Combine(directory, "onnx", "model.onnx") }.FirstOrDefault(File.Exists)
            ?? throw new InvalidOperationException($"Thư mục mô hình {directory} không có model.onnx (cũng không có onnx/model.onnx).");
        var tokenizer = SentenceTokenizerLoader.Files(directory);
        if (tokenizer.Count == 0)
        {
            throw new InvalidOperationException(
                $"Thư mục mô hình {directory} không có bộ tách từ: cần {SentenceTokenizerLoader.Expected}.");
        }
        return new OnnxModelFolder(directory, model, tokenizer);
    }

    /// <summary>
    /// "folder@sha256:16 hex of model.onnx#8 hex of the settings that change stored vectors" (tokenizer files,
    /// pooling, normalisation, passage prefix, token limit, output), so vectors are recomputed when any changes.
    /// The query prefix is left out: it changes no stored vector.
    /// </summary>
    public string ModelId(OnnxEmbeddingOptions options, string output)
    {
        var name = Path.GetFileName(Path.TrimEndingDirectorySeparator(Directory));
        var settings = new StringBuilder()
            .Append(string.Join(",", TokenizerFiles.Select(f => Hash(f)[..16])))
            .Append('|').Append(options.Pooling)
            .Append('|').Append(options.Normalize)
            .Append('|').Append(options.PassagePrefix)
            .Append('|').Append(options.MaxTokens)
            .Append('|').Append(output)
            .Append('|').Append(options.LowerCase).Append('|').Append(options.StripAccents);
        var settingsHash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(settings.ToString())))[..8];
        return $"{name}@sha256:{Hash(ModelPath)[..16]}#{settingsHash}";
    }

    private static string Hash(string path)
    {
        using var stream = File.OpenRead(path);
        return Convert.ToHexStringLower(SHA256.HashData(stream));
    }
}
