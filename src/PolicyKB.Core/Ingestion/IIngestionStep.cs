namespace PolicyKB.Ingestion;

/// <summary>
/// One named step of ingestion (the shape of Kernel Memory's pipeline handlers). Steps are small, run in a
/// fixed order, read and write the shared <see cref="IngestionContext"/>, and are safe to run again.
/// </summary>
public interface IIngestionStep
{
    /// <summary>Short step name used in progress and error messages ("decode", "repair", …).</summary>
    string Name { get; }

    /// <summary>Runs the step. Throws <see cref="IngestionException"/> (or a decoder's exception) when the file cannot go on.</summary>
    StepOutcome Execute(IngestionContext context);
}
