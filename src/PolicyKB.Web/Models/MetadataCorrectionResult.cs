using PolicyKB.Contracts;

namespace PolicyKB.Web.Models;

/// <summary>The outcome of a correction: the document as it now reads and the changes made.</summary>
/// <param name="Document">The document with its corrected metadata.</param>
/// <param name="Corrections">The fields changed (empty when every value was already so).</param>
public sealed record MetadataCorrectionResult(DocumentSummary Document, IReadOnlyList<MetadataCorrectionView> Corrections);
