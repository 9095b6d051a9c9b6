using System.Globalization;
using System.Text;
using DocumentFormat.OpenXml.Wordprocessing;

namespace PolicyKB.Decoding;

/// <summary>
/// Renders Word automatic numbering (numbering.xml) into labels such as "1.", "1.2.", "a)", "II.",
/// keeping one set of counters per numId and level, as Word shows them on screen. Clause numbers of
/// administrative documents (Nghị định 30/2020/NĐ-CP, Phụ lục I) often exist only as automatic numbering.
/// </summary>
internal sealed class WordNumbering
{
    private const int Levels = 9;

    private readonly Dictionary<int, NumberingInstance> _instances = [];
    private readonly Dictionary<int, AbstractNum> _abstracts = [];
    private readonly Dictionary<int, int[]> _counters = [];
    private readonly Dictionary<int, bool[]> _started = [];

    /// <summary>Indexes the numbering part (which may be missing).</summary>
    public WordNumbering(Numbering? numbering)
    {
        if (numbering is null) return;
        foreach (var item in numbering.Elements<AbstractNum>())
        {
            if (item.AbstractNumberId?.Value is { } id) _abstracts.TryAdd(id, item);
        }
        foreach (var item in numbering.Elements<NumberingInstance>())
        {
            if (item.NumberID?.Value is { } id) _instances.TryAdd(id, item);
        }
    }

    /// <summary>
    /// Advances the counter of (<paramref name="numId"/>, <paramref name="level"/>) and returns the rendered
    /// label, "-" for bullets, or null when the paragraph is not numbered.
    /// </summary>
    public string? Next(int numId, int level, string? styleId)
    {
        if (numId == 0 || !_instances.TryGetValue(numId, out var instance)) return null;
        if (level < 0) level = StyleLevel(instance, styleId);
        if (level is < 0 or >= Levels) level = 0;
        var definition = Level(instance, level);
        if (definition is null) return null;

        var counters = Counters(numId, out var started);
        counters[level] = started[level] ? counters[level] + 1 : Start(instance, level);
        started[level] = true;
        for (var deeper = level + 1; deeper < Levels; deeper++) started[deeper] = false;

        var format = definition.NumberingFormat?.Val?.Value;
        if (format == NumberFormatValues.Bullet) return "-";
        if (format == NumberFormatValues.None) return null;
        var label = Render(instance, definition, counters, started).Trim();
        return label.Length == 0 ? null : label;
    }

    private string Render(NumberingInstance instance, Level definition, int[] counters, bool[] started)
    {
        var pattern = definition.LevelText?.Val?.Value ?? "%" + ((definition.LevelIndex?.Value ?? 0) + 1) + ".";
        var legal = WordStyles.IsOn(definition.IsLegalNumberingStyle) == true;
        var text = new StringBuilder(pattern.Length + 8);
        for (var i = 0; i < pattern.Length; i++)
        {
            if (pattern[i] == '%' && i + 1 < pattern.Length && pattern[i + 1] is >= '1' and <= '9')
            {
                var referenced = pattern[i + 1] - '1';
                var value = started[referenced] ? counters[referenced] : Start(instance, referenced);
                var format = legal ? NumberFormatValues.Decimal : Level(instance, referenced)?.NumberingFormat?.Val?.Value;
                text.Append(Format(value, format));
                i++;
            }
            else
            {
                text.Append(pattern[i]);
            }
        }
        return text.ToString();
    }

    /// <summary>Formats one counter; unknown formats fall back to decimal.</summary>
    internal static string Format(int value, NumberFormatValues? format)
    {
        if (format == NumberFormatValues.LowerLetter) return Letters(value, 'a');
        if (format == NumberFormatValues.UpperLetter) return Letters(value, 'A');
        if (format == NumberFormatValues.LowerRoman) return Roman(value).ToLowerInvariant();
        if (format == NumberFormatValues.UpperRoman) return Roman(value);
        if (format == NumberFormatValues.DecimalZero) return value.ToString("00", CultureInfo.InvariantCulture);
        if (format == NumberFormatValues.Bullet) return "-";
        return value.ToString(CultureInfo.InvariantCulture);
    }

    /// <summary>Word's letter numbering: a…z, then aa, bb… (the letter repeated).</summary>
    private static string Letters(int value, char first) =>
        value <= 0 ? value.ToString(CultureInfo.InvariantCulture)
            : new string((char)(first + (value - 1) % 26), Math.Min(1 + (value - 1) / 26, 64));

    private static string Roman(int value)
    {
        if (value is <= 0 or >= 4000) return value.ToString(CultureInfo.InvariantCulture);
        ReadOnlySpan<int> numbers = [1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1];
        string[] symbols = ["M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV", "I"];
        var text = new StringBuilder();
        for (var i = 0; i < numbers.Length; i++)
        {
            while (value >= numbers[i]) { text.Append(symbols[i]); value -= numbers[i]; }
        }
        return text.ToString();
    }

    private int[] Counters(int numId, out bool[] started)
    {
        if (!_counters.TryGetValue(numId, out var counters))
        {
            _counters[numId] = counters = new int[Levels];
            _started[numId] = new bool[Levels];
        }
        started = _started[numId];
        return counters;
    }

    /// <summary>The level definition: a level override of the instance first, then the abstract numbering.</summary>
    private Level? Level(NumberingInstance instance, int level)
    {
        foreach (var levelOverride in instance.Elements<LevelOverride>())
        {
            if (levelOverride.LevelIndex?.Value == level && levelOverride.Level is { } overridden) return overridden;
        }
        return Abstract(instance)?.Elements<Level>().FirstOrDefault(l => (l.LevelIndex?.Value ?? 0) == level);
    }

    /// <summary>Start value: w:startOverride, else w:start, else 1 (what Word shows for a missing start).</summary>
    private int Start(NumberingInstance instance, int level)
    {
        foreach (var levelOverride in instance.Elements<LevelOverride>())
        {
            if (levelOverride.LevelIndex?.Value == level && levelOverride.StartOverrideNumberingValue?.Val?.Value is { } start)
            {
                return start;
            }
        }
        return Level(instance, level)?.StartNumberingValue?.Val?.Value ?? 1;
    }

    /// <summary>Level of a paragraph numbered through its style: the level whose w:pStyle names that style.</summary>
    private int StyleLevel(NumberingInstance instance, string? styleId)
    {
        var level = Abstract(instance)?.Elements<Level>()
            .FirstOrDefault(l => styleId is not null && l.ParagraphStyleIdInLevel?.Val?.Value == styleId);
        return level?.LevelIndex?.Value ?? 0;
    }

    private AbstractNum? Abstract(NumberingInstance instance) =>
        instance.AbstractNumId?.Val?.Value is { } id && _abstracts.TryGetValue(id, out var item) ? item : null;
}
