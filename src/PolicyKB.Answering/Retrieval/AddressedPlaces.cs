using PolicyKB.Answering.Facts;
using PolicyKB.Answering.Knowledge;
using PolicyKB.Answering.Text;
using PolicyKB.Documents;

namespace PolicyKB.Answering.Retrieval;

/// <summary>
/// The places a letter or a dispatch is sent to ("Kính gửi: Chủ tịch Ủy ban nhân dân các tỉnh: Hưng Yên, Ninh Bình …",
/// "Kính gửi: Thuế tỉnh Quảng Ninh"): a document of a ministry or of the Government addressed to a province speaks of that
/// province's matter, so a question naming the province is answered from it, as from the province's own documents
/// (issue #11: such letters were refused as "not of the asked locality").
/// </summary>
public static class AddressedPlaces
{
    /// <summary>Folded keys of the provinces named among the addressees of <paramref name="clauses"/>.</summary>
    public static IReadOnlySet<string> Of(IReadOnlyList<Clause> clauses)
    {
        var text = AddresseeReader.Text(clauses);
        return text.Length == 0 ? new HashSet<string>() : PlaceNames.OfDocument(text);
    }

    /// <summary>
    /// True when <paramref name="document"/> is addressed to one of the places <paramref name="asked"/> (cached per
    /// document in the snapshot).
    /// </summary>
    public static bool AddressedTo(DocumentProfile document, IReadOnlyCollection<string> asked, KnowledgeSnapshot knowledge, Func<string, IReadOnlyList<Clause>> clauses) =>
        asked.Count > 0 && knowledge.DocumentKeys.GetOrAdd((document.Id, "addressed", false), _ => Of(clauses(document.Id))).Overlaps(asked);
}
