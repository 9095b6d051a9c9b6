using PolicyKB.Answering.Retrieval;

namespace PolicyKB.Answering.Calibration;

/// <summary>A sentence the quoting answerer may quote, with the measures its choice and its calibration read.</summary>
/// <param name="Clause">The clause it is quoted from.</param>
/// <param name="Sentence">The sentence (or table row) quoted.</param>
/// <param name="Coverage">Rarity-weighted share (0–1) of the question's subject words it holds with its headings.</param>
/// <param name="Score">The answerer's ranking score.</param>
/// <param name="Unit">Share of the unit words asked ("giường", "tỷ đồng") it holds.</param>
/// <param name="Heading">True when the question names the clause's heading.</param>
public sealed record ScoredQuote(RetrievedClause Clause, string Sentence, double Coverage, double Score, double Unit, bool Heading);
