using PolicyKB.Documents;

namespace PolicyKB.Parsing.Rules;

/// <summary>
/// Bulleted items: "-", "+", "*", "•", "▪", "◦". A dash followed by a lowercase word is weak: a hard wrap in
/// "kinh tế" / "- xã hội" must not open a bullet.
/// </summary>
public sealed class BulletRule : IHeadingRule
{
    /// <inheritdoc />
    public IReadOnlyList<char> OpeningCharacters { get; } = ['-', '+', '*', '•', '·', '▪', '◦', '●', '○', '■', '–', '—', '\uF0A7', '\uF0B7'];

    /// <inheritdoc />
    public HeadingMatch? TryMatch(string line)
    {
        if (line.Length < 2) return null;
        var bullet = line[0];
        var rest = line[1..].Trim();
        // Separator lines ("-----") and signs ("-5%") are not bullets.
        if (rest.Length == 0 || rest.All(c => c == bullet || c is '-' or '_' or '=')) return null;
        if (bullet is '-' or '+' && char.IsDigit(rest[0]) && line[1] != ' ') return null;
        var style = bullet switch
        {
            '-' or '–' or '—' => HeadingStyle.Dash,
            '+' => HeadingStyle.Plus,
            _ => HeadingStyle.Star,
        };
        return new HeadingMatch(style, ClauseKind.Bullet, "-", bullet.ToString(), rest, LabelText.StartsLowercase(rest));
    }
}
