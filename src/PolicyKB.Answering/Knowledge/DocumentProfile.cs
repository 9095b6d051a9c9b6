using PolicyKB.Documents;

namespace PolicyKB.Answering.Knowledge;

/// <summary>What the answering service needs to know about a stored document: its places, years and how to name it.</summary>
public sealed class DocumentProfile
{
    /// <summary>The stored document.</summary>
    public required PolicyDocument Document { get; init; }

    /// <summary>Folded keys of the places it belongs to ("ha tinh", "son duong").</summary>
    public required IReadOnlySet<string> Places { get; init; }

    /// <summary>Years it is about: its issue year, the years in its title, else the latest year in its preamble.</summary>
    public required IReadOnlySet<int> Years { get; init; }

    /// <summary>Exact syllable keys of its type, title and issuer, for finding the document a question names.</summary>
    public required IReadOnlySet<string> NameKeys { get; init; }

    /// <summary>Document id.</summary>
    public string Id => Document.Id;

    /// <summary>"Kế hoạch 36/KH-SYT của Sở Y tế tỉnh Hà Giang" or "Kế hoạch (không số) của UBND tỉnh Hà Tĩnh".</summary>
    public string DisplayName
    {
        get
        {
            var m = Document.Metadata;
            var name = (m.Type ?? "Văn bản") + (m.Number is { } number ? " " + number : " (không số)");
            if (m.Issuer is { } issuer) name += " của " + issuer;
            if (m.IssuedOn is { } date) name += date.Day is { } d ? $" ngày {d:D2}/{date.Month:D2}/{date.Year}" : date.Month is { } mo ? $" tháng {mo:D2}/{date.Year}" : $" năm {date.Year}";
            return name;
        }
    }

    /// <summary>The title, or the source file name when the title is unknown.</summary>
    public string Title => Document.Metadata.Title ?? Document.Source;
}
