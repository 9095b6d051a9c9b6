namespace PolicyKB.Ingestion;

/// <summary>
/// A step that only reads the file, the store and the <see cref="IngestionContext"/>, and writes nothing but the context:
/// in a batch it may run for the next file while the file before is still being saved and indexed
/// (<see cref="IngestionPipeline.IngestAll"/>). Only a pipeline's leading run of such steps runs ahead.
/// </summary>
public interface IRunAheadStep : IIngestionStep
{
    /// <summary>
    /// Whether what the step decided ahead, from the store as it was then, still holds now that the files before it are
    /// written; when it does not, the file is prepared again. Steps that do not read the store keep the default (true).
    /// </summary>
    bool StillHolds(IngestionContext context) => true;
}
