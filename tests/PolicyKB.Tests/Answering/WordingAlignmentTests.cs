using PolicyKB.Answering.Answers;
using PolicyKB.Answering.Questions;
using PolicyKB.Answering.Text;

namespace PolicyKB.Tests.Answering;

/// <summary>
/// Issue #11, questions worded otherwise than the clause: a unit printed as a symbol is read as the words a reader
/// types for it, and the everyday "ai lo" / "sở nào lo" (who takes charge) frames the question like "ai chịu trách nhiệm".
/// </summary>
public sealed class WordingAlignmentTests
{
    [Theory]
    [InlineData("Bồn chứa LNG có dung tích 75.000 m3.", "khối")]
    [InlineData("Diện tích sàn tối đa 120m² mỗi hộ.", "vuông")]
    [InlineData("Trồng mới 1.200 ha rừng.", "héc")]
    [InlineData("Nâng cấp 15 km đường.", "lô")]
    [InlineData("Làm băng cản lửa khép kín, chiều rộng băng 6 - 8 m.", "mét")]
    public void A_unit_symbol_after_a_number_is_also_read_as_its_words(string text, string word) =>
        Assert.Contains(SyllableKeys.Key(word), SyllableKeys.Keys(UnitSymbols.Spelled(text)));

    [Theory]
    [InlineData("Đề án đã được Thủ tướng Chính phủ phê duyệt.")]
    [InlineData("Năm 2025 hay năm 2026 đều được.")]
    [InlineData("Hạng mục m3 chưa có.")]
    [InlineData("Theo Mẫu số 02 mới ban hành.")]
    public void A_text_without_a_unit_symbol_after_a_number_is_unchanged(string text) =>
        Assert.Equal(text, UnitSymbols.Spelled(text));

    [Fact]
    public void A_volume_asked_in_words_is_counted_by_a_number_with_the_symbol()
    {
        Assert.Null(AskedSlot.MissingIn("Bồn chứa được bao nhiêu mét khối?", "đã thi công xong bồn chứa LNG dung tích 75.000 m3.", ""));
        Assert.NotNull(AskedSlot.MissingIn("Bồn chứa được bao nhiêu mét khối?", "đã thi công xong bồn chứa LNG trên diện tích 12 ha.", ""));
    }

    [Fact]
    public void Who_takes_charge_in_everyday_words_is_a_question_frame_the_answer_need_not_repeat()
    {
        var question = Question("Sở nào lo đẩy mạnh tuyên truyền về chuyển đổi số?");

        var frame = SentenceScorer.FrameKeys(question).ToList();

        Assert.Contains(SyllableKeys.Key("lo"), frame);
        Assert.DoesNotContain(SyllableKeys.Key("tuyên"), frame);
    }

    [Fact]
    public void Lo_elsewhere_in_a_question_is_a_subject_word() =>
        Assert.DoesNotContain(SyllableKeys.Key("lo"), SentenceScorer.FrameKeys(Question("Kinh phí lo liệu chỗ ở cho người dân là bao nhiêu?")));

    [Fact]
    public void Truong_hop_nao_frames_the_case_asked_which_the_answer_states_without_naming_it()
    {
        var frame = SentenceScorer.FrameKeys(Question("Trường hợp nào dùng đất quốc phòng mà không phải nộp tiền sử dụng đất hằng năm?")).ToList();

        Assert.Contains(SyllableKeys.Key("trường"), frame);
        Assert.DoesNotContain(SyllableKeys.Key("nộp"), frame);
        Assert.DoesNotContain(SyllableKeys.Key("trường"), SentenceScorer.FrameKeys(Question("Trường hợp khẩn cấp thì ai quyết định?")));
    }

    /// <summary>A question as the frame test reads it: its text, typed with diacritics.</summary>
    private static QuestionAnalysis Question(string text) => new()
    {
        Question = text, Intent = QuestionIntent.Responsibility, Folded = false, ContentKeys = SyllableKeys.Keys(text), UnitKeys = [],
        Places = [], Years = [], References = [], UnknownReferences = [], SearchText = text,
    };
}
