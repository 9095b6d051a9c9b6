using PolicyKB.Decoding.External;

namespace PolicyKB.Decoding;

/// <summary>
/// Word 97–2003 (.doc) files, converted to .docx by LibreOffice in headless mode in a private folder (its own profile,
/// so conversions never wait on each other's lock), then read by the <see cref="WordDecoder"/> like any .docx.
/// </summary>
public sealed class LegacyWordDecoder : IContentDecoder
{
    private static readonly ExternalTool LibreOffice = new("soffice", "libreoffice-writer-nogui");
    private readonly DecodingLimits _limits;
    private readonly WordDecoder _word;

    /// <summary>Creates the decoder with the given limits.</summary>
    public LegacyWordDecoder(DecodingLimits limits)
    {
        _limits = limits;
        _word = new WordDecoder(limits);
    }

    /// <inheritdoc />
    public string Format => "doc";

    /// <inheritdoc />
    public IReadOnlyList<string> Extensions { get; } = [".doc"];

    /// <inheritdoc />
    public bool Sniff(ReadOnlySpan<byte> head) => FormatSignatures.IsOle(head);

    /// <inheritdoc />
    public DecodedText Decode(Stream content, string fileName)
    {
        var bytes = ContentBytes.ReadAll(content, fileName);
        ContentBytes.RequireContent(bytes, fileName);
        // LibreOffice would read any bytes as text; only a real Word 97-2003 file goes to it.
        if (!FormatSignatures.IsOle(bytes)) throw new DecodingException(fileName, "tệp .doc bị hỏng hoặc không phải Word 97-2003");
        var folder = ExternalTool.NewFolder();
        try
        {
            var input = Path.Combine(folder, "input.doc");
            File.WriteAllBytes(input, bytes);
            LibreOffice.Run(fileName, "chuyển tệp .doc sang .docx", [
                $"-env:UserInstallation=file://{folder}/profile", "--headless", "--norestore", "--convert-to", "docx", "--outdir", folder, input,
            ], folder, TimeSpan.FromSeconds(_limits.MaxConvertSeconds), _limits.MaxConvertMemoryBytes);
            var output = Path.Combine(folder, "input.docx");
            if (!File.Exists(output)) throw new DecodingException(fileName, "LibreOffice không chuyển được tệp .doc (tệp hỏng hoặc có mật khẩu?)");
            using var docx = File.OpenRead(output);
            var decoded = _word.Decode(docx, fileName);
            return new DecodedText("doc", decoded.Lines) { Warnings = decoded.Warnings };
        }
        finally
        {
            ExternalTool.DeleteFolder(folder);
        }
    }
}
