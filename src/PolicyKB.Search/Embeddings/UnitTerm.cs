namespace PolicyKB.Search.Embeddings;

/// <summary>One vocabulary unit's share of a text's SIF sum: <see cref="Weight"/> · the unit's vector.</summary>
/// <param name="Unit">Unit id.</param>
/// <param name="Weight">Its weight in the sum.</param>
internal readonly record struct UnitTerm(int Unit, float Weight);
