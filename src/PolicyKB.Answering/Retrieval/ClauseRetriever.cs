using System.Globalization;
using PolicyKB.Answering.Knowledge;
using PolicyKB.Answering.Questions;
using PolicyKB.Answering.Text;
using PolicyKB.Documents;
using PolicyKB.Search;
using PolicyKB.Storage;

namespace PolicyKB.Answering.Retrieval;

/// <summary>
/// Finds the clauses that may answer a question: hybrid search over the whole knowledge base and, when the question
/// names a place, within each document of that place; then every candidate is framed by its ancestors and neighbours,
/// checked against the place and year the question names, and ranked by how well it covers the question.
/// </summary>
public sealed class ClauseRetriever
{
    private const int PoolSize = 40;
    private const int PerDocument = 15;
    private const int MaxPlaceDocuments = 4;
    private const int MaxFramed = 60;

    private readonly IDocumentStore _store;
    private readonly SearchService _search;

    /// <summary>Creates the retriever over the knowledge base's store and search service.</summary>
    public ClauseRetriever(IDocumentStore store, SearchService search)
    {
        _store = store;
        _search = search;
    }

    /// <summary>Retrieves and ranks candidates for <paramref name="question"/>.</summary>
    public async Task<RetrievalResult> RetrieveAsync(QuestionAnalysis question, KnowledgeSnapshot knowledge, CancellationToken cancellationToken = default)
    {
        var placeDocuments = question.Places.Count == 0
            ? []
            : knowledge.Documents.Values.Where(d => d.Places.Overlaps(question.Places) || Addressed(question, d, knowledge)).ToList();
        var fused = new Dictionary<string, double>(StringComparer.Ordinal);
        var text = question.SearchText.Trim().Length > 0 ? question.SearchText : question.Question;
        await AddAsync(fused, new SearchRequest(text) { Top = PoolSize }, cancellationToken).ConfigureAwait(false);
        // Of many documents of a place, search within those of the year asked and those the pool already favours.
        var searched = placeDocuments
            .OrderByDescending(d => question.Years.Any(d.Years.Contains))
            .ThenByDescending(d => fused.Keys.Count(id => id.StartsWith(d.Id + "/", StringComparison.Ordinal)))
            .Select(d => d.Id).Take(MaxPlaceDocuments).ToList();
        // The place's documents may rank below others for the shared words ("giường bệnh" is in every plan), and hybrid
        // fusion may push a clause that matches every word out of the pool: a keyword search within each of them adds
        // its best clauses.
        foreach (var id in searched)
        {
            var request = new SearchRequest(text) { Top = PerDocument, Mode = SearchMode.Keyword, Filters = new SearchFilters { DocumentId = id } };
            await AddAsync(fused, request, cancellationToken).ConfigureAwait(false);
        }

        var all = new List<RetrievedClause>();
        foreach (var (id, score) in fused.OrderByDescending(f => f.Value).Take(MaxFramed))
        {
            if (Frame(id, knowledge) is not { } candidate) continue;
            candidate.SearchScore = score;
            candidate.Coverage = Relevance.Coverage(question, candidate.ContextKeys, knowledge.Terms);
            candidate.Score = Relevance.Score(question, candidate, fused.Values.Max() is > 0 and var best ? score / best : 0);
            all.Add(candidate);
        }
        all.Sort((a, b) => b.Score.CompareTo(a.Score));
        var unknownPlace = question.Places.Count > 0 && placeDocuments.Count == 0 && !all.Any(c => NamedByNationalClause(question, c));
        var kept = unknownPlace ? [] : all.Where(c => (MatchesPlace(question, c) || Addressed(question, c.Document, knowledge)) && MatchesYear(question, c)).ToList();
        return new RetrievalResult(kept, all.Take(3).ToList(), unknownPlace);
    }

    private async Task AddAsync(Dictionary<string, double> fused, SearchRequest request, CancellationToken cancellationToken)
    {
        SearchResponse response;
        try
        {
            response = await _search.SearchAsync(request, cancellationToken).ConfigureAwait(false);
        }
        catch (SearchQueryException)
        {
            return;
        }
        for (var i = 0; i < response.Hits.Count; i++)
        {
            // Reciprocal rank (k = 60, as the search service fuses): a clause found by both searches adds up.
            fused[response.Hits[i].ClauseId] = fused.GetValueOrDefault(response.Hits[i].ClauseId) + 1.0 / (60 + i + 1);
        }
    }

    /// <summary>A letter sent to a place asked speaks of that place's matter (<see cref="AddressedPlaces"/>).</summary>
    private bool Addressed(QuestionAnalysis question, DocumentProfile document, KnowledgeSnapshot knowledge) =>
        AddressedPlaces.AddressedTo(document, question.Places, knowledge, _store.GetClauses);

    /// <summary>
    /// A question naming places is answered only from documents of those places, or from a clause naming them all of a
    /// document of no place of its own (<see cref="NamedByNationalClause"/>).
    /// </summary>
    private static bool MatchesPlace(QuestionAnalysis question, RetrievedClause candidate) =>
        question.Places.Count == 0 || candidate.Document.Places.Overlaps(question.Places) || NamedByNationalClause(question, candidate);

    /// <summary>
    /// True when <paramref name="candidate"/>'s document is issued by a body of no place (a ministry, the Government; their
    /// documents are dated in Hà Nội but are not Hà Nội's) and the clause names every place asked and no other: "chi trả gộp … cho bốn
    /// tỉnh Đắk Lắk, Gia Lai, Khánh Hòa, Lâm Đồng", "UBND thành phố Đà Nẵng rà soát, báo cáo …" speak of those places though
    /// no document of theirs is stored.
    /// </summary>
    internal static bool NamedByNationalClause(QuestionAnalysis question, RetrievedClause candidate)
    {
        if (question.Places.Count == 0 || candidate.Document.Document.Metadata.Issuer is not { Length: > 0 } issuer || PlaceNames.OfDocument(issuer).Count > 0) return false;
        var text = $"{candidate.Clause.Heading} {candidate.Clause.Text}";
        if (!question.Places.All(place => PlaceNames.Find(text, [place]).Count > 0)) return false;
        // A clause surveying many provinces ("mưa lũ tại Gia Lai, Đắk Lắk, Khánh Hòa, Lâm Đồng …") states nothing of one of
        // them alone: every province it names must be one asked.
        return PlaceNames.OfDocument(text).All(question.Places.Contains);
    }

    /// <summary>
    /// A question naming a year is answered only from a clause whose own years (text, headings) or, when it prints none,
    /// whose document's years include it: "năm 2025" is not answered by a 2021 target.
    /// </summary>
    private static bool MatchesYear(QuestionAnalysis question, RetrievedClause candidate)
    {
        if (question.Years.Count == 0) return true;
        var years = candidate.ContextYears.Count > 0 ? candidate.ContextYears.Union(candidate.Document.Years).ToHashSet() : candidate.Document.Years;
        return years.Count == 0 || question.Years.Any(years.Contains);
    }

    /// <summary>Frames one stored clause (ancestors, neighbours, context keys), or null when it is not stored.</summary>
    public RetrievedClause? Frame(string clauseId, KnowledgeSnapshot knowledge) =>
        knowledge.Frames.GetOrAdd(clauseId, id => Build(id, knowledge))?.Unscored();

    private RetrievedClause? Build(string clauseId, KnowledgeSnapshot knowledge)
    {
        var cache = knowledge.Clauses;
        var clause = Get(clauseId, cache);
        if (clause is null || !knowledge.Documents.TryGetValue(clause.DocumentId, out var document)) return null;
        var ancestors = new List<Clause>();
        for (var parent = clause.ParentId is null ? null : Get(clause.ParentId, cache); parent is not null && ancestors.Count < 10;
             parent = parent.ParentId is null ? null : Get(parent.ParentId, cache))
        {
            ancestors.Insert(0, parent);
        }
        var frame = string.Join(' ', ancestors.Select(a => a.Heading));
        if (ancestors.Count > 0 && ancestors[^1].Text.Length <= 300) frame += " " + ancestors[^1].Text;
        var context = UnitSymbols.Spelled($"{clause.Heading} {clause.Text} {frame} {document.Document.Metadata.Title}");
        var keys = new HashSet<string>(SyllableKeys.Keys(context), StringComparer.Ordinal);
        keys.UnionWith(SyllableKeys.Keys(context, fold: true));
        var years = KnowledgeSnapshot.Year().Matches($"{clause.Text} {frame}").Select(y => int.Parse(y.Value, CultureInfo.InvariantCulture)).ToHashSet();
        return new RetrievedClause
        {
            Clause = clause,
            Document = document,
            Ancestors = ancestors,
            Previous = clause.PreviousId is null ? null : Get(clause.PreviousId, cache),
            Next = clause.NextId is null ? null : Get(clause.NextId, cache),
            ContextKeys = keys,
            FrameText = $"{frame} {document.Document.Metadata.Title}",
            ContextYears = years,
        };
    }

    private Clause? Get(string id, System.Collections.Concurrent.ConcurrentDictionary<string, Clause?> cache) => cache.GetOrAdd(id, _store.GetClause);
}
