using System.Text.RegularExpressions;

namespace PolicyKB.Answering.Conversations;

/// <summary>What a client may use as a session id, whatever store keeps the conversations.</summary>
public static partial class SessionIds
{
    /// <summary>True when <paramref name="sessionId"/> is acceptable: 1–100 letters, digits, '-' or '_'.</summary>
    public static bool IsValid(string? sessionId) => sessionId is not null && Pattern().IsMatch(sessionId);

    [GeneratedRegex(@"^[A-Za-z0-9_\-]{1,100}$")]
    private static partial Regex Pattern();
}
