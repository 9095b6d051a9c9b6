using System.Runtime.ExceptionServices;

namespace PolicyKB.Ingestion;

public sealed partial class IngestionPipeline
{
    /// <summary>
    /// Ingests <paramref name="files"/> in order, one result per file done. With <see cref="IngestionOptions.OverlapFiles"/>
    /// (the default) a second thread prepares the next files — the leading <see cref="IRunAheadStep"/> steps: read, decode,
    /// repair, layout, parse, cite, facts — while this thread saves and indexes the ones before, so the two halves of
    /// ingestion share two cores; up to <see cref="IngestionOptions.RunAheadFiles"/> prepared files wait for their turn. Files are still written by this thread, one at a time and in order (a store batch
    /// opened on it stays on it), and a file whose identity changed because of a file written meanwhile (the same bytes
    /// twice in a batch, a name taken) is prepared again, so the results are those of ingesting the files one by one.
    /// </summary>
    /// <param name="files">Each file's path and the name its document is known by.</param>
    /// <param name="request">How every file is ingested.</param>
    /// <param name="onFile">Called with a file's path as it is written (progress).</param>
    /// <param name="until">Asked after each file; true ends the batch (files prepared ahead are then dropped unwritten).</param>
    public IReadOnlyList<IngestionResult> IngestAll(
        IEnumerable<(string Path, string FileName)> files, IngestRequest request, Action<string>? onFile = null, Func<bool>? until = null)
    {
        var results = new List<IngestionResult>();
        if (!_options.OverlapFiles || _aheadSteps == 0 || _aheadSteps == _steps.Count || files is ICollection<(string, string)> { Count: <= 1 })
        {
            foreach (var (path, fileName) in files)
            {
                onFile?.Invoke(path);
                results.Add(Ingest(path, fileName, request));
                if (until?.Invoke() == true) break;
            }
            return results;
        }

        using var stop = new CancellationTokenSource();
        // A few files waiting beside the one being prepared and the one being written, within a budget of file bytes:
        // files differ in size by a hundred times, and with one file waiting each thread idled while the other went
        // through a large one.
        var ready = new PreparedFiles(_options.RunAheadFiles, (long)(_options.RunAheadMegabytes * 1024 * 1024));
        var producer = Task.Factory.StartNew(
            () => PrepareAhead(files, request, ready, stop.Token), CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);
        try
        {
            while (ready.Take(out var prepared))
            {
                onFile?.Invoke(prepared.Path);
                prepared.Escaped?.Throw();
                var file = prepared;
                if (!StillHolds(file))
                {
                    file = new FileInProgress(prepared.Path, prepared.FileName, request);
                    Prepare(file);
                }
                Run(file, _aheadSteps, _steps.Count);
                results.Add(file.Result());
                if (until?.Invoke() == true) break;
            }
        }
        finally
        {
            stop.Cancel();
            // The preparing thread finishes the file in hand (nothing of it is written) before the batch is over.
            producer.Wait(CancellationToken.None);
        }
        producer.Result?.Throw();
        return results;
    }

    /// <summary>Prepares the files in order into <paramref name="ready"/>; returns an error met listing the files, if any.</summary>
    private ExceptionDispatchInfo? PrepareAhead(
        IEnumerable<(string Path, string FileName)> files, IngestRequest request, PreparedFiles ready, CancellationToken stop)
    {
        try
        {
            foreach (var (path, fileName) in files)
            {
                if (stop.IsCancellationRequested) break;
                var file = new FileInProgress(path, fileName, request);
                try
                {
                    Prepare(file);
                }
                catch (Exception ex)
                {
                    file.Escaped = ExceptionDispatchInfo.Capture(ex);
                }
                ready.Add(file, stop);
                if (file.Escaped is not null) break;
            }
            return null;
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
            return null;
        }
        catch (Exception ex)
        {
            return ExceptionDispatchInfo.Capture(ex);
        }
        finally
        {
            ready.CompleteAdding();
        }
    }

    /// <summary>True when every step that ran ahead for <paramref name="file"/> still decides the same.</summary>
    private bool StillHolds(FileInProgress file)
    {
        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        var holds = true;
        for (var i = 0; i < file.CompletedSteps && i < _aheadSteps && holds; i++)
        {
            if (_steps[i] is IRunAheadStep step) holds = step.StillHolds(file.Context);
        }
        // Checking again is part of reading the file: it is timed with the first step.
        if (file.CompletedSteps > 0 && file.Timings.TryGetValue(_steps[0].Name, out var first))
        {
            file.Timings[_steps[0].Name] = first + System.Diagnostics.Stopwatch.GetElapsedTime(started).TotalMilliseconds;
        }
        return holds;
    }
}
