using PolicyKB.Answering.Questions;
using PolicyKB.Answering.Retrieval;
using PolicyKB.Answering.Text;

namespace PolicyKB.Answering.Answers;

/// <summary>
/// What the question's shape says of one clause's sentences, beyond its words: the effect asked (<see
/// cref="EffectSentences"/>), the words before "ai" (<see cref="AskedFrame"/>), the period asked (<see
/// cref="PeriodMatch"/>), the case asked and not its opposite (<see cref="NegatedFocus"/>), a form's line (<see cref="FormClauses"/>), and the question's word order (<see cref="WordOrder"/>).
/// </summary>
public sealed class AskedShape
{
    /// <summary>Outranks a neighbour that only shares the heading's words, or a replaced document's title (EffectSentences).</summary>
    private const double EffectBonus = 1.0;

    /// <summary>For the words asked before "ai" said as written (AskedFrame).</summary>
    private const double FrameBonus = 0.1;

    /// <summary>Tiny: word order only breaks ties between sentences that score alike (a table's rows).</summary>
    private const double OrderWeight = 0.005;

    /// <summary>A sentence stating only another period than the one asked: as much as a measure named counts.</summary>
    private const double PeriodPenalty = 0.3;

    private readonly QuestionAnalysis _question;
    private readonly HashSet<string> _focus;
    private readonly string? _frame;
    private readonly double _formPenalty;
    private readonly bool _effect;
    private readonly bool _polar;
    private readonly bool _modal;

    /// <summary>Reads <paramref name="question"/>, asking <paramref name="type"/>, for the sentences of <paramref name="clause"/>.</summary>
    public AskedShape(QuestionAnalysis question, AnswerType type, RetrievedClause clause)
    {
        _question = question;
        _focus = question.ContentKeys.ToHashSet(StringComparer.Ordinal);
        _frame = AskedFrame.Of(question.Question);
        _formPenalty = FormClauses.Penalty(question.Question, clause);
        _effect = type == AnswerType.Date && EffectSentences.Asked(question.Question);
        // A yes/no question is answered by the sentence saying no (NegatedFocus).
        _polar = type != AnswerType.YesNo;
        // "có được … không?" is answered by the sentence that permits or forbids the act (ModalStatement).
        _modal = type == AnswerType.YesNo && ModalStatement.Asked(question.Question);
    }

    /// <summary>
    /// True when <paramref name="text"/> (a sentence, with the lead-in it takes its value from) cannot answer: "có hiệu lực
    /// khi nào" is not answered by other documents' lapse.
    /// </summary>
    public bool Excludes(string text) => _effect && EffectSentences.OnlyLapses(text);

    /// <summary>
    /// True when <paramref name="text"/> states the opposite case of the one asked (<see cref="NegatedFocus"/>): for a
    /// clause's whole text, its other sentences, which share its coverage, share that case too.
    /// </summary>
    public bool Opposes(string text) => _polar && NegatedFocus.Contradicts(_question.Question, text);

    /// <summary>What the shape adds to <paramref name="sentence"/>'s score (negative for a penalty).</summary>
    public double Adjustment(string sentence)
    {
        var bonus = 0.0;
        // "có hiệu lực khi nào" is answered by the sentence stating the effect, not by its neighbour under "Hiệu lực thi hành".
        if (_effect && EffectSentences.StatesOwn(sentence, _question.Question)) bonus += EffectBonus;
        // "theo đề nghị của ai" is answered by the sentence saying "Theo đề nghị của …".
        if (AskedFrame.Holds(_frame, sentence)) bonus += FrameBonus;
        // Of sentences holding the same words (a table's rows), the one saying them in the question's order.
        bonus += OrderWeight * WordOrder.Share(_question.AllKeys, _focus, CompoundMatch.Pairs(SyllableKeys.Keys(sentence, _question.Folded)));
        // "trong một năm" is not answered by the limit "trong một tháng" beside it.
        if (PeriodMatch.Conflicts(_question.Question, sentence)) bonus -= PeriodPenalty;
        // "khi làm nhiệm vụ đấu tranh bảo vệ hải đảo" is not answered by the sibling "trừ nhiệm vụ đấu tranh bảo vệ hải đảo".
        if (Opposes(sentence)) bonus -= NegatedFocus.Penalty;
        if (_modal && ModalStatement.States(sentence)) bonus += ModalStatement.Bonus;
        // A form's line restates the article's condition as the applicant's declaration: the article is the better citation.
        bonus -= _formPenalty;
        return bonus;
    }
}
