namespace PolicyKB.Web.Models;

/// <summary>How far the start-up ingestion of the content folder has come.</summary>
/// <param name="State">"running" while files are ingested, "done" when all were, "failed" when it stopped on an error (see the problems), "idle" when there is nothing to ingest (disabled, or no content folder).</param>
/// <param name="Done">Files ingested so far (stored, unchanged or failed).</param>
/// <param name="Total">Files to ingest (0 until the folder has been listed).</param>
/// <param name="Current">The file being ingested, relative to the content folder, or null.</param>
public sealed record IngestionProgressReport(string State, int Done, int Total, string? Current);
