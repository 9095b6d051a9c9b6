using System.Diagnostics;

namespace PolicyKB.Tests.Ocr;

/// <summary>Makes what offices receive from real text: a .doc saved by LibreOffice, and a page printed and scanned to an image.</summary>
public static class ScannedDocuments
{
    /// <summary>Converts a text file with LibreOffice (<paramref name="format"/>: "doc", "pdf").</summary>
    public static string Convert(string textFile, string format, string folder)
    {
        Run("/usr/bin/soffice", $"-env:UserInstallation=file://{folder}/lo-profile", "--headless", "--convert-to", format, "--outdir", folder, textFile);
        return Path.Combine(folder, Path.GetFileNameWithoutExtension(textFile) + "." + format);
    }

    /// <summary>A PDF page rendered to a 200 dpi greyscale PNG, as a scanner gives it.</summary>
    public static string ScanToPng(string pdf, string folder)
    {
        var prefix = Path.Combine(folder, "scan");
        Run("/usr/bin/pdftoppm", "-r", "200", "-gray", "-png", "-f", "1", "-l", "1", pdf, prefix);
        return Directory.GetFiles(folder, "scan*.png").Single();
    }

    /// <summary>Images wrapped into a PDF without any text layer.</summary>
    public static string ImagesToPdf(string png, string folder)
    {
        var output = Path.Combine(folder, "scanned.pdf");
        Run("/usr/bin/img2pdf", png, "-o", output);
        return output;
    }

    /// <summary>Share of the expected words (lower-cased) found in the actual text: word recall of a recognition.</summary>
    public static double WordRecall(string expected, string actual)
    {
        static string[] Words(string text) => text.ToLowerInvariant().Normalize()
            .Split((char[])[' ', '\n', '\r', '\t', ',', '.', ';', ':', '(', ')', '"', '“', '”'], StringSplitOptions.RemoveEmptyEntries);
        var found = Words(actual).GroupBy(w => w).ToDictionary(g => g.Key, g => g.Count());
        var words = Words(expected);
        var hits = 0;
        foreach (var word in words)
        {
            if (found.TryGetValue(word, out var left) && left > 0)
            {
                hits++;
                found[word] = left - 1;
            }
        }
        return words.Length == 0 ? 0 : (double)hits / words.Length;
    }

    /// <summary>Runs a command-line tool to the end (3 minutes at most) and fails with its error output.</summary>
    internal static void Run(string tool, params string[] arguments)
    {
        var start = new ProcessStartInfo(tool) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync();
        process.StandardOutput.ReadToEnd();
        if (!process.WaitForExit(TimeSpan.FromMinutes(3))) process.Kill(entireProcessTree: true);
        if (process.ExitCode != 0) throw new InvalidOperationException($"{tool} failed: {error.Result}");
    }
}
