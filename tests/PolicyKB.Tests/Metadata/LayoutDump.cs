using System.Text;
using PolicyKB.Metadata;

namespace PolicyKB.Tests.Metadata;

/// <summary>Writes a layout as the plain "field: value" dump the spec examples expect; empty fields are left out.</summary>
internal static class LayoutDump
{
    public static string Metadata(DocumentLayout layout)
    {
        var m = layout.Metadata;
        var sb = new StringBuilder();
        void Field(string name, string? value)
        {
            if (!string.IsNullOrEmpty(value)) sb.Append(name).Append(": ").Append(value).Append('\n');
        }
        Field("type", m.Type);
        Field("number", m.Number);
        Field("issuer", m.Issuer);
        Field("place", m.Place);
        Field("date", m.IssuedOn?.ToString());
        Field("title", m.Title);
        Field("signer", m.Signer);
        Field("position", m.SignerPosition);
        foreach (var r in m.Recipients) Field("recipient", r);
        foreach (var b in m.LegalBasis) Field("basis", b);
        return sb.ToString().TrimEnd('\n');
    }

    public static string Regions(DocumentLayout layout) => string.Join('\n', layout.Regions.Select(Region));

    public static string Region(LayoutRegion r)
    {
        var sb = new StringBuilder($"{r.Kind} {r.Start}-{r.End}");
        if (r.Type is not null) sb.Append(" type=").Append(r.Type);
        if (r.Number is not null) sb.Append(" number=").Append(r.Number);
        if (r.Title is not null) sb.Append(" title=").Append(r.Title);
        return sb.ToString();
    }
}
