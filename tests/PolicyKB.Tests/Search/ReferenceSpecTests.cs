using PolicyKB.Search.References;
using PolicyKB.Tests.Support;

namespace PolicyKB.Tests.Search;

/// <summary>How a query is read as naming a document number, as written in Specs/References.md.</summary>
public sealed class ReferenceSpecTests
{
    private static readonly HashSet<string> KnownCodes = new[] { "36/KH-SYT", "242-KH/TU", "39/2017/TT-BYT", "61-CP", "3005/QĐ-UBND", "892/QĐ-TTg", "90/2004/QĐ-UB", "10/2022/TT-BKHĐT" }
        .SelectMany(NumberReferenceReader.Codes).ToHashSet(StringComparer.Ordinal);

    public static TheoryData<string> Cases => SpecFile.Names("References.md");

    [Theory]
    [MemberData(nameof(Cases))]
    public void Spec(string name)
    {
        var example = SpecFile.Get("References.md", name);
        Assert.Equal(example.Expected, Dump(example.Input));
    }

    private static string Dump(string query)
    {
        if (NumberReferenceReader.Read(query, KnownCodes.Contains) is not var (r, context)) return "none";
        static string Or(string? s) => string.IsNullOrEmpty(s) ? "-" : s;
        return $"serial={r.Serial} year={Or(r.Year)} type={Or(r.Type)} codes={Or(string.Join(' ', r.Codes.Order()))} context={Or(string.Join(' ', context))}";
    }
}
