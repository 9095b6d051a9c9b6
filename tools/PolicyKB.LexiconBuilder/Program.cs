using PolicyKB.Text;

// Builds src/PolicyKB.Core/Resources/Text/syllables.tsv.gz, the syllable lexicon used by the glyph-gap repair,
// from the public training corpus (../shared/train). Only derived counts are written, never document text.
// Usage: dotnet run --project tools/PolicyKB.LexiconBuilder -- [trainDirectory] [outputFile]
var root = FindRoot(AppContext.BaseDirectory) ?? Directory.GetCurrentDirectory();
var trainDirectory = args.Length > 0 ? args[0] : Path.Combine(root, "..", "shared", "train");
var outputFile = args.Length > 1 ? args[1] : Path.Combine(root, "src", "PolicyKB.Core", "Resources", "Text", "syllables.tsv.gz");

if (!Directory.Exists(trainDirectory))
{
    Console.Error.WriteLine($"Training directory not found: {trainDirectory}");
    return 1;
}

var counter = new SyllableCounter();
var files = Directory.GetFiles(trainDirectory, "*.txt").OrderBy(f => f, StringComparer.Ordinal).ToArray();
foreach (var file in files)
{
    counter.Add(File.ReadAllText(file)); // whole file: PDF hard wraps split sentences across lines
}
Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(outputFile))!);
using (var output = File.Create(outputFile)) counter.Write(output);
Console.WriteLine($"{files.Length} files → {outputFile} ({new FileInfo(outputFile).Length:N0} bytes)");
return 0;

static string? FindRoot(string start)
{
    for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
    {
        if (File.Exists(Path.Combine(dir.FullName, "PolicyKB.sln"))) return dir.FullName;
    }
    return null;
}
