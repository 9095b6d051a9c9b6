namespace PolicyKB.Tests.Ocr;

/// <summary>
/// A fact that needs Debian's converters (LibreOffice, ocrmypdf with Tesseract's Vietnamese model, poppler, img2pdf);
/// skipped with a clear message on a developer box without them, run in CI where .ci/run installs them.
/// </summary>
public sealed class ConverterFactAttribute : FactAttribute
{
    private static readonly string[] Tools = ["/usr/bin/soffice", "/usr/bin/ocrmypdf", "/usr/bin/pdftoppm", "/usr/bin/img2pdf"];

    public ConverterFactAttribute()
    {
        var missing = Tools.Where(t => !File.Exists(t)).ToList();
        if (missing.Count > 0)
        {
            Skip = $"{string.Join(", ", missing)} not found: apt-get install -y libreoffice-writer-nogui ocrmypdf tesseract-ocr-vie poppler-utils img2pdf (.ci/run installs them).";
        }
    }
}
