using System.Text.RegularExpressions;
using PolicyKB.Answering.Retrieval;
using PolicyKB.Answering.Text;

namespace PolicyKB.Answering.Verification;

/// <summary>
/// Whether a sentence names a PERSON, for questions asking who (issue #11, calibrated answerability). A family name and
/// capitalised syllables (<see cref="AnswerConstraints.HasPersonalName"/>) also spell places named after people or
/// sharing a family name: "Thành phố Hồ Chí Minh", "tỉnh Hà Tĩnh", "đường Lê Lợi", "Hà Nội". A name after the word of an
/// administrative unit, street or school, or that is a known place, names no one. A title ("đồng chí", "ông", "Chủ
/// tịch") before capitalised syllables names a person whatever the family name, unless they name a body.
/// </summary>
public static partial class PersonName
{
    /// <summary>
    /// True when <paramref name="sentence"/> names a person: a personal name neither after a place word nor one of
    /// <paramref name="places"/> (folded place keys).
    /// </summary>
    public static bool Holds(string sentence, IEnumerable<string> places)
    {
        var known = places as IReadOnlyCollection<string> ?? places.ToList();
        foreach (Match name in AnswerConstraints.PersonalNames(sentence))
        {
            if (PlaceWord().IsMatch(sentence[..name.Index])) continue;
            if (PlaceNames.Find(name.Value, known).Any(p => p.Start == 1)) continue;
            return true;
        }
        // A title before capitalised syllables names a person whatever the family name ("đồng chí Hầu A Lềnh").
        foreach (Match titled in Titled().Matches(sentence))
        {
            var name = titled.Groups["name"];
            if (Organisation().IsMatch(name.Value) || PlaceNames.Find(name.Value, known).Any(p => p.Start == 1)) continue;
            return true;
        }
        return false;
    }

    /// <summary>A title or position, then two to five capitalised syllables: "đồng chí Hầu A Lềnh", "Chủ tịch Y Thanh Hà Niê Kđăm".</summary>
    [GeneratedRegex(@"(?:\b[Đđ]ồng chí|\b[Ôô]ng|\b[Bb]à|\b[Tt]ướng|\b[Đđ]ại tá|\bGS\.|\bPGS\.|\bTS\.|\bThS\.|\b[Cc]hủ tịch|\b[Bb]í thư|\b[Bb]ộ trưởng|\b[Tt]hứ trưởng|\b[Tt]hủ tướng|\b[Gg]iám đốc|\b[Tt]rưởng ban|\b[Cc]hủ nhiệm)\s+(?<name>\p{Lu}\p{Ll}*(?:\s+\p{Lu}\p{Ll}*){1,4})\b")]
    private static partial Regex Titled();

    /// <summary>The first word of a body's name, which a title is followed by as often as by a person ("Chủ tịch Ủy ban", "Bộ trưởng Bộ Tài chính").</summary>
    [GeneratedRegex(@"^(?:Bộ|Sở|Ủy|Uỷ|Ban|Cục|Tổng|Văn|Tỉnh|Thành|Hội|Đảng|Chính|Quốc|Nhà|Ngân|Công|Tập|Trung|Viện|Trường|Học|Đại|Hợp|Liên|Mặt|Đoàn|Kho|Chi|Phòng|Vụ|Thanh|Kiểm|Thường|Nhân|Hội đồng|Xã|Phường|Huyện|Quận)\b")]
    private static partial Regex Organisation();

    /// <summary>The word of a place, street or school just before a name: "Thành phố", "TP.", "tỉnh", "đường", "trường".</summary>
    [GeneratedRegex(@"(?i)\b(?:tỉnh|thành phố|tp\.?|huyện|quận|xã|phường|thị xã|thị trấn|đặc khu|đường|phố|trường|cầu|sông|cảng)\s*$")]
    private static partial Regex PlaceWord();
}
