namespace PolicyKB.Corrections;

/// <summary>
/// One field of a document's metadata corrected by a person: kept forever as the audit trail, and re-applied whenever
/// the same bytes (<see cref="ContentHash"/>) are read again, so a re-ingest or a schema re-read does not undo it.
/// </summary>
/// <param name="DocumentId">The document corrected.</param>
/// <param name="ContentHash">SHA-256 of the document's bytes when corrected: the correction follows the content.</param>
/// <param name="Field">The field (<see cref="MetadataFields"/>).</param>
/// <param name="OldValue">The value before, null when the field was empty.</param>
/// <param name="NewValue">The value after, null when the field was cleared.</param>
/// <param name="CorrectedBy">Who corrected it, as they named themselves.</param>
/// <param name="CorrectedAt">When.</param>
public sealed record MetadataCorrection(
    string DocumentId, string ContentHash, string Field, string? OldValue, string? NewValue, string CorrectedBy, DateTimeOffset CorrectedAt);
