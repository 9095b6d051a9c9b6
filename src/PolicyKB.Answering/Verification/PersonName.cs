using System.Text.RegularExpressions;
using PolicyKB.Answering.Retrieval;
using PolicyKB.Answering.Text;

namespace PolicyKB.Answering.Verification;

/// <summary>
/// Whether a sentence names a PERSON, for questions asking who (issue #11, calibrated answerability). A family name and
/// capitalised syllables (<see cref="AnswerConstraints.HasPersonalName"/>) also spell places named after people or
/// sharing a family name: "Thành phố Hồ Chí Minh", "tỉnh Hà Tĩnh", "đường Lê Lợi", "Hà Nội". A name after the word of an
/// administrative unit, street or school, or that is a known place, names no one.
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
        return false;
    }

    /// <summary>The word of a place, street or school just before a name: "Thành phố", "TP.", "tỉnh", "đường", "trường".</summary>
    [GeneratedRegex(@"(?i)\b(?:tỉnh|thành phố|tp\.?|huyện|quận|xã|phường|thị xã|thị trấn|đặc khu|đường|phố|trường|cầu|sông|cảng)\s*$")]
    private static partial Regex PlaceWord();
}
