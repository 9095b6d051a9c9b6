using System.Diagnostics;

namespace PolicyKB.Decoding;

/// <summary>
/// What one file has spent of its <see cref="DecodingLimits"/> so far: decoders report every line (or character
/// run) as they produce it and check the clock between stages, and the first limit crossed throws a
/// <see cref="DecodingException"/> naming it. One budget per decode call; not thread-safe.
/// </summary>
internal sealed class DecodingBudget
{
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private long _characters;
    private int _lines;

    /// <summary>Starts the budget (and its clock) for one file.</summary>
    public DecodingBudget(DecodingLimits limits, string fileName)
    {
        Limits = limits;
        FileName = fileName;
    }

    /// <summary>The limits being enforced.</summary>
    public DecodingLimits Limits { get; }

    /// <summary>The file, for the exception.</summary>
    public string FileName { get; }

    /// <summary>
    /// The first limit a library callback crossed, for stages that run inside a library which may swallow
    /// exceptions (PdfPig's lenient parsing): the decoder rethrows it once the library returns.
    /// </summary>
    public DecodingException? Exceeded { get; private set; }

    /// <summary>Counts one output line: the line, character, line-length and word-length limits.</summary>
    public void AddLine(ReadOnlySpan<char> text)
    {
        if (++_lines > Limits.MaxLines)
        {
            Refuse($"tệp có quá nhiều dòng (hơn {DecodingLimits.Format(Limits.MaxLines)} dòng); hãy tách thành nhiều tệp nhỏ hơn");
        }
        AddCharacters(text.Length);
        CheckLineLength(text.Length, _lines);
        CheckWords(text, _lines);
    }

    /// <summary>Refuses line <paramref name="line"/> once its text (perhaps still being assembled) is longer than a line may be.</summary>
    public void CheckLineLength(int length, int line)
    {
        if (length > Limits.MaxLineCharacters)
        {
            Refuse($"dòng {line} dài quá {DecodingLimits.Format(Limits.MaxLineCharacters)} ký tự, không giống văn bản thường");
        }
    }

    /// <summary>Counts characters produced before they are split into lines (text being assembled).</summary>
    public void AddCharacters(long count)
    {
        _characters += count;
        if (_characters > Limits.MaxCharacters) Refuse(TooManyCharacters(Limits.MaxCharacters));
    }

    /// <summary>Throws when the file has run past its time limit; <paramref name="stage"/> says where, for the log.</summary>
    public void CheckTime(string stage)
    {
        if (_clock.Elapsed.TotalSeconds > Limits.MaxDecodeSeconds)
        {
            Refuse($"đọc tệp vượt giới hạn thời gian {Limits.MaxDecodeSeconds:0.###} giây ({stage}); tệp quá phức tạp hoặc bị hỏng");
        }
    }

    /// <summary>Throws a <see cref="DecodingException"/> for a limit, remembering it for <see cref="Exceeded"/>.</summary>
    public void Refuse(string reason)
    {
        Exceeded ??= new DecodingException(FileName, reason);
        throw Exceeded;
    }

    /// <summary>Rethrows a limit crossed inside a library call that swallowed the exception.</summary>
    public void ThrowIfExceeded()
    {
        if (Exceeded is not null) throw Exceeded;
    }

    /// <summary>The reason for text over the character limit (also used by the .docx XML reader).</summary>
    public static string TooManyCharacters(long limit) =>
        $"tệp có quá nhiều chữ (hơn {DecodingLimits.Format(limit)} ký tự); hãy tách thành nhiều tệp nhỏ hơn";

    private void CheckWords(ReadOnlySpan<char> text, int line)
    {
        if (text.Length <= Limits.MaxWordCharacters) return;
        var run = 0;
        foreach (var c in text)
        {
            run = char.IsWhiteSpace(c) ? 0 : run + 1;
            if (run > Limits.MaxWordCharacters)
            {
                Refuse($"dòng {line} có chuỗi dài hơn {DecodingLimits.Format(Limits.MaxWordCharacters)} ký tự liền nhau không có dấu cách, không giống văn bản thường");
            }
        }
    }
}
