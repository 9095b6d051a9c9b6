using PolicyKB.Search.Embeddings;
using PolicyKB.Tests.Support;

namespace PolicyKB.Tests.Embeddings;

/// <summary>Reading a training corpus from folders.</summary>
public sealed class TrainingCorpusReaderTests
{
    [Fact]
    public void Only_txt_and_md_files_are_read_recursively_in_ordinal_order()
    {
        using var dir = new TempDirectory();
        Directory.CreateDirectory(dir.File("sub"));
        File.WriteAllText(dir.File("b.txt"), "b");
        File.WriteAllText(dir.File("sub/a.md"), "a");
        File.WriteAllText(dir.File("c.docx"), "c");
        File.WriteAllText(dir.File("SOURCES.tsv"), "x");
        var files = TrainingCorpusReader.EnumerateFiles([dir.Path, dir.File("b.txt"), dir.File("missing")]);
        Assert.Equal([dir.File("b.txt"), dir.File("sub/a.md")], files);
    }

    [Fact]
    public void Markdown_emphasis_does_not_split_words()
    {
        var text = TrainingCorpusReader.StripMarkdown("## **II. MỤC TIÊU**\n**bảo hiểm** y tế [xem](http://x.vn/a) ![ảnh](a.png)");
        var tokens = EmbeddingTokenizer.Tokenize(text);
        Assert.Equal("ii mục tiêu bảo hiểm y tế xem", string.Join(' ', tokens.Select(t => t.Text)));
        Assert.Equal(TokenBreak.None, tokens.Single(t => t.Text == "y").Break);
    }

    [Fact]
    public void Table_cells_become_separate_sentences()
    {
        var tokens = EmbeddingTokenizer.Tokenize(TrainingCorpusReader.StripMarkdown("| Chỉ tiêu | Kết quả |\n|---|---|\n| tiêm chủng | đạt |"));
        Assert.Equal(TokenBreak.Sentence, tokens.Single(t => t.Text == "kết").Break);
    }
}
