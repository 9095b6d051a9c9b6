using System.Collections.Concurrent;
using System.Globalization;
using System.Text.RegularExpressions;
using PolicyKB.Answering.Text;
using PolicyKB.Citations;
using PolicyKB.Documents;
using PolicyKB.Search.References;
using PolicyKB.Storage;

namespace PolicyKB.Answering.Knowledge;

/// <summary>
/// Everything the answering service derives from the whole store once, rebuilt when the stored documents change:
/// document profiles (places, years, names), clause term statistics, the known document numbers and the reference
/// parser over the citation keys.
/// </summary>
public sealed partial class KnowledgeSnapshot
{
    private KnowledgeSnapshot(
        string signature, Dictionary<string, DocumentProfile> documents, TermStatistics terms, HashSet<string> numbers,
        ReferenceQueryParser references, IReadOnlyList<string> placeKeys, AcronymExpander acronyms)
    {
        Acronyms = acronyms;
        Signature = signature;
        Documents = documents;
        Terms = terms;
        KnownNumbers = numbers;
        References = references;
        PlaceKeys = placeKeys;
    }

    /// <summary>Ids and content hashes of the documents it was built from.</summary>
    public string Signature { get; }

    /// <summary>Profiles by document id.</summary>
    public IReadOnlyDictionary<string, DocumentProfile> Documents { get; }

    /// <summary>Clause term statistics.</summary>
    public TermStatistics Terms { get; }

    /// <summary>Every số hiệu the knowledge base knows, normalised: cited keys and numbers, and stored documents' numbers.</summary>
    public IReadOnlySet<string> KnownNumbers { get; }

    /// <summary>The normalised numbers of the stored documents themselves (not the ones they only cite).</summary>
    public IReadOnlySet<string> StoredNumbers => _storedNumbers ??= Documents.Values
        .Select(d => d.Document.Metadata.Number).OfType<string>().Select(Normalized).ToHashSet(StringComparer.Ordinal);

    private HashSet<string>? _storedNumbers;

    /// <summary>The clauses citing each document, by its normalised citation key or number.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> CitingClauses { get; private init; } = new Dictionary<string, IReadOnlyList<string>>();

    /// <summary>Normalised citation keys of documents that are stored (a citation to them was resolved to a stored document).</summary>
    public IReadOnlySet<string> ResolvedKeys { get; private init; } = new HashSet<string>();

    /// <summary>Resolves document references in questions to citation keys.</summary>
    public ReferenceQueryParser References { get; }

    /// <summary>Spells out the acronyms a question types that the documents never write ("TP.HCM", "THPT").</summary>
    public AcronymExpander Acronyms { get; }

    /// <summary>Folded keys of every place a question may name: provinces and the stored documents' places.</summary>
    public IReadOnlyList<string> PlaceKeys { get; }

    /// <summary>
    /// Clauses read from the store while this snapshot is current (null for an id not stored): a clause does not change
    /// without its document's content hash, and so the snapshot, changing.
    /// </summary>
    public ConcurrentDictionary<string, Clause?> Clauses { get; } = new(StringComparer.Ordinal);

    /// <summary>
    /// Syllable keys of a document's whole text and of its name (type and title), exact or folded, computed once per
    /// snapshot: recomputing them over every clause on every question was most of a focused answer's time.
    /// </summary>
    public ConcurrentDictionary<(string DocumentId, string Part, bool Folded), IReadOnlySet<string>> DocumentKeys { get; } = new();

    /// <summary>
    /// Framed clauses (ancestors, context keys, years) by id, null for an id not stored: framing every clause of a
    /// document named by a question cost tens of milliseconds per question. Callers get unscored copies.
    /// </summary>
    public ConcurrentDictionary<string, Retrieval.RetrievedClause?> Frames { get; } = new(StringComparer.Ordinal);

    /// <summary>The signature of the store's current documents.</summary>
    public static string SignatureOf(IReadOnlyList<PolicyDocument> documents) =>
        string.Join('|', documents.Select(d => d.Id + ":" + d.ContentHash));

    /// <summary>Builds the snapshot by reading every document, clause and citation once.</summary>
    public static KnowledgeSnapshot Build(IDocumentStore store)
    {
        var documents = store.ListDocuments();
        var profiles = new Dictionary<string, DocumentProfile>(StringComparer.Ordinal);
        var terms = new TermStatistics();
        var numbers = new HashSet<string>(StringComparer.Ordinal);
        foreach (var document in documents)
        {
            var clauses = store.GetClauses(document.Id);
            foreach (var clause in clauses)
            {
                var text = clause.Heading + " " + clause.Text;
                terms.Add(SyllableKeys.Keys(text).Distinct(), SyllableKeys.Keys(text, fold: true).Distinct());
            }
            profiles[document.Id] = Profile(document, clauses);
            if (document.Metadata.Number is { } own) numbers.Add(Normalized(own));
        }
        var citations = store.FindCitations();
        foreach (var citation in citations)
        {
            numbers.Add(Normalized(citation.Key));
            if (citation.Number is { } number) numbers.Add(Normalized(number));
        }
        var citing = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var citation in citations)
        {
            foreach (var key in new[] { citation.Key, citation.Number }.OfType<string>().Select(Normalized).Distinct(StringComparer.Ordinal))
            {
                if (!citing.TryGetValue(key, out var ids)) citing[key] = ids = [];
                if (!ids.Contains(citation.ClauseId)) ids.Add(citation.ClauseId);
            }
        }
        var placeKeys = PlaceNames.Provinces.Select(PlaceNames.Key).Concat(profiles.Values.SelectMany(p => p.Places)).Distinct(StringComparer.Ordinal).ToList();
        var resolved = citations.Where(c => c.TargetDocumentId is not null).Select(c => Normalized(c.Key)).ToHashSet(StringComparer.Ordinal);
        return new KnowledgeSnapshot(SignatureOf(documents), profiles, terms, numbers,
            new ReferenceQueryParser(citations.Select(c => c.Key)), placeKeys, new AcronymExpander(store, documents))
        {
            CitingClauses = citing.ToDictionary(p => p.Key, p => (IReadOnlyList<string>)p.Value, StringComparer.Ordinal),
            ResolvedKeys = resolved,
        };
    }

    /// <summary>A số hiệu in the canonical form used for comparisons.</summary>
    public static string Normalized(string number) => DocumentNumber.Normalize(number) ?? number.Trim();

    private static DocumentProfile Profile(PolicyDocument document, IReadOnlyList<Clause> clauses)
    {
        var m = document.Metadata;
        var years = new HashSet<int>();
        if (m.IssuedOn is { } date) years.Add(date.Year);
        foreach (Match y in Year().Matches(m.Title ?? "")) years.Add(int.Parse(y.Value, CultureInfo.InvariantCulture));
        if (years.Count == 0 && clauses.FirstOrDefault(c => c.Kind == ClauseKind.Preamble) is { } preamble)
        {
            var mentioned = Year().Matches(preamble.Text).Select(y => int.Parse(y.Value, CultureInfo.InvariantCulture)).ToList();
            if (mentioned.Count > 0) years.Add(mentioned.Max());
        }
        return new DocumentProfile
        {
            Document = document,
            Places = PlaceNames.OfDocument(m.Issuer, m.Place, m.Title),
            Years = years,
            NameKeys = SyllableKeys.Keys($"{m.Type} {m.Title} {m.Issuer}").ToHashSet(StringComparer.Ordinal),
        };
    }

    /// <summary>A year as printed in Vietnamese documents.</summary>
    [GeneratedRegex(@"(?<!\d)(?:19[4-9]\d|20\d\d)(?!\d)")]
    internal static partial Regex Year();
}
