using System.Text;
using System.Text.RegularExpressions;
using PolicyKB.Decoding;

namespace PolicyKB.Parsing;

public sealed partial class ParagraphAssembler
{
    /// <summary>The paragraph being assembled.</summary>
    private sealed partial class Pending
    {
        private readonly StringBuilder _text = new();
        private int _lineStart;
        private int _lineEnd;
        private HeadingMatch? _heading;
        private LineStyle _style;
        // Built up, not concatenated: a paragraph of many thousands of wrapped lines (a hostile or a giant table
        // file) must cost linear time, so nothing here copies the whole paragraph per line.
        private readonly StringBuilder _appended = new();
        private readonly List<Documents.LineOffset> _joins = [];
        // The paragraph's one line while nothing is appended: most paragraphs are one line, and it is their text as is.
        private string? _firstLine;

        public bool IsOpen => _text.Length > 0;

        /// <summary><see cref="ParagraphAssembler.EndsSentence(string)"/> of the text so far, read from its end.</summary>
        public bool EndsSentence
        {
            get
            {
                for (var i = _text.Length - 1; i >= 0; i--)
                {
                    if (!IsClosing(_text[i])) return IsSentenceEnd(_text[i]);
                }
                return false;
            }
        }

        /// <summary>
        /// True when the text so far ends with a clause or point of a reference ("… tại khoản 4", "Điểm a,") that names
        /// no article yet: an "Điều 5." on the next line finishes that reference.
        /// </summary>
        public bool EndsAwaitingArticle => IsOpen && DanglingUnit().IsMatch(Tail(40));

        private string Tail(int length) =>
            _text.Length <= length ? _text.ToString() : _text.ToString(_text.Length - length, length);

        public int LastLineLength { get; private set; }
        public bool AwaitsTitle { get; set; }

        /// <summary>Lines of an upper-case heading title so far (0 when the paragraph is not one).</summary>
        public int TitleLines { get; set; }

        /// <summary>Characters so far.</summary>
        public int Length => _text.Length;

        /// <summary>
        /// A heading line with a short title ("1. Mục tiêu chung") that did not end with punctuation. A bullet is not a
        /// title: "- Triển khai các nội dung tại mục" / "1.2 của Kế hoạch này" is one sentence wrapped.
        /// </summary>
        public bool IsTitleLine => _heading is { Style: not (HeadingStyle.Dash or HeadingStyle.Plus or HeadingStyle.Star) } && _text.Length <= 120;

        public void Begin(string text, SourceLine line, HeadingMatch? heading)
        {
            _text.Clear().Append(text);
            _firstLine = text;
            _lineStart = _lineEnd = line.Number;
            _heading = heading;
            _style = line.Style;
            _appended.Clear();
            _joins.Clear();
            LastLineLength = text.Length;
            AwaitsTitle = heading?.TitleOnNextLine ?? false;
            TitleLines = heading is not null && !heading.TitleOnNextLine && IsUpperTitle(heading.Rest) ? 1 : 0;
        }

        private static bool IsUpperTitle(string rest) =>
            rest.Count(char.IsLetter) >= 2 && LabelText.UppercaseShare(rest) > 0.8 && !ParagraphAssembler.EndsSentence(rest);

        public void Append(string text, SourceLine line)
        {
            _firstLine = null;
            _text.Append(' ');
            _joins.Add(new Documents.LineOffset(_text.Length, line.Number));
            _text.Append(text);
            _appended.Append(' ').Append(text);
            _lineEnd = line.Number;
            LastLineLength = text.Length;
        }

        public void FlushInto(List<LogicalLine> output)
        {
            if (!IsOpen) return;
            var heading = _heading;
            // Wrapped continuation lines belong to the heading's title too.
            if (heading is not null && _appended.Length > 0)
            {
                heading = heading with { Rest = (heading.Rest + _appended.ToString()).Trim() };
            }
            output.Add(new LogicalLine(_firstLine ?? _text.ToString(), _lineStart, _lineEnd, heading, _style) { Joins = _joins.Count == 0 ? [] : [.. _joins] });
            _text.Clear();
            _heading = null;
            AwaitsTitle = false;
            TitleLines = 0;
        }

        // "khoản 4", "Khoản 7,", "điểm a" at the very end: a unit of an article whose article is still to be named.
        [GeneratedRegex(@"(?:^|[\s,;(])(?:[Kk]hoản|[Đđ]iểm)\s+(?:\d{1,3}[a-zđ]?|[a-zđ])\s*,?\s*$")]
        private static partial Regex DanglingUnit();
    }
}
