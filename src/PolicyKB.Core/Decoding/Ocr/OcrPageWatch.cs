using System.Diagnostics;

namespace PolicyKB.Decoding.Ocr;

/// <summary>
/// Follows ocrmypdf page by page from the files Tesseract leaves in the private work folder (one TSV per page, written
/// when the page is done; with several cores pages run side by side, so "page being read" is the first page not yet
/// done), and reports to the call's listener which page is being read and how long the rest should take at the pace so far.
/// </summary>
internal sealed class OcrPageWatch
{
    private readonly string _folder;
    private readonly string _fileName;
    private readonly int _pageCount;
    private readonly IProgress<OcrProgress> _listener;
    private readonly long _started = Stopwatch.GetTimestamp();
    private int _lastDone = -1;

    private OcrPageWatch(string folder, string fileName, int pageCount, IProgress<OcrProgress> listener)
    {
        _folder = folder;
        _fileName = fileName;
        _pageCount = pageCount;
        _listener = listener;
    }

    /// <summary>A watch reporting to the call's listener, or null when nobody listens or the page count is unknown.</summary>
    public static OcrPageWatch? Start(string folder, string fileName, int pageCount)
    {
        if (OcrProgressScope.Current is not { } listener || pageCount <= 0) return null;
        var watch = new OcrPageWatch(folder, fileName, pageCount, listener);
        watch.Poll();
        return watch;
    }

    /// <summary>Reports when another page is done.</summary>
    public void Poll()
    {
        int done;
        try
        {
            done = Directory.EnumerateFiles(_folder, "*_ocr_tess.tsv", SearchOption.AllDirectories).Count();
        }
        catch (IOException)
        {
            return; // ocrmypdf is creating or renaming its folders; the next tick sees them.
        }
        done = Math.Min(done, _pageCount);
        if (done == _lastDone || done == _pageCount) return;
        _lastDone = done;
        TimeSpan? remaining = done == 0 ? null : Stopwatch.GetElapsedTime(_started) / done * (_pageCount - done);
        _listener.Report(new OcrProgress(_fileName, done + 1, _pageCount, remaining));
    }
}
