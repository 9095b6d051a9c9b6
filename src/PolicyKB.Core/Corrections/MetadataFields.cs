using PolicyKB.Documents;

namespace PolicyKB.Corrections;

/// <summary>
/// The metadata fields a person may correct, each read and written as text (an issue date in its ISO partial form,
/// "2021-01-29", "2021-01" or "2021"), with its Vietnamese label.
/// </summary>
public static class MetadataFields
{
    /// <summary>Loại văn bản.</summary>
    public const string Type = "type";

    /// <summary>Số hiệu.</summary>
    public const string Number = "number";

    /// <summary>Cơ quan ban hành.</summary>
    public const string Issuer = "issuer";

    /// <summary>Ngày ban hành.</summary>
    public const string IssuedOn = "issuedOn";

    /// <summary>Trích yếu.</summary>
    public const string Title = "title";

    /// <summary>Người ký.</summary>
    public const string Signer = "signer";

    /// <summary>Every correctable field with its Vietnamese label, in form order.</summary>
    public static readonly IReadOnlyDictionary<string, string> Labels = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        [Type] = "Loại văn bản",
        [Number] = "Số hiệu",
        [Issuer] = "Cơ quan ban hành",
        [IssuedOn] = "Ngày ban hành",
        [Title] = "Trích yếu",
        [Signer] = "Người ký",
    };

    /// <summary>The field's current value as text, null when empty.</summary>
    public static string? Get(DocumentMetadata metadata, string field) => field switch
    {
        Type => metadata.Type,
        Number => metadata.Number,
        Issuer => metadata.Issuer,
        IssuedOn => metadata.IssuedOn?.ToString(),
        Title => metadata.Title,
        Signer => metadata.Signer,
        _ => throw new ArgumentOutOfRangeException(nameof(field), field, "trường không sửa được"),
    };

    /// <summary>Sets the field from text (already validated); null clears it.</summary>
    public static void Set(DocumentMetadata metadata, string field, string? value)
    {
        switch (field)
        {
            case Type: metadata.Type = value; break;
            case Number: metadata.Number = value; break;
            case Issuer: metadata.Issuer = value; break;
            case IssuedOn: metadata.IssuedOn = PartialDate.ParseIso(value); break;
            case Title: metadata.Title = value; break;
            case Signer: metadata.Signer = value; break;
            default: throw new ArgumentOutOfRangeException(nameof(field), field, "trường không sửa được");
        }
    }

    /// <summary>
    /// Applies the latest correction of each field to <paramref name="metadata"/> (corrections in the order made);
    /// the number of fields changed.
    /// </summary>
    public static int ApplyLatest(DocumentMetadata metadata, IEnumerable<MetadataCorrection> corrections)
    {
        var changed = 0;
        foreach (var latest in corrections.Where(c => Labels.ContainsKey(c.Field)).GroupBy(c => c.Field).Select(g => g.Last()))
        {
            if (Get(metadata, latest.Field) == latest.NewValue) continue;
            Set(metadata, latest.Field, latest.NewValue);
            changed++;
        }
        return changed;
    }
}
