namespace PolicyKB.Text;

/// <summary>What follows the space that may stand for a lost glyph.</summary>
internal enum GapShape
{
    /// <summary>Nothing unusual (a letter, the end of the line after a trailing space).</summary>
    Ordinary,

    /// <summary>Another space: a lost glyph turns "trẻ em" into "tr  em".</summary>
    DoubleSpace,

    /// <summary>Closing punctuation: a lost glyph turns "mẹ," into "m ,".</summary>
    SpaceBeforePunctuation,
}
