using PolicyKB.Documents;

namespace PolicyKB.Metadata;

/// <summary>What <see cref="LayoutAnalyzer"/> read from a document: its metadata and its regions.</summary>
/// <param name="Metadata">Type, number, issuer, place, date, title, signer, recipients, legal basis.</param>
/// <param name="Regions">Regions in order, covering every line exactly once.</param>
public sealed record DocumentLayout(DocumentMetadata Metadata, IReadOnlyList<LayoutRegion> Regions);
