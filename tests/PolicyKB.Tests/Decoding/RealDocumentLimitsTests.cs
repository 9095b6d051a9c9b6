using PolicyKB.Decoding;
using PolicyKB.Tests.Support;
using Xunit.Abstractions;

namespace PolicyKB.Tests.Decoding;

/// <summary>
/// The default <see cref="DecodingLimits"/> refuse no real document: every file of ../shared/train, corpus and seeds
/// decodes under them, and the largest real figures are printed beside the limits.
/// </summary>
public sealed class RealDocumentLimitsTests
{
    private readonly ITestOutputHelper _output;

    public RealDocumentLimitsTests(ITestOutputHelper output) => _output = output;

    [Fact]
    public void No_shared_document_is_refused_by_the_default_limits()
    {
        var folders = new[] { "train", "corpus", "seeds" }
            .Select(f => Path.Combine(SharedData.RepositoryRoot, "..", "shared", f))
            .Where(Directory.Exists)
            .ToList();
        if (folders.Count == 0) return; // ../shared is absent on this machine: nothing real to check against

        var decoders = ContentDecoders.CreateDefault();
        var limits = DecodingLimits.Default;
        var refused = new List<string>();
        (string File, long Value) characters = ("", 0), lines = ("", 0), line = ("", 0), word = ("", 0);
        var files = folders.SelectMany(f => Directory.EnumerateFiles(f, "*", SearchOption.AllDirectories))
            .Where(f => Path.GetExtension(f) is ".txt" or ".md" or ".docx" or ".pdf")
            .ToList();
        foreach (var file in files)
        {
            DecodedText decoded;
            try
            {
                decoded = decoders.DecodeFile(file);
            }
            catch (DecodingException ex)
            {
                refused.Add($"{Path.GetFileName(file)}: {ex.Reason}");
                continue;
            }
            var name = Path.GetFileName(file);
            Max(ref characters, name, decoded.Lines.Sum(l => (long)l.Text.Length));
            Max(ref lines, name, decoded.Lines.Count);
            Max(ref line, name, decoded.Lines.Max(l => (long)l.Text.Length));
            Max(ref word, name, decoded.Lines.Max(l => (long)LongestWord(l.Text)));
        }

        _output.WriteLine($"{files.Count} tệp thật:");
        _output.WriteLine($"  ký tự  {characters.Value,10:N0} / {limits.MaxCharacters,12:N0}  {characters.File}");
        _output.WriteLine($"  dòng   {lines.Value,10:N0} / {limits.MaxLines,12:N0}  {lines.File}");
        _output.WriteLine($"  1 dòng {line.Value,10:N0} / {limits.MaxLineCharacters,12:N0}  {line.File}");
        _output.WriteLine($"  1 từ   {word.Value,10:N0} / {limits.MaxWordCharacters,12:N0}  {word.File}");
        Assert.Empty(refused);
    }

    private static void Max(ref (string File, long Value) current, string file, long value)
    {
        if (value > current.Value) current = (file, value);
    }

    private static int LongestWord(string text)
    {
        int longest = 0, run = 0;
        foreach (var c in text)
        {
            run = char.IsWhiteSpace(c) ? 0 : run + 1;
            longest = Math.Max(longest, run);
        }
        return longest;
    }
}
