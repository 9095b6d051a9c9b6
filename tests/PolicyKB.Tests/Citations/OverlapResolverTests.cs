using PolicyKB.Citations;

namespace PolicyKB.Tests.Citations;

public sealed class OverlapResolverTests
{
    [Fact]
    public void No_candidate_gives_none() => Assert.Empty(OverlapResolver.Resolve([]));

    [Fact]
    public void A_lone_candidate_is_kept()
    {
        var only = Candidate(3, 10);
        Assert.Same(only, Assert.Single(OverlapResolver.Resolve([only])));
    }

    [Fact]
    public void A_lone_nested_or_empty_candidate_is_dropped()
    {
        Assert.Empty(OverlapResolver.Resolve([Candidate(3, 10, nested: true)]));
        Assert.Empty(OverlapResolver.Resolve([Candidate(3, 0)]));
    }

    [Fact]
    public void The_longest_of_overlapping_candidates_wins_and_a_nested_one_inside_it_stays()
    {
        var longest = Candidate(0, 20);
        var shorter = Candidate(5, 10);
        var nested = Candidate(8, 4, nested: true);
        Assert.Equal([longest, nested], OverlapResolver.Resolve([shorter, nested, longest]));
    }

    private static CitationCandidate Candidate(int start, int length, bool nested = false) =>
        new() { Start = start, Length = length, Kind = CitationKind.Numbered, Key = $"k{start}", Nested = nested };
}
