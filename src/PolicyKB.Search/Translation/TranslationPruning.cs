namespace PolicyKB.Search.Translation;

/// <summary>What of a trained translation model is kept in the shipped table (<see cref="TranslationTrainer.Train"/>).</summary>
/// <param name="MinProbability">Least t(f | e) kept: below it an entry is a chance co-occurrence.</param>
/// <param name="MaxTargets">Most passage words kept for one query word.</param>
/// <param name="MinSourcePairs">Least number of pairs a query word must occur in for its row to be kept (fewer: a guess).</param>
/// <param name="MaxTargetShare">Passage words in more than this share of the passages are boilerplate ("theo quy"), never kept.</param>
public sealed record TranslationPruning(double MinProbability = 0.05, int MaxTargets = 8, int MinSourcePairs = 3, double MaxTargetShare = 0.02);
