using PolicyKB.Contracts;

namespace PolicyKB.Web.Models;

/// <summary>A document's legal basis ("Căn cứ pháp lý").</summary>
/// <param name="Sentences">The preamble's "Căn cứ…" and "Thực hiện…" sentences as printed.</param>
/// <param name="Citations">The citations flagged as basis, one per cited key.</param>
public sealed record LegalBasisView(IReadOnlyList<string> Sentences, IReadOnlyList<CitationView> Citations);
