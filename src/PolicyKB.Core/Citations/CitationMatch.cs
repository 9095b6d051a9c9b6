using PolicyKB.Documents;

namespace PolicyKB.Citations;

/// <summary>One reference to another document found in a clause.</summary>
/// <param name="Start">Offset of the span in the clause text.</param>
/// <param name="Length">Length of the span: type word, number, date and issuer phrase (or type word and name).</param>
/// <param name="Raw">The span as printed.</param>
/// <param name="Key">Canonical key: the normalised số hiệu ("281/QĐ-TTg") for numbered references, a readable
/// type + name form ("Luật Khám bệnh, chữa bệnh") for named ones, "Nghị quyết 21" for unresolved short forms.</param>
/// <param name="Type">Full type word ("Quyết định"), printed or inferred from the number's code.</param>
/// <param name="Number">Canonical số hiệu, printed or resolved through the scope; null for named references.</param>
/// <param name="Date">Issue date as printed after the number or name.</param>
/// <param name="Issuer">Issuer as printed ("Thủ tướng Chính phủ"); null when not printed.</param>
/// <param name="Name">Trích yếu after "về …"/"quy định …", or the name of a named reference ("Dược" of "Luật Dược").</param>
public sealed record CitationMatch(int Start, int Length, string Raw, string Key, string? Type, string? Number,
    PartialDate? Date, string? Issuer, string? Name);
