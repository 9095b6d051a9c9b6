namespace PolicyKB.Answering.Calibration;

/// <summary>How the quoting answerer decides between quoting its best sentence and refusing.</summary>
public enum CalibrationMode
{
    /// <summary>The hand-set coverage floors (ExtractiveAnswerer.MinCoverage / PreferredCoverage) decide.</summary>
    Floors,

    /// <summary>The fitted <see cref="AnswerCalibrator"/> decides: quote when the probability of a right answer reaches its threshold.</summary>
    Calibrated,

    /// <summary>
    /// Training data collection (<c>policykb train-calibrator --collect</c>): the best candidate is always quoted and its
    /// features are kept with the answer, so that the judged answer labels them.
    /// </summary>
    Collect,
}
