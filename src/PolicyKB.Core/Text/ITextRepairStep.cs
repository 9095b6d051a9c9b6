namespace PolicyKB.Text;

/// <summary>
/// One small, named repair applied to every line of a decoded document, in the order the
/// <see cref="TextRepairer"/> lists them. A step may change or blank lines through the
/// <see cref="RepairContext"/> but can never merge, split or reorder them, so every line keeps its number.
/// </summary>
public interface ITextRepairStep
{
    /// <summary>Short kebab-case name used in notes and counters ("characters", "glyph-gaps").</summary>
    string Name { get; }

    /// <summary>Applies the repair. Must not throw on any input.</summary>
    void Apply(RepairContext context);
}
