namespace PolicyKB.Facts;

/// <summary>
/// One recognizer of the facts layer (the shape of the citation rules): it reads the document through the
/// <see cref="FactContext"/> and adds what it finds to <see cref="FactContext.Facts"/>. A rule never throws on odd
/// input: what it cannot read it leaves out or marks partial.
/// </summary>
public interface IFactRule
{
    /// <summary>Short name, for the builder and for tests.</summary>
    string Name { get; }

    /// <summary>Reads the document and adds facts.</summary>
    void Apply(FactContext context);
}
