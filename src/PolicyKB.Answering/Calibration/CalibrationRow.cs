using System.Globalization;

namespace PolicyKB.Answering.Calibration;

/// <summary>
/// One collected training row: the judged outcome of quoting a question's best candidate, and that candidate's
/// <see cref="AnswerFeatures"/>. A line of the tab-separated file <c>policykb train-calibrator --collect</c> writes.
/// </summary>
/// <param name="Half">The evaluation half ("answers-unseen-6.dev").</param>
/// <param name="Id">The question's id.</param>
/// <param name="Answerable">False for a question the documents do not answer (expectRefusal).</param>
/// <param name="Correct">True when the final answer was judged right.</param>
/// <param name="Refused">True when a later check refused the quote anyway (the calibrator's decision then changes nothing).</param>
/// <param name="Features">The candidate's features.</param>
public sealed record CalibrationRow(string Half, string Id, bool Answerable, bool Correct, bool Refused, IReadOnlyList<double> Features)
{
    /// <summary>The header line of the file.</summary>
    public static string Header => string.Join('\t', new[] { "half", "id", "answerable", "correct", "refused" }.Concat(AnswerFeatures.Names));

    /// <summary>
    /// The fitting label: 1 when quoting gave a right answer to an answerable question, 0 for a wrong quote or a quote
    /// to an unanswerable question (a refusal is better for the user than a wrong quote).
    /// </summary>
    public int Label => Answerable && Correct ? 1 : 0;

    /// <summary>
    /// True for a wrong quote to an answerable question: refusing it instead is judged as wrong, so the evaluation
    /// measure gains nothing either way (the fit may leave such rows out).
    /// </summary>
    public bool Indifferent => Answerable && !Correct;

    /// <summary>The row as a tab-separated line.</summary>
    public string Format() => string.Join('\t', new[] { Half, Id, Flag(Answerable), Flag(Correct), Flag(Refused) }
        .Concat(Features.Select(f => f.ToString("R", CultureInfo.InvariantCulture))));

    /// <summary>Reads a line written by <see cref="Format"/>; throws <see cref="InvalidDataException"/> when the column count differs.</summary>
    public static CalibrationRow Parse(string line)
    {
        var cells = line.Split('\t');
        if (cells.Length != 5 + AnswerFeatures.Names.Count) throw new InvalidDataException($"Dòng dữ liệu hiệu chỉnh có {cells.Length} cột, cần {5 + AnswerFeatures.Names.Count}.");
        return new CalibrationRow(cells[0], cells[1], cells[2] == "1", cells[3] == "1", cells[4] == "1",
            cells.Skip(5).Select(c => double.Parse(c, CultureInfo.InvariantCulture)).ToList());
    }

    /// <summary>Reads a collected file, skipping its header.</summary>
    public static List<CalibrationRow> Read(string path) =>
        File.ReadLines(path).Where(l => l.Length > 0 && !l.StartsWith("half\t", StringComparison.Ordinal)).Select(Parse).ToList();

    private static string Flag(bool value) => value ? "1" : "0";
}
