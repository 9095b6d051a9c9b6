namespace PolicyKB.Search.Vectors;

/// <summary>A clause vector as stored, with the identity of the model that made it and the document version it was made from.</summary>
public sealed class VectorRecord
{
    /// <summary>Clause id (the record id).</summary>
    public string Id { get; set; } = "";

    /// <summary>Document id.</summary>
    public string DocumentId { get; set; } = "";

    /// <summary>Content hash of the document version embedded.</summary>
    public string ContentHash { get; set; } = "";

    /// <summary>Model identity.</summary>
    public string ModelId { get; set; } = "";

    /// <summary>Clause kind, lowercase.</summary>
    public string Kind { get; set; } = "";

    /// <summary>The vector as little-endian float32 bytes.</summary>
    public byte[] Vector { get; set; } = [];
}
