namespace PolicyKB.Ingestion;

/// <summary>What the pipeline does after a step (failures are thrown as <see cref="IngestionException"/>).</summary>
public enum StepOutcome
{
    /// <summary>Go on with the next step.</summary>
    Continue,
    /// <summary>Nothing left to do for this file (its content is already stored unchanged).</summary>
    Stop,
}
