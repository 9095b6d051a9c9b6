namespace PolicyKB.Search;

/// <summary>A query to try instead when nothing matched.</summary>
/// <param name="Kind">"no-diacritics", "abbreviation" or "no-filters".</param>
/// <param name="Query">The query to run.</param>
/// <param name="Label">What to show the user, in Vietnamese.</param>
/// <param name="Matches">How many clauses it really matches.</param>
public sealed record SearchSuggestion(string Kind, string Query, string Label, int Matches);
