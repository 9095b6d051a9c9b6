using PolicyKB.Tests.Support;

namespace PolicyKB.Tests;

public sealed class SpecFileTests
{
    [Fact]
    public void Examples_are_split_at_the_lone_dot_and_named_after_their_heading()
    {
        string[] lines =
        [
            "# Numbers",
            "```````````````````````````````` example",
            "Quyết định số 281/QĐ-TTg",
            ".",
            "281/QĐ-TTg",
            "````````````````````````````````",
        ];

        var example = Assert.Single(SpecFile.Parse(lines));

        Assert.Equal("Numbers #1 (line 2)", example.Name);
        Assert.Equal("Quyết định số 281/QĐ-TTg", example.Input);
        Assert.Equal("281/QĐ-TTg", example.Expected);
    }

    [Fact]
    public void Content_folder_holds_the_five_seed_plans_byte_for_byte()
    {
        var seeds = SharedData.SeedsDirectory;
        if (seeds is null) return; // shared/ is not beside this clone
        var seedFiles = Directory.GetFiles(seeds).Select(Path.GetFileName).Order().ToArray();
        foreach (var name in seedFiles)
        {
            Assert.Equal(File.ReadAllBytes(Path.Combine(seeds, name!)), File.ReadAllBytes(Path.Combine(SharedData.ContentDirectory, name!)));
        }
        Assert.Equal(5, seedFiles.Length);
    }
}
