namespace PolicyKB.Tests.Metadata;

/// <summary>Per-field agreement counts with the misses kept for the report.</summary>
internal sealed class FieldScore(string name)
{
    public string Name { get; } = name;
    public int Compared { get; private set; }
    public int Agreed { get; private set; }
    public List<string> Misses { get; } = [];
    public double Rate => Compared == 0 ? 1 : (double)Agreed / Compared;

    public void Add(bool agreed, string file, string? expected, string? actual)
    {
        Compared++;
        if (agreed) Agreed++;
        else Misses.Add($"{file}: expected «{expected}», got «{actual}»");
    }

    public override string ToString() => $"{Name}: {Agreed}/{Compared} ({Rate:P0})";
}
