using PolicyKB.Contracts;

namespace PolicyKB.Web.Models;

/// <summary>One clause in its context.</summary>
/// <param name="Clause">The clause with its text.</param>
/// <param name="Document">Its document.</param>
/// <param name="Breadcrumb">Ancestors, outermost first.</param>
/// <param name="Children">Direct children in order.</param>
/// <param name="Previous">Previous sibling.</param>
/// <param name="Next">Next sibling.</param>
/// <param name="Citations">Citations in the clause's own text.</param>
public sealed record ClauseDetail(
    ClauseView Clause, DocumentSummary Document, IReadOnlyList<ClauseRef> Breadcrumb, IReadOnlyList<ClauseRef> Children,
    ClauseRef? Previous, ClauseRef? Next, IReadOnlyList<CitationView> Citations);
