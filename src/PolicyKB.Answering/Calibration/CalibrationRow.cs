using System.Globalization;

namespace PolicyKB.Answering.Calibration;

/// <summary>
/// One collected training row: the judged outcome of quoting a question's best candidate, and that candidate's
/// features (<see cref="AnswerFeatures"/>, or <see cref="FocusedFeatures"/> for the focused answerer). A line of the
/// tab-separated file <c>policykb train-calibrator --collect</c> writes.
/// </summary>
/// <param name="Half">The evaluation half ("answers-unseen-6.dev").</param>
/// <param name="Id">The question's id.</param>
/// <param name="Answerable">False for a question the documents do not answer (expectRefusal).</param>
/// <param name="Correct">True when the final answer was judged right.</param>
/// <param name="Refused">True when a later check refused the quote anyway (the calibrator's decision then changes nothing).</param>
/// <param name="Features">The candidate's features.</param>
public sealed record CalibrationRow(string Half, string Id, bool Answerable, bool Correct, bool Refused, IReadOnlyList<double> Features)
{
    private static readonly string[] Leading = ["half", "id", "answerable", "correct", "refused"];

    /// <summary>
    /// The judged outcome when the decision declines the quote, where declining is not a plain refusal: the focused
    /// answerer then answers as its coverage floor does (an above-floor sentence, its refusal, or the quoting answerer for
    /// a document named by title). Null for the quoting answerer, whose declining refuses.
    /// </summary>
    public bool? Declined { get; init; }

    /// <summary>The header line of the quoting answerer's file.</summary>
    public static string Header => HeaderOf(AnswerFeatures.Names, declined: false);

    /// <summary>The header line of a file of <paramref name="names"/> features, with the <see cref="Declined"/> column when <paramref name="declined"/>.</summary>
    public static string HeaderOf(IReadOnlyList<string> names, bool declined) =>
        string.Join('\t', Leading.Concat(declined ? ["declined"] : []).Concat(names));

    /// <summary>
    /// The fitting label: 1 when quoting gave a right answer to an answerable question, 0 for a wrong quote or a quote
    /// to an unanswerable question (a refusal is better for the user than a wrong quote). With <see cref="Declined"/>
    /// known, 1 whenever the answer given with the quote was judged right (a later check's refusal included).
    /// </summary>
    public int Label => (Declined is null ? Answerable && Correct : Correct) ? 1 : 0;

    /// <summary>1 when declining the quote is judged right: the <see cref="Declined"/> outcome, or a refusal of an unanswerable question.</summary>
    public int DeclinedLabel => (Declined ?? !Answerable) ? 1 : 0;

    /// <summary>
    /// True for a wrong quote to an answerable question: refusing it instead is judged as wrong, so the evaluation
    /// measure gains nothing either way (the fit may leave such rows out).
    /// </summary>
    public bool Indifferent => Declined is null ? Answerable && !Correct : Label == DeclinedLabel;

    /// <summary>The row as a tab-separated line.</summary>
    public string Format() => string.Join('\t', new[] { Half, Id, Flag(Answerable), Flag(Correct), Flag(Refused) }
        .Concat(Declined is { } declined ? [Flag(declined)] : [])
        .Concat(Features.Select(f => f.ToString("R", CultureInfo.InvariantCulture))));

    /// <summary>Reads a line of the quoting answerer's file written by <see cref="Format"/>.</summary>
    public static CalibrationRow Parse(string line) => Parse(line, AnswerFeatures.Names.Count, declined: false);

    /// <summary>
    /// Reads a line written by <see cref="Format"/> of <paramref name="features"/> features, with the <see cref="Declined"/>
    /// column when <paramref name="declined"/>; throws <see cref="InvalidDataException"/> when the column count differs.
    /// </summary>
    public static CalibrationRow Parse(string line, int features, bool declined)
    {
        var cells = line.Split('\t');
        var leading = Leading.Length + (declined ? 1 : 0);
        if (cells.Length != leading + features) throw new InvalidDataException($"Dòng dữ liệu hiệu chỉnh có {cells.Length} cột, cần {leading + features}.");
        return new CalibrationRow(cells[0], cells[1], cells[2] == "1", cells[3] == "1", cells[4] == "1",
            cells.Skip(leading).Select(c => double.Parse(c, CultureInfo.InvariantCulture)).ToList())
        {
            Declined = declined ? cells[5] == "1" : null,
        };
    }

    /// <summary>Reads a collected file of the quoting answerer, skipping its header.</summary>
    public static List<CalibrationRow> Read(string path) => Read(path, AnswerFeatures.Names);

    /// <summary>
    /// Reads a collected file of <paramref name="names"/> features, skipping its header, which tells whether the file has
    /// the <see cref="Declined"/> column; throws <see cref="InvalidDataException"/> when its header names other features.
    /// </summary>
    public static List<CalibrationRow> Read(string path, IReadOnlyList<string> names)
    {
        var header = File.ReadLines(path).FirstOrDefault() ?? "";
        var declined = header == HeaderOf(names, declined: true);
        if (!declined && header != HeaderOf(names, declined: false)) throw new InvalidDataException($"Tệp {path} không có tiêu đề của bộ đặc trưng này.");
        return File.ReadLines(path).Skip(1).Where(l => l.Length > 0).Select(l => Parse(l, names.Count, declined)).ToList();
    }

    private static string Flag(bool value) => value ? "1" : "0";
}
