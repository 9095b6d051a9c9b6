using PolicyKB.Contracts;

namespace PolicyKB.Web.Models;

/// <summary>Everything the document page shows.</summary>
/// <param name="Document">Metadata (số hiệu, issuer, date, signer…).</param>
/// <param name="Recipients">"Nơi nhận" entries.</param>
/// <param name="LegalBasis">The "Căn cứ…/Thực hiện…" sentences and the citations marked as basis.</param>
/// <param name="Outline">The clause tree (ids, labels, headings only).</param>
/// <param name="Clauses">Every clause with its text, in document order.</param>
/// <param name="Citations">Every citation of the document, in document order.</param>
/// <param name="Related">Documents citing some of the same higher documents ("Văn bản cùng thực hiện").</param>
/// <param name="CitedBy">Number of stored documents citing this one (by its số hiệu); see /api/citations/{number}.</param>
public sealed record DocumentDetail(
    DocumentSummary Document, IReadOnlyList<string> Recipients, LegalBasisView LegalBasis, IReadOnlyList<OutlineNode> Outline,
    IReadOnlyList<ClauseView> Clauses, IReadOnlyList<CitationView> Citations, IReadOnlyList<RelatedDocumentView> Related, int CitedBy);
