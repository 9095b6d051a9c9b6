using PolicyKB.Documents;

namespace PolicyKB.Storage;

/// <summary>A citation as stored: the public record plus its row id and its position among its document's citations.</summary>
internal sealed class StoredCitation
{
    public int Id { get; set; }
    public string DocumentId { get; set; } = "";
    public string ClauseId { get; set; } = "";
    public int Ordinal { get; set; }
    public string Raw { get; set; } = "";
    public int Start { get; set; }
    public int Length { get; set; }
    public string Key { get; set; } = "";
    public string? Type { get; set; }
    public string? Number { get; set; }
    public string? Date { get; set; }
    public string? Issuer { get; set; }
    public string? Name { get; set; }
    public bool Basis { get; set; }
    public int LineStart { get; set; }
    public string? TargetDocumentId { get; set; }

    public static StoredCitation From(Citation c, int ordinal) => new()
    {
        DocumentId = c.DocumentId, ClauseId = c.ClauseId, Ordinal = ordinal, Raw = c.Raw, Start = c.Start, Length = c.Length,
        Key = c.Key, Type = c.Type, Number = c.Number, Date = c.Date, Issuer = c.Issuer, Name = c.Name, Basis = c.Basis,
        LineStart = c.LineStart, TargetDocumentId = c.TargetDocumentId,
    };

    public Citation ToCitation() => new()
    {
        DocumentId = DocumentId, ClauseId = ClauseId, Raw = Raw, Start = Start, Length = Length, Key = Key, Type = Type,
        Number = Number, Date = Date, Issuer = Issuer, Name = Name, Basis = Basis, LineStart = LineStart, TargetDocumentId = TargetDocumentId,
    };
}
