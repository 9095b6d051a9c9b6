namespace PolicyKB.Search;

/// <summary>A query that cannot be run as asked; the message tells the user what to change, in Vietnamese.</summary>
public sealed class SearchQueryException(string message) : Exception(message);
