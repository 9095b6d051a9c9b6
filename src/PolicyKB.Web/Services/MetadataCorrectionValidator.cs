using System.Globalization;
using System.Text.RegularExpressions;
using PolicyKB.Citations;
using PolicyKB.Corrections;
using PolicyKB.Documents;
using PolicyKB.Web.Models;

namespace PolicyKB.Web.Services;

/// <summary>
/// Checks a metadata correction and turns it into field values as stored (a number normalised, a date in ISO
/// partial form), or says in Vietnamese what to fix.
/// </summary>
public static partial class MetadataCorrectionValidator
{
    /// <summary>Longest accepted value of a short field (type, number, issuer, signer, who).</summary>
    public const int MaxShortLength = 200;

    /// <summary>Longest accepted title.</summary>
    public const int MaxTitleLength = 1000;

    /// <summary>The values to apply (field → value, null clears), or the problem to report.</summary>
    public static (IReadOnlyDictionary<string, string?> Values, string? Problem) Validate(MetadataCorrectionRequest request)
    {
        var values = new Dictionary<string, string?>(StringComparer.Ordinal);
        if (string.IsNullOrWhiteSpace(request.CorrectedBy))
        {
            return (values, "Hãy ghi người sửa (trường correctedBy, ví dụ \"Nguyễn Văn A - Văn phòng Sở\"): mỗi lần sửa được lưu lại kèm người sửa.");
        }
        if (request.CorrectedBy.Trim().Length > MaxShortLength) return (values, $"Tên người sửa dài quá {MaxShortLength} ký tự.");
        var given = new (string Field, string? Value)[]
        {
            (MetadataFields.Type, request.Type), (MetadataFields.Number, request.Number), (MetadataFields.Issuer, request.Issuer),
            (MetadataFields.IssuedOn, request.IssuedOn), (MetadataFields.Title, request.Title), (MetadataFields.Signer, request.Signer),
        };
        foreach (var (field, raw) in given.Where(g => g.Value is not null))
        {
            var label = MetadataFields.Labels[field];
            var value = Collapse(raw!);
            if (value.Length == 0)
            {
                values[field] = null;
                continue;
            }
            if (value.Length > (field == MetadataFields.Title ? MaxTitleLength : MaxShortLength) || value.Any(char.IsControl))
            {
                return (values, $"{label} dài quá {(field == MetadataFields.Title ? MaxTitleLength : MaxShortLength)} ký tự hoặc có ký tự điều khiển; hãy nhập lại.");
            }
            switch (field)
            {
                case MetadataFields.Number:
                    if (DocumentNumber.Normalize(value) is not { } number)
                    {
                        return (values, $"Số hiệu \"{value}\" không đúng dạng số hiệu văn bản; hãy nhập như \"36/KH-SYT\" hoặc \"15/2021/NĐ-CP\".");
                    }
                    values[field] = number;
                    break;
                case MetadataFields.IssuedOn:
                    if (ParseDate(value) is not { } date)
                    {
                        return (values, $"Ngày ban hành \"{value}\" không đọc được; hãy nhập dạng 29/01/2021 (hoặc 01/2021, 2021).");
                    }
                    values[field] = date.ToString();
                    break;
                default:
                    values[field] = value;
                    break;
            }
        }
        if (values.Count == 0)
        {
            return (values, "Không có trường nào để sửa; hãy gửi ít nhất một trong: type, number, issuer, issuedOn, title, signer.");
        }
        return (values, null);
    }

    /// <summary>A date typed as "29/01/2021", "01/2021", "2021" or in ISO form, within 1945–2100; null when impossible.</summary>
    public static PartialDate? ParseDate(string value)
    {
        var match = DateShape().Match(value.Trim());
        if (!match.Success) return null;
        int? Part(string name) => match.Groups[name].Success ? int.Parse(match.Groups[name].Value, CultureInfo.InvariantCulture) : null;
        var (day, month, year) = (Part("d") ?? Part("id"), Part("m") ?? Part("im"), Part("y") ?? Part("iy"));
        var date = PartialDate.FromParts(day, month, year);
        // FromParts drops an impossible day or month silently; a person typing one must be told instead.
        if (date is null || (month is not null && date.Value.Month is null) || (day is not null && date.Value.Day is null)) return null;
        return date;
    }

    private static string Collapse(string value) => string.Join(' ', value.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    [GeneratedRegex(@"^(?:(?:(?<d>\d{1,2})/)?(?:(?<m>\d{1,2})/))?(?<y>\d{4})$|^(?<iy>\d{4})(?:-(?<im>\d{2})(?:-(?<id>\d{2}))?)?$")]
    private static partial Regex DateShape();
}
