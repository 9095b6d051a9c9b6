using Lucene.Net.Search;

namespace PolicyKB.Search.Keyword;

/// <summary>
/// Second pass of a two-pass search: adds a query's score to each first-pass hit that it matches and re-sorts, as
/// Lucene's <c>QueryRescorer.Rescore(searcher, hits, query, 1.0, top)</c> does (whose Lucene.Net port fails with an
/// index error when asked for fewer hits than it was given). Only the first-pass documents are visited: each
/// segment's scorer is advanced to them in doc-id order.
/// </summary>
internal static class AdditiveRescorer
{
    /// <summary>
    /// The <paramref name="top"/> best of <paramref name="hits"/> by first-pass score plus <paramref name="query"/>'s
    /// score. The hits are the caller's own first pass: they are rescored and reordered in place, with no copy of them
    /// and no LINQ sort buffers (the order is total, best score first and then document, as it was with LINQ).
    /// </summary>
    public static TopDocs Rescore(IndexSearcher searcher, TopDocs hits, Query query, int top)
    {
        if (hits.ScoreDocs.Length == 0) return hits;
        var byDoc = hits.ScoreDocs;
        Array.Sort(byDoc, static (a, b) => a.Doc.CompareTo(b.Doc));
        var weight = searcher.CreateNormalizedWeight(query);
        var leaves = searcher.IndexReader.Leaves;
        Scorer? scorer = null;
        var leafIndex = -1;
        var leafEnd = 0;
        var docBase = 0;
        foreach (var hit in byDoc)
        {
            if (hit.Doc >= leafEnd)
            {
                // Move to the segment holding this document.
                do
                {
                    leafIndex++;
                    docBase = leaves[leafIndex].DocBase;
                    leafEnd = docBase + leaves[leafIndex].Reader.MaxDoc;
                }
                while (hit.Doc >= leafEnd);
                scorer = weight.GetScorer(leaves[leafIndex], leaves[leafIndex].AtomicReader.LiveDocs);
            }
            if (scorer is null) continue;
            var target = hit.Doc - docBase;
            var at = scorer.DocID < target ? scorer.Advance(target) : scorer.DocID;
            if (at == target) hit.Score += scorer.GetScore();
        }
        Array.Sort(byDoc, static (a, b) => a.Score != b.Score ? b.Score.CompareTo(a.Score) : a.Doc.CompareTo(b.Doc));
        var best = byDoc.Length <= top ? byDoc : byDoc[..top];
        return new TopDocs(hits.TotalHits, best, best.Length == 0 ? float.NaN : best[0].Score);
    }
}
