using PolicyKB.Answering.Knowledge;
using PolicyKB.Answering.Text;

namespace PolicyKB.Answering.Conversations;

/// <summary>
/// The province a subject swap must keep. A follow-up that changes the subject ("còn quyết định về thiết bị trường
/// học?") does not change the province the previous question named with the old subject.
/// </summary>
public sealed partial class FollowUpRewriter
{
    /// <summary>
    /// <paramref name="swapped"/> with the place of <paramref name="previous"/> kept when the subject swap took it out
    /// ("Quyết định 08/2021 của Phú Thọ về máy móc …" then "còn quyết định về máy móc trong trường học?" still asks about
    /// Phú Thọ): the follow-up changed the subject, not the province.
    /// </summary>
    private static string KeepPlace(string swapped, string previous, KnowledgeSnapshot knowledge)
    {
        var before = PlaceNames.Find(previous, knowledge.PlaceKeys).Select(p => p.Key).ToList();
        if (before.Count == 0 || PlaceNames.Find(swapped, knowledge.PlaceKeys).Any()) return swapped;
        var surface = PlaceSpan.Surface(previous, before[0]) ?? before[0];
        return swapped.TrimEnd('?', ' ', '.') + " ở " + surface + "?";
    }
}
