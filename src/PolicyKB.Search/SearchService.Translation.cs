using PolicyKB.Search.Keyword;
using PolicyKB.Search.Translation;

namespace PolicyKB.Search;

/// <summary>The translated-query list of hybrid search: the query said in formal words by a learnt translation table.</summary>
public sealed partial class SearchService
{
    /// <summary>The translation table hybrid search widens queries with, when loaded and enabled (<see cref="ConfigureTranslation"/>).</summary>
    public TranslationTable? Translation { get; private set; }

    /// <summary>The settings of the translated-query list (weights, words per query).</summary>
    public TranslationOptions TranslationSettings { get; private set; } = new();

    /// <summary>
    /// Loads the table named by <paramref name="options"/> when the list is enabled (paths from
    /// <see cref="PolicyKbPaths.Resolve"/>); switched off or without the file, hybrid search fuses the three lists as
    /// before. Returns the table in use, or null.
    /// </summary>
    public TranslationTable? ConfigureTranslation(TranslationOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        TranslationSettings = options;
        Translation = options.Enabled && options.ListWeight > 0 ? TranslationTable.Load(PolicyKbPaths.Resolve(options.TablePath)) : null;
        return Translation;
    }

    /// <summary>Keyword candidates of the query widened with its translation; none when no table is in use or nothing translates.</summary>
    private List<string> TranslatedCandidates(SearchRequest request, QueryTerms terms)
    {
        if (Translation is null) return [];
        var translation = Translation.Expand(request.Query, TranslationSettings.MaxWords);
        var own = TranslationSettings.KeepQuery ? _queryBuilder.Build(terms) : null;
        if (TranslationSettings.KeepQuery && own is null) return [];
        if (TranslatedQueryBuilder.Build(own, translation, TranslationSettings.WordBoost) is not { } wide) return [];
        return _keyword.Search(wide, request.Filters, CandidatePool).Select(h => h.ClauseId).ToList();
    }
}
